import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { guessDelimiter, readCsvText } from "./read-csv";
import { readTableFile } from "./read-table-file";
import { TableFileError } from "./table-file-error";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("CSV", () => {
  it("reads quoted cells, a byte order mark and ragged rows as text", async () => {
    const sheets = await readTableFile(utf8('\uFEFFTitle line\nAuthority,"Upheld, count"\n"Harrow, London Borough of",24\n'), "/tmp/data.csv");
    expect(sheets).toEqual([{ name: "data.csv", cells: [["Title line"], ["Authority", "Upheld, count"], ["Harrow, London Borough of", "24"]] }]);
  });
  it("reads semicolon- and tab-separated files", () => {
    expect(guessDelimiter("a;b;c\n1;2;3")).toBe(";");
    expect(guessDelimiter("a\tb\n1\t2")).toBe("\t");
    expect(guessDelimiter('"a;b",c\n1,2')).toBe(",");
    expect(readCsvText("a;b\n1;2").cells).toEqual([["a", "b"], ["1", "2"]]);
  });
  it("refuses a file past the rows or columns read, naming what it has (commas inside quotes are text)", () => {
    const wide = `Council${",".repeat(600)}\nHarrow\n`;
    expect(() => readCsvText(wide, "wide.csv")).toThrow("wide.csv is too large to read: it has 601 fields in a line; the most read is 500 columns.");
    const long = "Council\n".repeat(100_001);
    expect(() => readCsvText(long, "long.csv")).toThrow("long.csv is too large to read: it has 100,002 lines; the most read is 100,000 rows.");
    expect(readCsvText(`Council,Note\nHarrow,"${",".repeat(600)}"\n`).cells[1]![1]).toHaveLength(600);
  });
  it("reads Windows-1252 text saved by Excel", async () => {
    const bytes = new Uint8Array([...utf8("Council,Note\nHarrow,"), 0x93, 0x6f, 0x6b, 0x94, 0x0a]);
    const [sheet] = await readTableFile(bytes, "x.csv");
    expect(sheet?.cells[1]).toEqual(["Harrow", "\u201cok\u201d"]);
  });
  it("names a broken or empty file", async () => {
    await expect(readTableFile(utf8('a,"b\n1,2'), "x.csv")).rejects.toMatchObject({ problem: "broken-csv" });
    await expect(readTableFile(utf8(" \n "), "x.csv")).rejects.toMatchObject({ problem: "empty" });
    await expect(readTableFile(new Uint8Array(), "x.csv")).rejects.toBeInstanceOf(TableFileError);
  });
});

describe("XLSX", () => {
  it("reads every sheet's cells: numbers, dates, formulas' results, rich text, links and errors", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Decided");
      sheet.getCell("A1").value = "Complaints decided 2019-20 (composed by us)";
      sheet.mergeCells("A1:C1");
      sheet.getCell("A3").value = "Authority";
      sheet.getCell("B3").value = { richText: [{ text: "Upheld " }, { text: "rate", font: { bold: true } }] };
      sheet.getCell("C3").value = "Decided";
      sheet.getCell("A4").value = { text: "Harrow", hyperlink: "https://www.lgo.org.uk/" };
      sheet.getCell("B4").value = 0.73;
      sheet.getCell("C4").value = new Date(Date.UTC(2020, 2, 31));
      sheet.getCell("D4").value = { formula: "B4*100", result: 73 };
      sheet.getCell("E4").value = { error: "#N/A" };
      workbook.addWorksheet("Notes").getCell("A1").value = "Notes";
    });
    const sheets = await readTableFile(bytes, "decided.xlsx");
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Decided", "Notes"]);
    const cells = sheets[0]!.cells;
    expect(cells[0]).toEqual(["Complaints decided 2019-20 (composed by us)", null, null]);
    expect(cells[2]).toEqual(["Authority", "Upheld rate", "Decided"]);
    expect(cells[3]).toEqual(["Harrow", 0.73, new Date(Date.UTC(2020, 2, 31)), 73, "#N/A"]);
  });
  it("refuses a broken workbook, the old .xls format and binary files by name", async () => {
    await expect(readTableFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "b.xlsx")).rejects.toMatchObject({ problem: "broken-xlsx" });
    await expect(readTableFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "old.xls")).rejects.toThrow(/old.xls .*\.xlsx or CSV/);
    await expect(readTableFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "image.png")).rejects.toMatchObject({ problem: "not-a-table-file" });
  });
});
