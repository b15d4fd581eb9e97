// Every batch waits out cell-edit mode: started while the analyst types in a cell, it runs once
// they finish, where a plain Excel.run is refused.
import { afterEach, describe, expect, it } from "vitest";
import { createExcelHost, installOfficeGlobals } from "../../../test/support/excel-host";
import { runInExcel } from "./excel-run";

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

describe("runInExcel", () => {
  it("waits for the analyst to finish editing a cell, then writes", async () => {
    const host = createExcelHost();
    uninstall = installOfficeGlobals(host.officeGlobal(), host.excelGlobal()).uninstall;
    host.faults.startCellEdit();
    let done = false;
    const job = runInExcel(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["written"]];
      await context.sync();
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toBe(false);
    host.faults.finishCellEdit();
    await job;
    expect(host.cell("Sheet1", "A1")?.value).toBe("written");
  });
});
