// pdfjs-dist for the task pane, loaded only when the analyst imports a PDF letter. The legacy
// build (Safari's engine in Excel on the Mac may be older than the modern build expects) with
// its worker emitted by webpack beside the pane's scripts; pdf-text.ts does the reading.
import type { PdfJsModule } from "./pdf-text";

let loading: Promise<PdfJsModule> | undefined;

export function loadBrowserPdfJs(): Promise<PdfJsModule> {
  loading ??= import("pdfjs-dist/legacy/build/pdf.mjs").then((pdfjs) => {
    // webpack emits the worker as its own file and gives its address here.
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/legacy/build/pdf.worker.min.mjs", import.meta.url).href;
    return pdfjs as unknown as PdfJsModule;
  });
  return loading;
}
