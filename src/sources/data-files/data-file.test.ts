import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Register } from "../../domain/register";
import type { YearFigures } from "../../domain/types";
import type { Cell } from "../tables/cells";
import { DataFileError, describeDataFileReport, importDataFile, importDataFileBytes, yearsNamedIn, type DataFileOptions } from "./data-file";
import { loadRegister } from "../dataset/dataset";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/data-files/${name}`, import.meta.url));

let register: Register;
let options: DataFileOptions;
beforeAll(async () => {
  register = await loadRegister();
  options = { lookup: (name, year) => register.resolve(name, { year }) };
});

const sheet = (cells: Cell[][], name = "Sheet1") => [{ name, cells }];
const byCouncil = (figures: YearFigures[], gss: string) => figures.find((f) => f.gss === gss);
const HARROW = "E09000015";
const BIRMINGHAM = "E08000025";

describe("composed decisions CSV, 2019-20 (percentages as '73%', title rows, totals and notes rows)", () => {
  it("reads each council's published figures with their source", async () => {
    const result = await importDataFileBytes(fixture("composed-decisions-2019-20.csv"), { ...options, fileName: "composed-decisions-2019-20.csv" });
    expect(byCouncil(result.figures, HARROW)).toEqual({
      authority: "London Borough of Harrow",
      year: "2019-20",
      upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 },
      compliance: { rate: 100, of: 21 },
      satisfactoryRemedy: { rate: 8, count: 2, of: 24, similarAverage: 15 },
      source: { kind: "data-file", title: "composed-decisions-2019-20.csv" },
      gss: HARROW,
    });
    expect(byCouncil(result.figures, BIRMINGHAM)).toMatchObject({ authority: "BIRMINGHAM CITY COUNCIL", upheld: { rate: 78, count: 119, of: 153, similarAverage: 67 }, compliance: { rate: 100 } });
    expect(byCouncil(result.figures, "E07000121")).toMatchObject({ upheld: { rate: 0, count: 0, of: 2, similarAverage: 45 } });
    // Watford: no rate was published, so the counts stay counts and no rate is made up.
    expect(byCouncil(result.figures, "E07000103")).toEqual(expect.objectContaining({ decisions: { total: 30, upheld: 5 }, overview: { investigated: 9 } }));
    expect(byCouncil(result.figures, "E07000103")).not.toHaveProperty("upheld");
    expect(result.figures).toHaveLength(4);
  });
  it("says which row was the header, where the year came from, and every row it did not use", async () => {
    const { report } = await importDataFileBytes(fixture("composed-decisions-2019-20.csv"), { ...options, fileName: "composed-decisions-2019-20.csv" });
    const [sheetReport] = report.sheets;
    expect(sheetReport).toMatchObject({ headerRow: 3, year: "2019-20", yearFrom: "title", councilYears: 4, unusedColumns: [], unreadCells: [] });
    expect(sheetReport?.unusedRows.map((row) => [row.row, row.reason])).toEqual([
      [9, "a total or average row, not a council"],
      [10, "no figures (a note, or a council with nothing published)"],
    ]);
  });
});

describe("composed received CSV, 2019-20 (categories, a Total column, a body not in the register)", () => {
  it("reads received totals and categories, and reports the row it could not match", async () => {
    const result = await importDataFileBytes(fixture("composed-complaints-received-2019-20.csv"), { ...options, fileName: "composed-complaints-received-2019-20.csv" });
    expect(byCouncil(result.figures, BIRMINGHAM)).toMatchObject({ year: "2019-20", received: { total: 561, byCategory: { environment_regulation: 179 } } });
    expect(byCouncil(result.figures, "E10000012")).toMatchObject({ received: { total: 285 } });
    expect(result.figures).toHaveLength(6);
    const lines = describeDataFileReport(result.report);
    expect(lines).toContain('  Column K "Total" read as Complaints received.');
    expect(lines.find((line) => line.includes("Row 11"))).toMatch(/Transport for London.*No council in the register matches/);
    expect(lines.find((line) => line.includes("Row 12"))).toMatch(/a total or average row/);
  });
});

describe("composed key statistics XLSX, 2023-24 (rates stored as fractions, several sheets)", () => {
  it("reads 0.87 formatted as a percentage as 87, per-100k as decimals, 'n/a' as not published", async () => {
    const result = await importDataFileBytes(fixture("composed-key-statistics-2023-24.xlsx"), { ...options, fileName: "key.xlsx" });
    expect(byCouncil(result.figures, BIRMINGHAM)).toEqual({
      authority: "Birmingham City Council",
      year: "2023-24",
      upheld: { rate: 87, count: 115, of: 132, similarAverage: 80 },
      upheldPer100k: { value: 9.9, similarAverage: 4.4 },
      compliance: { rate: 99, of: 107, similarAverage: 99 },
      satisfactoryRemedy: { rate: 8, count: 9, of: 115, similarAverage: 14 },
      source: { kind: "data-file", title: 'key.xlsx, sheet "Key statistics 2023-24"' },
      gss: BIRMINGHAM,
    });
    const sheffield = byCouncil(result.figures, "E08000019");
    expect(sheffield).toMatchObject({ upheld: { rate: 83, count: 20, similarAverage: 80 }, upheldPer100k: { value: 3.5, similarAverage: 4.4 } });
    expect(sheffield).not.toHaveProperty("upheld.of");
    expect(sheffield).not.toHaveProperty("compliance");
    expect(result.figures).toHaveLength(10);
  });
  it("reports the columns and the sheet it did not use", async () => {
    const { report } = await importDataFileBytes(fixture("composed-key-statistics-2023-24.xlsx"), { ...options, fileName: "key.xlsx" });
    expect(report.sheets[0]?.unusedColumns.map((column) => `${column.column} ${column.header}`)).toEqual(["B Authority type", "O Region", "P Notes"]);
    expect(report.sheets[1]).toMatchObject({ sheet: "Notes", notUsed: expect.stringMatching(/no header row/) });
  });
});

describe("layouts and messes", () => {
  it("finds the header wherever it is and takes 0.73, 73 and '73%' alike", () => {
    const layouts: Cell[][][] = [
      [["Authority", "Upheld rate"], ["Harrow", 0.73], ["Barnet", 0.81]],
      [["Title 2019-20"], [], ["Council name", "% upheld"], ["Harrow", 73], ["Barnet", 81]],
      [[null, "Organisation", "Uphold rate (%)"], [null, "Harrow", "73%"], [null, "Barnet", "81 %"]],
    ];
    for (const cells of layouts) {
      const { figures } = importDataFile(sheet(cells), { ...options, year: "2019-20" });
      expect(figures.map((f) => f.upheld?.rate)).toEqual([73, 81]);
    }
  });
  it("reads the year from a Year column, one row per council and year", () => {
    const { figures, report } = importDataFile(
      sheet([
        ["Authority", "Year", "Complaints received"],
        ["Harrow", "2018/19", 120],
        ["Harrow", "2019-2020", "1,103"],
        ["Harrow", 2020, 99],
      ]),
      options,
    );
    expect(figures.map((f) => [f.year, f.received?.total])).toEqual([["2018-19", 120], ["2019-20", 1103]]);
    expect(report.sheets[0]?.unusedRows[0]).toMatchObject({ row: 4, reason: expect.stringMatching(/single calendar year/) });
  });
  it("takes the year from the file name when the sheet names none, and refuses a sheet with no year or several", () => {
    const cells: Cell[][] = [["Authority", "Complaints received"], ["Harrow", 5]];
    expect(importDataFile(sheet(cells), { ...options, fileName: "lgsco_received_2021-22.csv" }).report.sheets[0]).toMatchObject({ year: "2021-22", yearFrom: "file name" });
    expect(() => importDataFile(sheet(cells), options)).toThrow(/names no year/);
    expect(() => importDataFile(sheet([["Received 2019-20 compared with 2018-19"], ...cells]), options)).toThrow(/several years \(2019-20, 2018-19\)/);
    expect(() => importDataFile(sheet(cells), { ...options, year: "last year" })).toThrow(/not a statistical year/);
  });
  it("names a file with no recognisable header plainly", () => {
    const run = () => importDataFile(sheet([["Name", "Score"], ["Harrow", 3]]), { ...options, year: "2019-20", fileName: "scores.csv" });
    expect(run).toThrow(DataFileError);
    expect(run).toThrow(/^No council figures found in scores.csv: no header row naming the council and at least one measure in its first 2 rows \(looked for "Authority name" and "Upheld", /);
  });
  it("reports unreadable cells, leaving the figure absent rather than zero", () => {
    const { figures, report } = importDataFile(
      sheet([
        ["Authority", "Upheld rate", "Detailed investigations", "Compliance outcomes"],
        ["Harrow", "seventy", 33, 21],
        ["Barnet", "81%", "#N/A", null],
      ]),
      { ...options, year: "2019-20" },
    );
    expect(report.sheets[0]?.unreadCells).toEqual([
      { cell: "B2", header: "Upheld rate", text: "seventy", reason: "is not a percentage" },
      { cell: "D2", header: "Compliance outcomes", text: "21", reason: "compliance outcomes without the compliance rate beside them" },
      { cell: "C3", header: "Detailed investigations", text: "#N/A", reason: "is not a number" },
    ]);
    expect(byCouncil(figures, HARROW)).toEqual(expect.objectContaining({ overview: { investigated: 33 } }));
    expect(byCouncil(figures, HARROW)).not.toHaveProperty("upheld");
    expect(byCouncil(figures, "E09000003")).toMatchObject({ upheld: { rate: 81 } });
    expect(byCouncil(figures, "E09000003")).not.toHaveProperty("upheld.of");
  });
  it("refuses a rate column whose 1 could mean 100% or 1%", () => {
    const { figures, report } = importDataFile(
      sheet([
        ["Authority", "Compliance rate", "Upheld rate"],
        ["Harrow", 1, "73%"],
        ["Barnet", 0, "81%"],
      ]),
      { ...options, year: "2019-20" },
    );
    expect(report.sheets[0]?.columns.find((c) => c.field === "complianceRate")?.label).toMatch(/1 could mean 100% or 1%/);
    expect(report.sheets[0]?.unreadCells[0]).toMatchObject({ cell: "B2", reason: expect.stringMatching(/fraction or a percentage/) });
    expect(byCouncil(figures, HARROW)).not.toHaveProperty("compliance");
    expect(byCouncil(figures, "E09000003")).toMatchObject({ compliance: { rate: 0 } });
  });
  it("treats a count column holding percentages as the rate", () => {
    const { figures, report } = importDataFile(sheet([["Authority", "Complaints upheld"], ["Harrow", "73%"]]), { ...options, year: "2019-20" });
    expect(figures[0]?.upheld).toEqual({ rate: 73 });
    expect(report.sheets[0]?.columns[1]?.label).toMatch(/read as a rate/);
  });
  it("reports repeated councils, and uses neither row when they disagree", () => {
    const { figures, report } = importDataFile(
      sheet([
        ["Authority", "Complaints received"],
        ["Harrow", 10],
        ["London Borough of Harrow", 10],
        ["Barnet", 7],
        ["Barnet", 8],
      ]),
      { ...options, year: "2019-20" },
    );
    expect(figures.map((f) => f.gss)).toEqual([HARROW]);
    expect(report.sheets[0]?.unusedRows.map((row) => row.reason)).toEqual([
      "repeats London Borough of Harrow 2019-20 from row 2",
      "repeats London Borough of Barnet 2019-20 from row 4 with different figures: neither row is used",
    ]);
  });
  it("matches by GSS code and refuses a row whose code and name disagree", () => {
    const { figures, report } = importDataFile(
      sheet([
        ["ONS code", "Authority", "Complaints received"],
        ["E09000015", "Harrow", 10],
        ["E09000003", "Harrow", 11],
        ["E09000003", "", 12],
      ]),
      { ...options, year: "2019-20" },
    );
    expect(figures.map((f) => [f.gss, f.received?.total])).toEqual([[HARROW, 10], ["E09000003", 12]]);
    expect(report.sheets[0]?.unusedRows[0]?.reason).toBe('the code E09000003 is London Borough of Barnet but the name "Harrow" is London Borough of Harrow');
  });
  it("reports headed columns it does not know and unheaded columns holding values", () => {
    const { report } = importDataFile(sheet([["Authority", "Upheld rate", "Population"], ["Harrow", "73%", 250000, "x"]]), { ...options, year: "2019-20" });
    expect(report.sheets[0]?.unusedColumns).toEqual([
      { column: "C", header: "Population", reason: "not a figure we recognise" },
      { column: "D", header: "", reason: "holds values but has no header" },
    ]);
  });
  it("merges a council's figures from several sheets, leaving out a figure they give differently", () => {
    const received: Cell[][] = [["Authority", "Complaints received", "Upheld rate"], ["Birmingham", 561, "78%"], ["Harrow", 40, "73%"]];
    const decided: Cell[][] = [["Authority", "Upheld", "Upheld rate"], ["Birmingham", 119, "78%"], ["Harrow", 24, "70%"]];
    const { figures, report } = importDataFile([{ name: "Received", cells: received }, { name: "Decided", cells: decided }], { ...options, year: "2019-20", fileName: "lgsco.xlsx" });
    expect(byCouncil(figures, BIRMINGHAM)).toMatchObject({ received: { total: 561 }, upheld: { rate: 78, count: 119 }, source: { title: 'lgsco.xlsx, sheet "Received"' } });
    expect(byCouncil(figures, BIRMINGHAM)?.figureSources?.["upheld.count"]?.title).toBe('lgsco.xlsx, sheet "Decided"');
    expect(byCouncil(figures, HARROW)).toMatchObject({ received: { total: 40 } });
    expect(byCouncil(figures, HARROW)).not.toHaveProperty("upheld");
    expect(report.conflicts).toEqual(['Harrow 2019-20: upheld.rate is 73 in lgsco.xlsx, sheet "Received" but 70 in lgsco.xlsx, sheet "Decided"; left out']);
  });
});

describe("yearsNamedIn", () => {
  it("finds the statistical years a title names", () => {
    expect(yearsNamedIn("Complaints 2019/20")).toEqual(["2019-20"]);
    expect(yearsNamedIn("year ending 31 March 2020")).toEqual(["2019-20"]);
    expect(yearsNamedIn("1 April 2023 to 31 March 2024")).toEqual(["2023-24"]);
    expect(yearsNamedIn("2019-22 and 2020")).toEqual([]);
  });
});

describe("hostile input", () => {
  it("gives figures only from numbers in the cells, or a DataFileError, never a crash", () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null), fc.constantFrom("Harrow", "Barnet", "Upheld rate", "Authority", "73%", "n/a"));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (cells) => {
        try {
          const { figures } = importDataFile(sheet(cells), { ...options, year: "2019-20" });
          const numbers = new Set(cells.flat().flatMap((c) => (typeof c === "number" ? [c, Math.round(c * 100 * 1e6) / 1e6] : typeof c === "string" ? (c.match(/\d+(\.\d+)?/g) ?? []).map(Number) : [])));
          for (const figures_ of figures) {
            for (const value of JSON.stringify(figures_).match(/(?<=":)\d+(\.\d+)?(e[+-]?\d+)?/g) ?? []) expect(numbers.has(Number(value))).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(DataFileError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
