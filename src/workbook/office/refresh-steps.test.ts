import { describe, expect, it } from "vitest";
import { block } from "../rendering/a1";
import type { PlanSheet, PlanTable } from "../plan/plan";
import { refreshSteps } from "./refresh-steps";
import { layoutSheet } from "../rendering/sheet-layout";

function table(name: string, rows: number, columns = 3): PlanTable {
  return {
    name,
    columns: Array.from({ length: columns }, (_, i) => ({ name: `C${i + 1}` })),
    rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => 1)),
    numberFormats: Array.from({ length: rows }, () => Array.from({ length: columns }, () => "0")),
    highlights: [],
  };
}

function sheet(headerLines: number, ...tables: PlanTable[]): PlanSheet {
  return { key: "reconciliation", name: "S", header: Array.from({ length: headerLines }, (_, i) => [`line ${i}`]), tables, charts: [] };
}

describe("refresh steps", () => {
  it("does nothing to the tables when the layout is unchanged, and clears around them", () => {
    const layout = layoutSheet(sheet(2, table("A", 2), table("B", 1)));
    const plan = refreshSteps(layout, [{ name: "A", existing: { top: 3, left: 0, bodyRows: 2, columns: 3 } }, { name: "B", existing: { top: 7, left: 0, bodyRows: 1, columns: 3 } }], layout.region);
    expect(plan.steps).toEqual([
      { kind: "clear", cells: block(0, 0, 3, 3) },
      { kind: "clear", cells: block(6, 0, 1, 3) },
    ]);
    expect(plan.formatsArea).toEqual(block(0, 0, 9, 3));
  });

  it("shrinks first, moves the next table up by deleting rows above it, then grows", () => {
    // Before: A had 5 body rows (rows 3–8), B at row 10. Now A has 1 row and B 4.
    const layout = layoutSheet(sheet(2, table("A", 1), table("B", 4)));
    const plan = refreshSteps(
      layout,
      [
        { name: "A", existing: { top: 3, left: 0, bodyRows: 5, columns: 3 } },
        { name: "B", existing: { top: 10, left: 0, bodyRows: 1, columns: 3 } },
      ],
      block(0, 0, 12, 3),
    );
    expect(plan.steps.filter((s) => s.kind !== "clear")).toEqual([
      { kind: "resizeTable", table: "A", cells: block(3, 0, 2, 3) },
      { kind: "deleteRows", top: 6, count: 4 },
      { kind: "resizeTable", table: "B", cells: block(6, 0, 5, 3) },
    ]);
  });

  it("inserts rows above a table when the header block or the table above grows", () => {
    const layout = layoutSheet(sheet(4, table("A", 3), table("B", 1)));
    const plan = refreshSteps(
      layout,
      [
        { name: "A", existing: { top: 3, left: 0, bodyRows: 1, columns: 3 } },
        { name: "B", existing: { top: 6, left: 0, bodyRows: 1, columns: 3 } },
      ],
      block(0, 0, 8, 3),
    );
    expect(plan.steps.filter((s) => s.kind !== "clear")).toEqual([
      { kind: "insertRows", top: 3, count: 2 },
      { kind: "insertRows", top: 8, count: 2 },
      { kind: "resizeTable", table: "A", cells: block(5, 0, 4, 3) },
    ]);
    expect(plan.steps.filter((s) => s.kind === "clear")).toEqual([
      { kind: "clear", cells: block(0, 0, 5, 3) },
      { kind: "clear", cells: block(9, 0, 1, 3) },
    ]);
  });

  it("clears rows and columns the old layout held beyond the new one, and the place of a new table", () => {
    const layout = layoutSheet(sheet(1, table("A", 1, 2), table("B", 1, 2)));
    const plan = refreshSteps(layout, [{ name: "A", existing: { top: 2, left: 0, bodyRows: 3, columns: 4 } }, { name: "B" }], block(0, 0, 8, 4));
    expect(plan.steps).toEqual([
      { kind: "resizeTable", table: "A", cells: block(2, 0, 2, 2) },
      { kind: "clear", cells: block(0, 0, 2, 4) },
      { kind: "clear", cells: block(2, 2, 2, 2) },
      { kind: "clear", cells: block(4, 0, 1, 4) },
      { kind: "clear", cells: block(5, 0, 2, 2) },
      { kind: "clear", cells: block(5, 2, 2, 2) },
      { kind: "clear", cells: block(7, 0, 1, 4) },
    ]);
  });
});
