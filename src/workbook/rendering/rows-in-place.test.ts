import { describe, expect, it } from "vitest";
import type { PlanSheet, PlanTable } from "../plan/plan";
import { arrangeRows, arrangeSheet } from "./rows-in-place";

// Composed for tests: council and year names only, no published figure.
function table(rows: [string, string, number][], gone: "blank" | "remove" = "blank"): PlanTable {
  return {
    name: "OmbudsmanKeyStats",
    columns: [{ name: "Council" }, { name: "Year" }, { name: "Upheld %" }],
    rows,
    numberFormats: rows.map(() => ["@", "@", "0%"]),
    highlights: [],
    rowKey: { columns: ["Council", "Year"], gone },
  };
}

const HEADER = ["Council", "Year", "Upheld %"];

describe("arrangeRows", () => {
  it("keeps rows the analyst sorted where they are and puts new ones after the last", () => {
    const plan = table([["Croydon", "2019-20", 0.5], ["Harrow", "2019-20", 0.6], ["Kent", "2019-20", 0.7]]);
    const existing = [HEADER, ["Harrow", "2019-20", 0.1], ["Croydon", "2019-20", 0.2]];
    const { table: arranged, placed } = arrangeRows(plan, existing);
    expect(arranged.rows).toEqual([["Harrow", "2019-20", 0.6], ["Croydon", "2019-20", 0.5], ["Kent", "2019-20", 0.7]]);
    expect(placed).toEqual([1, 0, 2]);
  });

  it("blanks a row whose key went away, keeping its key cells, or removes it where the table says so", () => {
    const existing = [HEADER, ["Gone", "2018-19", 0.3], ["Harrow", "2019-20", 0.1]];
    expect(arrangeRows(table([["Harrow", "2019-20", 0.6]]), existing).table.rows).toEqual([["Gone", "2018-19", null], ["Harrow", "2019-20", 0.6]]);
    expect(arrangeRows(table([["Harrow", "2019-20", 0.6]], "remove"), existing).table.rows).toEqual([["Harrow", "2019-20", 0.6]]);
  });

  it("ignores the one empty row an empty Excel table keeps", () => {
    expect(arrangeRows(table([["Harrow", "2019-20", 0.6]]), [HEADER, [null, null, null]]).table.rows).toEqual([["Harrow", "2019-20", 0.6]]);
  });
});

describe("arrangeSheet", () => {
  it("charts the longest run of the council's rows that are next to each other, and says so in the note", () => {
    const plan = table([["Croydon", "2018-19", 0.4], ["Croydon", "2019-20", 0.5], ["Croydon", "2020-21", 0.55], ["Harrow", "2019-20", 0.6]]);
    const sheet: PlanSheet = {
      key: "keyStats",
      name: "Ombudsman",
      header: [["Title"], ["Note", "Read me."]],
      tables: [plan],
      charts: [{ title: "Croydon", table: "OmbudsmanKeyStats", categoryColumn: "Year", seriesColumns: ["Upheld %"], firstRow: 0, lastRow: 2 }],
    };
    const existing = [HEADER, ["Croydon", "2019-20", 0.1], ["Harrow", "2019-20", 0.1], ["Croydon", "2018-19", 0.1]];
    const arranged = arrangeSheet(sheet, () => existing);
    // Rows: Croydon 2019-20, Harrow, Croydon 2018-19, Croydon 2020-21 (new, after the last).
    expect(arranged.charts[0]).toMatchObject({ firstRow: 2, lastRow: 3 });
    expect(arranged.header[1]![1]).toMatch(/^Read me\. The chart covers 2 of the 3 rows it charts/);
  });
});
