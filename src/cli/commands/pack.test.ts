// cli pack (issue 14): the done-when check on Harrow 2019-20, a composed register's timeliness,
// the Word report read back, and the analyst's typing kept when the pack is rebuilt.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import { readXlsxTable } from "../../../test/support/xlsx-table";
import { CliInputError } from "../cli-error";
import { parseDocument } from "../../sources/documents/parse-document";
import packCommand from "./pack";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "pack-test-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A register we composed for these tests (not a council's): one complaint per rule checked. */
async function composedRegister(file: string, responseHeader = "Date of response"): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Composed register");
  sheet.addRow(["Reference", "Stage", "Service", "Date received", "Date acknowledged", responseHeader, "Outcome"]);
  // Received Fri 24 May 2024, answered Mon 10 June 2024: 10 working days (27 May a bank holiday).
  sheet.addRow(["C-1", "Stage 1", "Housing", "24/05/2024", "28/05/2024", "10/06/2024", "Upheld"]);
  // Received Mon 3 June 2024, answered Tue 18 June 2024: 11 working days, late.
  sheet.addRow(["C-2", "Stage 1", "Parking", "03/06/2024", "04/06/2024", "18/06/2024", "Not upheld"]);
  await workbook.xlsx.writeFile(file);
}

async function documentText(file: string): Promise<{ text: string; tables: string[][][] }> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  const textOf = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, "&")).join("");
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) => [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1]!))),
  );
  return { text: textOf(xml), tables };
}

describe("cli pack", () => {
  it("writes Harrow 2019-20's PackHeadlines (Upheld 73% against 70% on 33) and the sentence \"24 of 33\", in the sheets and the Word report", async () => {
    const out = join(folder, "pack.xlsx");
    const docx = join(folder, "pack.docx");
    const { stdout } = await runCommand(packCommand, ["Harrow", "--year", "2019-20", "--out", out, "--docx", docx]);
    expect(stdout).toContain("2019-20 committee pack for London Borough of Harrow");

    const headlines = await readXlsxTable(out, "PackHeadlines");
    expect(headlines.sheet).toBe("Pack summary");
    const upheld = headlines.rows.find((row) => row.Measure!.value === "Upheld %")!;
    expect(upheld["This year"]).toEqual({ value: 0.73, numFmt: "0%" });
    expect(upheld["Similar authorities"]).toEqual({ value: 0.7, numFmt: "0%" });
    expect(upheld.Base!.value).toBe(33);
    const sentences = await readXlsxTable(out, "PackSentences");
    expect(sentences.rows.some((row) => String(row.Sentence!.value).includes("24 of 33"))).toBe(true);

    const report = await documentText(docx);
    expect(report.text).toContain("LGSCO upheld 24 of 33 detailed investigations (73%), against an average of 70% for similar authorities.");
    expect(report.text).toContain("Annual Review letter 2020 to London Borough of Harrow dated 22 July 2020");
    const headlineTable = report.tables.find((table) => table[0]?.[0] === "Measure")!;
    expect(headlineTable.find((row) => row[0] === "Upheld %")!.slice(0, 6)).toEqual(["Upheld %", "73%", "", "", "70%", "33"]);
    // The self-assessment table, one row per section of the Code after its header.
    expect(report.tables.find((table) => table[0]?.[0] === "Section")).toHaveLength(9);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name).every((name) => name.startsWith("Pack "))).toBe(true);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.orientation, sheet.name).toBe("landscape");
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toMatch(/^1:\d+$/);
    }
  });

  it("counts a stage 1 complaint received Fri 24 May 2024 and answered Mon 10 June 2024 on time (a composed register)", async () => {
    const register = join(folder, "composed-register.xlsx");
    await composedRegister(register);
    const out = join(folder, "notts.xlsx");
    const { stderr } = await runCommand(packCommand, ["Nottingham", "--year", "2024-25", "--records", register, "--out", out]);
    expect(stderr).toContain('Date of response: column F "Date of response"');
    const timeliness = await readXlsxTable(out, "PackTimeliness");
    const stage1 = timeliness.rows.find((row) => row.Stage!.value === "Stage 1")!;
    expect(stage1.Received!.value).toBe(2);
    expect(stage1["Acknowledged within 5 working days"]!.value).toBe(2);
    expect(stage1["Responded within limit"]!.value).toBe(1);
    expect(stage1["Median working days to respond"]!.value).toBe(10.5);
    // The register has no LGSCO columns: its Ombudsman steps are empty, not 0.
    const funnel = await readXlsxTable(out, "PackFunnel");
    expect(funnel.rows.map((row) => row.Complaints!.value)).toEqual([2, 0, null, null, null, null]);
    // Nor does it give a count to set beside LGSCO's: the reconciliation is empty, never 0 against LGSCO's figure.
    expect((await readXlsxTable(out, "PackReconciliation")).rows.every((row) => row.Measure!.value === null)).toBe(true);
  });

  it("takes the council's own documents with --import, as fetch does (Sutton's two real statistics pages)", async () => {
    const pages = ["sutton-2023-24.real.txt", "sutton-2024-25.real.txt"].map((name) => join(__dirname, "../../../test/fixtures/pages", name));
    const [older, newer] = await Promise.all(pages.map(async (page) => (await parseDocument(await readFile(page, "utf8")))[0]!));
    const out = join(folder, "sutton-pack.xlsx");
    await runCommand(packCommand, ["Sutton", "--year", "2024-25", "--import", ...pages, "--out", out]);
    const upheld = (await readXlsxTable(out, "PackHeadlines")).rows.find((row) => row.Measure!.value === "Upheld %")!;
    expect(upheld["This year"]!.value).toBeCloseTo(newer!.upheld!.rate / 100);
    expect(upheld["Last year"]!.value).toBeCloseTo(older!.upheld!.rate / 100);
    expect(String(upheld.Source!.value)).toMatch(/sutton-2024-25\.real\.txt/);
  });

  it("puts a column where --records-column says when its header is not recognised", async () => {
    const register = join(folder, "odd-register.xlsx");
    await composedRegister(register, "Final letter");
    const out = join(folder, "odd.xlsx");
    const { stderr } = await runCommand(packCommand, ["Nottingham", "--year", "2024-25", "--records", register, "--records-column", "Date of response=Final letter", "--out", out]);
    expect(stderr).toContain('Date of response: column F "Final letter"');
    const stage1 = (await readXlsxTable(out, "PackTimeliness")).rows[0]!;
    expect(stage1["Responded within limit"]!.value).toBe(1);
    await expect(runCommand(packCommand, ["Nottingham", "--records", register, "--records-column", "Date of response=Nowhere", "--out", out])).rejects.toThrow(/no column headed "Nowhere"/);
    await expect(runCommand(packCommand, ["Nottingham", "--records", register, "--records-column", "Colour=Final letter", "--out", out])).rejects.toThrow(CliInputError);
  });

  it("keeps what the analyst typed in the self-assessment and improvements when the pack is rebuilt", async () => {
    const out = join(folder, "typed.xlsx");
    await runCommand(packCommand, ["Harrow", "--out", out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const typeInto = async (table: string, column: string, bodyRow: number, text: string) => {
      const found = await readXlsxTable(out, table);
      const sheet = workbook.getWorksheet(found.sheet)!;
      const ref = (sheet.getTable(table) as unknown as { table: { tableRef?: string; ref?: string } }).table;
      const topLeft = sheet.getCell((ref.tableRef ?? ref.ref)!.split(":")[0]!);
      sheet.getCell(Number(topLeft.row) + 1 + bodyRow, Number(topLeft.col) + found.columns.indexOf(column)).value = text;
    };
    await typeInto("PackSelfAssessment", "Comply", 1, "Partly");
    await typeInto("PackSelfAssessment", "Evidence", 1, "Complaints policy, section 4");
    await typeInto("PackImprovements", "Improvement made", 0, "Letters now name the officer");
    await workbook.xlsx.writeFile(out);

    await runCommand(packCommand, ["Harrow", "--out", out]);
    const assessment = await readXlsxTable(out, "PackSelfAssessment");
    expect(assessment.rows[1]!.Section!.value).toBe("2. Exclusions");
    expect(assessment.rows[1]!.Comply!.value).toBe("Partly");
    expect(assessment.rows[1]!.Evidence!.value).toBe("Complaints policy, section 4");
    expect(assessment.rows).toHaveLength(8);
    const improvements = await readXlsxTable(out, "PackImprovements");
    expect(improvements.rows.map((row) => row["Improvement made"]!.value)).toEqual(["Letters now name the officer"]);
  });

  it("sets the council among the analyst's peer set with --peers", async () => {
    const out = join(folder, "peers.xlsx");
    await runCommand(packCommand, ["Harrow", "--peers", "Brent; Ealing", "--out", out]);
    const councils = (await readXlsxTable(out, "PackPeers")).rows.map((row) => row.Council!.value);
    expect(councils).toEqual(expect.arrayContaining(["London Borough of Harrow", "London Borough of Brent", "London Borough of Ealing"]));
  });

  it("refuses a year with no figures held, naming the years held, and writes nothing", async () => {
    const out = join(folder, "none.xlsx");
    await expect(runCommand(packCommand, ["Harrow", "--year", "2010-11", "--out", out])).rejects.toThrow(/No published figures are held for London Borough of Harrow in 2010-11; held: 2019-20/);
    await expect(readFile(out)).rejects.toThrow();
  });
});
