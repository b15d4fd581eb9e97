import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan } from "../../test/support/compose-plan";
import { createExcelHost } from "../../test/support/excel-host";
import { renderPlanInExcel } from "../../src/workbook/office/office-renderer";
import { renderPlanNaively } from "./naive-office-renderer";

describe("the naive baseline renderer", () => {
  it("writes the same table cells as the renderer, with a round trip per row", async () => {
    const plan = composePlan([composedCouncil("E09000015", "London Borough of Harrow", 7), composedCouncil("E09000008", "London Borough of Croydon", 5)]);
    const naive = createExcelHost();
    await naive.run((context) => renderPlanNaively(context, plan));
    const batched = createExcelHost();
    await renderPlanInExcel(batched.run, () => plan);

    for (const table of ["OmbudsmanKeyStats", "OmbudsmanFlags", "OmbudsmanPeers", "OmbudsmanCaseload"]) {
      const { sheet, address } = batched.table(table)!;
      expect(naive.table(table)).toMatchObject({ sheet, address });
      expect(naive.values(sheet, address)).toEqual(batched.values(sheet, address));
    }
    const rows = plan.sheets.reduce((sum, sheet) => sum + sheet.header.length + sheet.tables.reduce((n, t) => n + t.rows.length + 1, 0) + 1, 0);
    expect(naive.meterSummary().roundTrips).toBe(rows + 1);
    expect(batched.meterSummary().roundTrips).toBe(2);
  });
});
