// Build committee pack on the in-memory Excel host: one read and one write, the Pack sheets
// beside the analyst's own, and what the analyst typed in the self-assessment kept on a rebuild.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../test/support/excel-host";
import { hostFromXlsx } from "../../../test/support/excel-host/load-xlsx";
import { renderPlanToXlsx } from "../xlsx/xlsx-renderer";
import { planForPack } from "../plan/pack/pack-plan";
import { loadDataset } from "../../sources/dataset/dataset";
import { FiguresStore } from "../../sources/figures-store";
import { buildPackInExcel } from "./pack-in-excel";
import { isPaneProblem } from "./pane-api";

const HARROW = "E09000015";

async function setup() {
  const host = createExcelHost({ sheets: ["Our notes"] });
  const store = new FiguresStore({ dataset: await loadDataset() });
  return { host, deps: { run: host.run, store: async () => store } };
}

describe("Build committee pack in Excel", () => {
  it("writes the Pack sheets in at most 2 syncs and says how to get the Word report", async () => {
    const { host, deps } = await setup();
    host.resetMeter();
    const result = await buildPackInExcel(deps, { gss: HARROW, year: "2019-20" });
    expect(host.meterSummary().syncs).toBeLessThanOrEqual(2);
    expect(result.sheets).toEqual(["Pack summary", "Pack years", "Pack our complaints", "Pack Ombudsman cases", "Pack peers", "Pack self-assessment", "Pack improvements"]);
    expect(host.sheetNames()).toContain("Our notes");
    expect(result.wordReport).toContain("cli -- pack");
    expect(result.withRegister).toBe(false);
    const headlines = host.table("PackHeadlines")!;
    const [first] = headlines.address.split(":");
    const row = Number(first!.replace(/[A-Z]+/, "")) + 2; // header, Investigations, then Upheld % (Excel reads an empty cell as "")
    expect(host.values(headlines.sheet, `A${row}:F${row}`)).toEqual([["Upheld %", 0.73, "", "", 0.7, 33]]);
  });

  it("keeps what the analyst typed in the self-assessment when the pack is rebuilt", async () => {
    const { host, deps } = await setup();
    await buildPackInExcel(deps, { gss: HARROW });
    const table = host.table("PackSelfAssessment")!;
    const top = Number(table.address.split(":")[0]!.replace(/[A-Z]+/, ""));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(table.sheet).getRange(`C${top + 1}:D${top + 1}`).values = [["Yes", "Policy, section 1"]];
    });
    await buildPackInExcel(deps, { gss: HARROW });
    expect(host.values(table.sheet, `A${top + 1}:D${top + 1}`)[0]!.slice(2)).toEqual(["Yes", "Policy, section 1"]);
  });

  it("refuses a year with no figures before writing anything", async () => {
    const { host, deps } = await setup();
    const error = await buildPackInExcel(deps, { gss: HARROW, year: "2010-11" }).catch((e: unknown) => e);
    expect(isPaneProblem(error)).toBe(true);
    expect(host.sheetNames()).toEqual(["Our notes"]);
  });

  it("rebuilds in Excel a pack the .xlsx renderer wrote, in place, keeping the analyst's self-assessment", async () => {
    const dataset = await loadDataset();
    const register = dataset.register.all();
    const { plan } = planForPack({
      council: dataset.register.get(HARROW)!,
      held: register.flatMap((authority) => dataset.figuresFor(authority.gss)),
      similarAverages: (type, year) => dataset.similarAverages(type, year),
      register,
      asOf: dataset.asOf,
    });
    const { bytes } = await renderPlanToXlsx(plan);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const host = await hostFromXlsx(written);
    const table = host.table("PackSelfAssessment")!;
    const top = Number(table.address.split(":")[0]!.replace(/[A-Z]+/, ""));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(table.sheet).getRange(`C${top + 8}`).values = [["No"]];
    });
    host.resetMeter();
    const result = await buildPackInExcel({ run: host.run, store: async () => new FiguresStore({ dataset }) }, { gss: HARROW });
    expect(host.meterSummary().syncs).toBeLessThanOrEqual(2);
    expect(result.notes).toEqual([]);
    expect(host.sheetNames()).toEqual(result.sheets);
    expect(host.table("PackSelfAssessment")!.id).toBe(table.id);
    expect(host.values(table.sheet, `A${top + 8}:C${top + 8}`)[0]).toEqual(["8. Continuous learning and improvement", expect.any(String), "No"]);
  });
});
