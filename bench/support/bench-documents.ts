// The documents the parsing bench times, each read through the entry point the product uses:
// `parseDocument` for statistics pages and letters (what `cli parse` and the task pane call),
// `importDataFileBytes` for LGSCO's bulk data files. Every file is a test fixture; all but the
// Harrow letter were composed by us (their first line says so), and the PDF is composed here
// with pdf-lib from the real letter's text, as the parser tests do.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importDataFileBytes } from "../../src/sources/data-files/data-file";
import { loadRegister } from "../../src/sources/dataset/dataset";
import { parseDocument } from "../../src/sources/documents/parse-document";
import { composeLetterPdf } from "../../test/fixtures/letters/letter-pdf";

export type BenchDocumentKind = "statistics page" | "annual letter" | "letter PDF" | "data file";

export interface BenchDocument {
  /** Measurement key stem, camelCase: `pageLayout2022to23` gives `pageLayout2022to23Ms`. */
  key: string;
  label: string;
  kind: BenchDocumentKind;
  /** Fixture path from the project root. */
  fixture: string;
  /** What the document is, for the table's note. */
  about: string;
}

/** A document ready to parse: its size, and one parse returning the council-years it gave. */
export interface PreparedDocument {
  document: BenchDocument;
  bytes: number;
  parse(): Promise<number>;
}

const fromRoot = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const BENCH_DOCUMENTS: readonly BenchDocument[] = [
  { key: "pageLayout2022to23", label: "Statistics page, 2022-23 layout", kind: "statistics page", fixture: "test/fixtures/pages/croydon-2022-23.composed.txt", about: "visible text, composed" },
  { key: "pageLayout2022to23Pasted", label: "Statistics page, 2022-23, pasted", kind: "statistics page", fixture: "test/fixtures/pages/tower-hamlets-2022-23.pasted.composed.txt", about: "pasted from a browser, composed" },
  { key: "pageLayout2023to24", label: "Statistics page, 2023-24 layout", kind: "statistics page", fixture: "test/fixtures/pages/leeds-2023-24.composed.txt", about: "visible text, composed" },
  { key: "pageLayout2023to24Html", label: "Statistics page, 2023-24, HTML", kind: "statistics page", fixture: "test/fixtures/pages/leeds-2023-24.composed.html", about: "HTML with crawl markup, composed" },
  { key: "pageLayout2023to24Noisy", label: "Statistics page, 2023-24, noisy", kind: "statistics page", fixture: "test/fixtures/pages/croydon-2023-24.noisy.composed.txt", about: "crawl noise, composed" },
  { key: "pageLayout2024to25", label: "Statistics page, 2024-25 layout", kind: "statistics page", fixture: "test/fixtures/pages/croydon-2024-25.composed.txt", about: "visible text, composed" },
  { key: "letter2019to20", label: "Annual letter text, 2019-20 layout", kind: "annual letter", fixture: "test/fixtures/letters/harrow-2019-20.txt", about: "the real Harrow letter (copy of shared/fixtures/letters)" },
  { key: "letterPre2019", label: "Annual letter text, pre-2019-20 tables", kind: "annual letter", fixture: "test/fixtures/letters/birmingham-2017-18.composed.txt", about: "composed" },
  { key: "letterPer100k", label: "Annual letter text, per-100k layout", kind: "annual letter", fixture: "test/fixtures/letters/kent-2023-24.composed.txt", about: "composed" },
  { key: "letterPdf", label: "Annual letter PDF, 2019-20", kind: "letter PDF", fixture: "test/fixtures/letters/harrow-2019-20.txt", about: "PDF composed with pdf-lib from the real Harrow letter's text; pdfjs-dist legacy build" },
  { key: "dataFileCsvDecisions", label: "Data file CSV, decisions", kind: "data file", fixture: "test/fixtures/data-files/composed-decisions-2019-20.csv", about: "composed" },
  { key: "dataFileCsvReceived", label: "Data file CSV, complaints received", kind: "data file", fixture: "test/fixtures/data-files/composed-complaints-received-2019-20.csv", about: "composed" },
  { key: "dataFileXlsx", label: "Data file XLSX, key statistics", kind: "data file", fixture: "test/fixtures/data-files/composed-key-statistics-2023-24.xlsx", about: "composed" },
];

async function councilYearsParsed(results: Promise<readonly unknown[]>): Promise<number> {
  return (await results).length;
}

/** Reads (and, for the PDF, composes) the document once, outside any timing. */
export async function prepareDocument(document: BenchDocument): Promise<PreparedDocument> {
  const file = new Uint8Array(readFileSync(fromRoot(document.fixture)));
  switch (document.kind) {
    case "statistics page":
    case "annual letter": {
      const text = new TextDecoder().decode(file);
      return { document, bytes: file.length, parse: () => councilYearsParsed(parseDocument(text)) };
    }
    case "letter PDF": {
      const pdf = await composeLetterPdf(new TextDecoder().decode(file));
      return { document, bytes: pdf.length, parse: () => councilYearsParsed(parseDocument(pdf)) };
    }
    case "data file": {
      const register = await loadRegister();
      const fileName = document.fixture.replace(/^.*\//, "");
      const options = { fileName, lookup: (name: string, year: string) => register.resolve(name, { year }) };
      return { document, bytes: file.length, parse: async () => (await importDataFileBytes(file, options)).figures.length };
    }
  }
}
