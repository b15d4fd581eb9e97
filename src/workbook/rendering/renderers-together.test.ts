// Both renderers write and read the same ownership marker: a workbook written by `cli fetch`
// (the .xlsx renderer) and opened in Excel refreshes in place like one the add-in made there.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan } from "../../../test/support/compose-plan";
import { hostFromXlsx } from "../../../test/support/excel-host/load-xlsx";
import type { WorkbookState } from "./existing-workbook";
import { renderPlanInExcel } from "../office/office-renderer";
import { renderPlanToXlsx } from "../xlsx/xlsx-renderer";

const HARROW = composedCouncil("E09000015", "London Borough of Harrow", 2, 2020);
const CROYDON = composedCouncil("E09000008", "London Borough of Croydon", 1, 2021);

describe("a workbook written by the .xlsx renderer, opened in Excel", () => {
  it("is refreshed by the Office renderer in place: same sheets, same tables, councils kept", async () => {
    const analyst = new ExcelJS.Workbook();
    analyst.addWorksheet("Complaints").getCell("A1").value = "Reference";
    const start = new Uint8Array((await analyst.xlsx.writeBuffer()) as ArrayBuffer);
    const { bytes } = await renderPlanToXlsx(composePlan([HARROW]), start);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);

    const host = await hostFromXlsx(written);
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ sheet: "Ombudsman", address: "A7:P9" });
    const { id } = host.table("OmbudsmanKeyStats")!;
    const before = host.sheetState("Complaints");

    const seen: WorkbookState[] = [];
    const report = await renderPlanInExcel(host.run, (state) => {
      seen.push(state);
      return composePlan([CROYDON, ...(state.councils.includes(HARROW.gss) ? [HARROW] : [])]);
    });
    expect(seen[0]).toEqual({ councils: ["E09000015"], rowYears: { "London Borough of Harrow": ["2019-20", "2020-21"] }, sheets: { keyStats: "Ombudsman", flags: "Ombudsman flags", peers: "Ombudsman peers", caseload: "Ombudsman caseload" } });
    expect(report.sheets.every((sheet) => !sheet.created)).toBe(true);
    expect(host.sheetNames()).toEqual(["Complaints", "Ombudsman", "Ombudsman flags", "Ombudsman peers", "Ombudsman caseload"]);
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ id, sheet: "Ombudsman", address: "A7:P10" });
    expect(host.meter.roundTrips).toBe(2);
    expect(host.sheetState("Complaints")).toEqual(before);
    // The header note written for the file (the chart is Excel-only) is replaced by the plan's own.
    expect(host.values("Ombudsman", "B5:B5")).toEqual([["Composed for tests."]]);
    expect(host.charts("Ombudsman")).toHaveLength(1);
  });
});
