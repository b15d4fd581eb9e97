import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Register } from "../../domain/register";
import type { Cell } from "../tables/cells";
import { readTableFile } from "../tables/read-table-file";
import { joinHeaderRows } from "../tables/two-row-header";
import { loadRegister } from "../dataset/dataset";
import { DataFileError, describeDataFileReport, importDataFile, importDataFiles, type DataFileOptions } from "./data-file";

// The data tables of issue 11 are composed by us with made-up figures (their first lines say
// so): LGSCO's real layout has not been seen here.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/data-files/${name}`, import.meta.url)));
const DECISIONS = "decisions-two-row-header-2023-24.composed.csv";
const REMEDY = "remedy-and-compliance-2023-24.unicode-text.composed.txt";
const SUTTON = "E09000029";
const HARROW = "E09000015";

let register: Register;
let options: DataFileOptions;
beforeAll(async () => {
  register = await loadRegister();
  options = { lookup: (name, year) => register.resolve(name, { year }) };
});

async function imported(name: string) {
  return importDataFile(await readTableFile(fixture(name), name), { ...options, fileName: name });
}

describe("joinHeaderRows", () => {
  it("carries a group heading over the columns below it, and a title nowhere", () => {
    expect(joinHeaderRows(["Authority name", "Decisions", "", "Uphold rate"], ["", "Upheld", "Not upheld", ""])).toEqual([
      "Authority name",
      "Decisions Upheld",
      "Decisions Not upheld",
      "Uphold rate",
    ]);
    expect(joinHeaderRows(["Decisions 2023-24"], ["Authority", "Upheld"])).toEqual(["Decisions 2023-24 Authority", "Upheld"]);
  });
});

describe("a decisions table with preamble rows and a two-row header", () => {
  it("reads Upheld 16, Not upheld 4 as upheld 16 of 20 investigations at the published 80%", async () => {
    const { figures } = await imported(DECISIONS);
    expect(figures.find((f) => f.gss === SUTTON)).toMatchObject({
      year: "2023-24",
      upheld: { rate: 80, count: 16, of: 20 },
      decisions: { total: 50, adviceGiven: 2, closedAfterInitialEnquiries: 10, invalidOrIncomplete: 3, referredBackForLocalResolution: 15, upheld: 16, notUpheld: 4 },
      source: { kind: "data-file", title: DECISIONS },
    });
  });
  it("says the header takes two rows, what kind of table it is, and every column it did not use", async () => {
    const { report } = await imported(DECISIONS);
    expect(report.sheets[0]).toMatchObject({ headerRow: 5, headerRows: 2, kind: "a decisions table", year: "2023-24" });
    const lines = describeDataFileReport(report);
    expect(lines[0]).toMatch(/a decisions table: header on rows 5-6, joined top-down/);
    expect(lines).toContain('  Column I "Decisions Total" read as Decisions made.');
    expect(lines).toContain('  Column B "Authority type" not used: the type of council: the register gives it.');
  });
  it("reports a row whose rate disagrees with its counts by council, and takes none of it", async () => {
    const { figures, report } = await imported(DECISIONS);
    expect(figures.find((f) => f.gss === HARROW)).toBeUndefined();
    const row = report.sheets[0]!.unusedRows.find((unused) => unused.row === 8);
    expect(row?.reason).toBe("London Borough of Harrow's figures disagree with each other (The upheld rate is published as 80% but 10 of 20 is 50%): none of them is used");
  });
});

describe("Excel's Unicode Text (UTF-16, tab-separated)", () => {
  it("is read like any CSV", async () => {
    const { figures, report } = await imported(REMEDY);
    expect(report.sheets[0]).toMatchObject({ headerRow: 4, kind: "a remedy and compliance table" });
    expect(figures.find((f) => f.gss === SUTTON)).toMatchObject({ compliance: { rate: 100, of: 13 }, satisfactoryRemedy: { rate: 13, count: 2 } });
  });
});

describe("several data tables", () => {
  it("merges each council-year across files, each figure citing its file", async () => {
    const files = await Promise.all([DECISIONS, REMEDY].map(async (name) => ({ sheets: await readTableFile(fixture(name), name), options: { ...options, fileName: name } })));
    const { figures, reports } = importDataFiles(files);
    expect(reports.map((report) => report.file)).toEqual([DECISIONS, REMEDY]);
    const sutton = figures.find((f) => f.gss === SUTTON);
    expect(sutton).toMatchObject({ upheld: { rate: 80, count: 16, of: 20 }, compliance: { rate: 100 }, source: { title: DECISIONS } });
    expect(sutton?.figureSources?.["compliance.rate"]?.title).toBe(REMEDY);
  });
  it("checks a remedy rate against another file's upheld count", () => {
    const decided: Cell[][] = [["Decisions 2023-24"], ["Authority name", "Upheld", "Not upheld", "Uphold rate"], ["Sutton", 16, 4, "80%"]];
    const remedied: Cell[][] = [["Remedy 2023-24"], ["Authority name", "Satisfactory remedy rate", "Satisfactory remedy decisions"], ["Sutton", "50%", 2]];
    const { figures, conflicts } = importDataFiles([
      { sheets: [{ name: "decided", cells: decided }], options: { ...options, fileName: "decided.csv" } },
      { sheets: [{ name: "remedied", cells: remedied }], options: { ...options, fileName: "remedied.csv" } },
    ]);
    expect(figures).toEqual([]);
    expect(conflicts).toEqual(["Sutton 2023-24: the files' figures disagree with each other (The satisfactory remedy rate is published as 50% but 2 of 16 is 13%); none of them is used"]);
  });
});

describe("a table whose columns cannot be placed", () => {
  it("is refused naming the file and what it lacks", () => {
    const councilsOnly: Cell[][] = [["Complaints 2023-24"], ["Authority name", "Colour", "Mood"], ["Sutton", "blue", "calm"]];
    expect(() => importDataFile([{ name: "s", cells: councilsOnly }], { ...options, fileName: "odd.csv" })).toThrow(
      /^No council figures found in odd.csv: its columns could not be placed: row 2 names councils in column A but no measure we know among "Colour" \(B\), "Mood" \(C\)/,
    );
    const noCouncil: Cell[][] = [["Complaints 2023-24"], ["Name", "Upheld", "Not upheld"], ["Sutton", 1, 2]];
    expect(() => importDataFile([{ name: "s", cells: noCouncil }], { ...options, fileName: "nameless.csv" })).toThrow(DataFileError);
    expect(() => importDataFile([{ name: "s", cells: noCouncil }], { ...options, fileName: "nameless.csv" })).toThrow(/nameless.csv: .*no column naming the council/);
  });
});
