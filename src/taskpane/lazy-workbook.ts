// The pane's way to the workbook: the same PaneWorkbook, with the workbook code (renderer, plan,
// sources, parsers, dataset) loaded by import() on first use, so the pane's first script stays
// small. Only call where Office is ready and the host is Excel.
import type { ExcelWorkbook } from "../workbook/pane/excel-workbook";
import type { PaneWorkbook } from "../workbook/pane/pane-api";
import { loadOnce } from "./load-once";

export function lazyWorkbook(load: () => Promise<ExcelWorkbook> = () => import("../workbook/pane/office-workbook").then((module) => module.paneWorkbook())): PaneWorkbook {
  const workbook = loadOnce(load);
  return {
    councils: () => workbook().then((w) => w.councils()),
    yearsHeld: () => workbook().then((w) => w.yearsHeld()),
    settings: () => workbook().then((w) => w.settings()),
    saveSettings: (settings) => workbook().then((w) => w.saveSettings(settings)),
    saveChoice: (choice) => workbook().then((w) => w.saveChoice(choice)),
    fetchCouncil: (choice, onProgress) => workbook().then((w) => w.fetchCouncil(choice, onProgress)),
    refreshComparisons: (onProgress) => workbook().then((w) => w.refreshComparisons(onProgress)),
    selectFlagRow: (council, year) => workbook().then((w) => w.selectFlagRow(council, year)),
    readDocuments: (inputs, council) => workbook().then((w) => w.readDocuments(inputs, council)),
    addDocuments: (rows, choice, onProgress) => workbook().then((w) => w.addDocuments(rows, choice, onProgress)),
    readDataTables: (files) => workbook().then((w) => w.readDataTables(files)),
    addDataTables: (reading, choice, onProgress) => workbook().then((w) => w.addDataTables(reading, choice, onProgress)),
    onActivity(listener) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void workbook().then(
        (w) => {
          if (!stopped) stop = w.onActivity(listener);
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
