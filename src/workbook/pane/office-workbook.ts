// The page's one workbook API, wired to Office: Excel.run, the document's settings, the shared
// figures store, the live pull through the add-in's host (pages cached in localStorage) and
// pdfjs for PDF letters. The pane and the ribbon command both load this module with import().
import { loadBrowserPdfJs } from "../../sources/documents/browser-pdfjs";
import { loadDataset } from "../../sources/dataset/dataset";
import { LgscoClient } from "../../sources/live/lgsco-client";
import { MemoryStorage, PageCache, type KeyValueStorage } from "../../sources/live/page-cache";
import { sharedFiguresStore } from "../../sources/shared-figures-store";
import { createExcelWorkbook, type ExcelWorkbook } from "./excel-workbook";
import { officeDocumentSettings } from "./office-settings";
import { linkedRegisterPlanInputs } from "./register-workbook";

let workbook: ExcelWorkbook | undefined;

function pageStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // Storage blocked (some sandboxed webviews): pages are then kept for this session only.
  }
  return new MemoryStorage(50);
}

/** The workbook API of this page (created on first use, once Office is ready). */
export function paneWorkbook(): ExcelWorkbook {
  if (workbook !== undefined) return workbook;
  const cache = new PageCache(pageStorage());
  workbook = createExcelWorkbook({
    run: (batch) => Excel.run(batch),
    documentSettings: officeDocumentSettings(),
    store: sharedFiguresStore,
    yearsHeld: () => loadDataset().then((dataset) => dataset.years()),
    liveClient: (baseUrl) => new LgscoClient({ baseUrl, cache }),
    pageUrl: window.location.href,
    pdfjs: loadBrowserPdfJs,
    // The council's own register, when one is linked, beside the published figures.
    ownRecords: () => linkedRegisterPlanInputs(),
  });
  return workbook;
}
