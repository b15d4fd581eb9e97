// A linked register of 200,000 complaints is read, linked and reconciled within Excel on the web's
// 5 MB request and response limits (the host enforces both): only the mapped columns, in blocks.
// The register is the composed Harrow register (test/fixtures/registers/, invented references and
// dates) repeated with its references numbered, written straight into the host's model.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countByYear } from "../../domain/own-records";
import { loadDataset } from "../../sources/dataset/dataset";
import { readRegister } from "../../sources/records/complaints-register";
import type { Cell } from "../../sources/tables/cells";
import { readTableFile } from "../../sources/tables/read-table-file";
import { createExcelHost, EXCEL_WEB_RESPONSE_LIMIT_BYTES } from "../../../test/support/excel-host";
import { excelSerial } from "../../../test/support/register-in-host";
import { renderPlanInExcel } from "../office/office-renderer";
import { councilsWithWorkbook, planForCouncils } from "../plan/plan-for-councils";
import { createRegisterWorkbook, ownRecordsAddition } from "./register-workbook";

const HARROW = "E09000015";
const SHEET = "Complaints";
const ROWS = 200_000;

async function composedRows(): Promise<{ header: Cell[]; rows: Cell[][] }> {
  const bytes = readFileSync(new URL("../../../test/fixtures/registers/composed-register-harrow-2019-20.xlsx", import.meta.url));
  const sheets = await readTableFile(bytes, "composed-register-harrow-2019-20.xlsx");
  const cells = sheets.find((sheet) => sheet.name === "Complaints 2019-20")!.cells;
  // Its header row is row 4, below the title rows (A4:K4).
  const headerAt = 3;
  // The columns a reconciliation reads (kept few, so the in-memory host builds it quickly).
  // Reference, date received, LGSCO decision, its date, satisfactory remedy (columns A, B, G, H, I).
  const columns = [0, 1, 6, 7, 8];
  const pickColumns = (row: readonly Cell[]) => columns.map((c) => row[c] ?? null);
  return { header: pickColumns(cells[headerAt]!), rows: cells.slice(headerAt + 1).filter((row) => row.some((cell) => cell !== null)).map(pickColumns) };
}

/** As Excel holds it: dates as serial numbers, text as text. */
function asExcel(cell: Cell): string | number | boolean | null {
  if (cell instanceof Date) return excelSerial(cell);
  if (typeof cell === "string") return `'${cell}`;
  return cell;
}

describe("a register of 200,000 complaints", () => {
  it("links and reconciles within the 5 MB limits, reading every complaint", async () => {
    const { header, rows } = await composedRows();
    const register: Cell[][] = [header];
    for (let i = 0; i < ROWS; i++) {
      const row = [...rows[i % rows.length]!];
      row[0] = `${String(row[0])}-${Math.floor(i / rows.length)}`;
      register.push(row);
    }
    const host = createExcelHost({ sheets: ["Notes", SHEET] });
    const sheet = host.model.sheetByName(SHEET)!;
    host.model.writeCells(sheet, { top: 0, left: 0, bottom: register.length - 1, right: header.length - 1 }, register.map((row) => header.map((_, c) => asExcel(row[c] ?? null))));

    const registerWorkbook = createRegisterWorkbook({ run: host.run, settings: host.settings });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).activate();
      context.workbook.worksheets.getItem(SHEET).getRange(`A1:${String.fromCharCode(64 + header.length)}1`).select();
    });
    // Picking the header row reads the columns below it, every row, in blocks.
    const pick = await registerWorkbook.pickSelection();
    expect(pick.cells).toHaveLength(ROWS + 1);
    const mapping = pick.detection.mapping;
    expect(mapping, "the header row's columns are found").toBeDefined();
    await registerWorkbook.link(pick, mapping!, { gss: HARROW, name: "London Borough of Harrow" });

    // Read in one request, the register's values would not fit in a response.
    expect(new TextEncoder().encode(JSON.stringify(register)).byteLength).toBeGreaterThan(EXCEL_WEB_RESPONSE_LIMIT_BYTES);

    host.resetMeter();
    const linked = await registerWorkbook.readLinked();
    const direct = readRegister(register, mapping!);
    expect(linked!.records.complaints).toHaveLength(direct.complaints.length);
    expect(linked!.records.complaints).toEqual(direct.complaints);
    expect(host.meterSummary().largestRequestBytes).toBeLessThan(EXCEL_WEB_RESPONSE_LIMIT_BYTES);

    const dataset = await loadDataset();
    const harrow = dataset.register.get(HARROW)!;
    const held = dataset.register.all().flatMap((authority) => dataset.figuresFor(authority.gss));
    await renderPlanInExcel(host.run, (state) =>
      planForCouncils(
        ownRecordsAddition(linked!)({
          councils: councilsWithWorkbook([harrow], state.councils, dataset.register.all()),
          held,
          similarAverages: (type, year) => dataset.similarAverages(type, year),
          register: dataset.register.all(),
          asOf: dataset.asOf,
        }),
      ),
    );
    const reconciliation = host.table("OmbudsmanReconciliation")!;
    const investigations = host.values(reconciliation.sheet, reconciliation.address).find((row) => row[1] === "2019-20" && row[2] === "Detailed investigations");
    const counted = countByYear(direct.complaints, direct.notRecorded).years.find((year) => year.year === "2019-20")!["Detailed investigations"].length;
    expect(investigations?.[4]).toBe(counted);
    expect(counted).toBeGreaterThan(ROWS / rows.length);
  }, 240_000);
});
