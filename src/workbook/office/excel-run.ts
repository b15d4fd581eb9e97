// The one way the add-in's code enters Excel: Excel.run with delayForCellEdit (ExcelApi 1.11),
// so a job started while the analyst is typing in a cell waits for them to press Enter or Esc
// instead of failing with InvalidOperationInCellEditMode.
import type { ExcelRun } from "./office-renderer";

/** Excel.run as the pane, the ribbon and the register link use it. */
export const runInExcel: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);
