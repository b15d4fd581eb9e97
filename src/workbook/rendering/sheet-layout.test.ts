import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan } from "../../../test/support/compose-plan";
import { block } from "./a1";
import type { PlanTable } from "../plan/plan";
import { highlightPlace, layoutSheet, PlanShapeError } from "./sheet-layout";

/** Tables each wrong in one way. */
function malformed(table: PlanTable): PlanTable[] {
  return [
    { ...table, rows: [...table.rows, ["short"]], numberFormats: [...table.numberFormats, ["@"]] },
    { ...table, numberFormats: table.numberFormats.slice(1) },
    { ...table, columns: [...table.columns.slice(0, -1), { name: "Council" }] },
    { ...table, highlights: [{ column: "Nope", flagsColumn: "Flags", flagId: "x", severity: "watch" }] },
    { ...table, columns: [], rows: [], numberFormats: [] },
  ];
}

describe("sheet layout", () => {
  const plan = composePlan([composedCouncil("E09000015", "London Borough of Harrow", 3)]);

  it("puts the header block from A1, a blank row, then the table, and the chart to its right", () => {
    const layout = layoutSheet(plan.sheets[0]!);
    expect(layout.headerRows).toHaveLength(5);
    expect(layout.headerRows.every((row) => row.length === 2)).toBe(true);
    expect(layout.tables[0]).toMatchObject({ cells: block(6, 0, 4, 16), header: block(6, 0, 1, 16), body: block(7, 0, 3, 16) });
    expect(layout.charts[0]).toMatchObject({ category: block(7, 1, 3, 1), from: block(6, 17, 1, 1), to: block(20, 24, 1, 1) });
    expect(layout.charts[0]!.series.map((s) => [s.column, s.cells])).toEqual([
      ["Upheld %", block(7, 4, 3, 1)],
      ["Similar upheld %", block(7, 5, 3, 1)],
    ]);
    expect(layout.region).toEqual(block(0, 0, 10, 16));
    expect(highlightPlace(layout.tables[0]!, layout.tables[0]!.table.highlights[0]!)).toEqual({ cells: block(7, 9, 3, 1), flagsColumn: 14 });
  });

  it("keeps an empty header line as a blank row", () => {
    const layout = layoutSheet({ ...plan.sheets[0]!, header: [[], ["Councils", "Harrow"]] });
    expect(layout.headerRows).toEqual([
      [null, null],
      ["Councils", "Harrow"],
    ]);
    expect(layoutSheet({ ...plan.sheets[0]!, header: [[]] }).headerRows).toEqual([[null]]);
  });

  it("keeps one body row for an empty table", () => {
    const empty = composePlan([{ gss: "E1", name: "Nowhere", years: [] }], { chartCouncil: null });
    expect(layoutSheet(empty.sheets[1]!).tables[0]!.body).toEqual(block(7, 0, 1, 6));
  });

  it("refuses a malformed plan before anything is written", () => {
    const sheet = plan.sheets[0]!;
    const table = sheet.tables[0]!;
    for (const broken of malformed(table)) {
      expect(() => layoutSheet({ ...sheet, tables: [broken] })).toThrow(PlanShapeError);
    }
    expect(() => layoutSheet({ ...sheet, charts: [{ ...sheet.charts[0]!, lastRow: 3 }] })).toThrow(/covers rows 0–3/);
  });
});
