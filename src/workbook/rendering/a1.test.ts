import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { block, blockAddress, columnName, parseBlockAddress, parseSheetReference, quoteSheetName, rowsAddress, sheetReference } from "./a1";

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });

  it("writes blocks, single cells and entire rows", () => {
    expect(blockAddress(block(6, 0, 3, 16))).toBe("A7:P9");
    expect(blockAddress(block(0, 1, 1, 1))).toBe("B1");
    expect(blockAddress(block(0, 0, 20, 16), true)).toBe("$A$1:$P$20");
    expect(rowsAddress(4, 3)).toBe("5:7");
  });

  it("quotes sheet names that are not plain words", () => {
    expect(quoteSheetName("Ombudsman")).toBe("Ombudsman");
    expect(quoteSheetName("Ombudsman flags")).toBe("'Ombudsman flags'");
    expect(quoteSheetName("Ombudsman (2)")).toBe("'Ombudsman (2)'");
    expect(quoteSheetName("Bob's figures")).toBe("'Bob''s figures'");
    expect(quoteSheetName("A1")).toBe("'A1'");
  });

  it("reads back the references it writes, whatever the sheet is called", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }).filter((name) => !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'")),
        fc.nat(1_000_000),
        fc.nat(200),
        fc.nat(500),
        fc.nat(20),
        (sheet, top, left, rows, columns) => {
          const cells = block(top, left, rows + 1, columns + 1);
          expect(parseSheetReference(`=${sheetReference(sheet, cells)}`)).toEqual({ sheet, cells });
        },
      ),
    );
  });

  it("reads the forms Excel and exceljs give, and nothing else", () => {
    expect(parseSheetReference("=Ombudsman!$A$1:$P$20")).toEqual({ sheet: "Ombudsman", cells: block(0, 0, 20, 16) });
    expect(parseSheetReference("'Ombudsman flags'!$B$2")).toEqual({ sheet: "Ombudsman flags", cells: block(1, 1, 1, 1) });
    expect(parseSheetReference("=#REF!")).toBeUndefined();
    expect(parseSheetReference("='Ombudsman'!#REF!")).toBeUndefined();
    expect(parseSheetReference('="E09000015"')).toBeUndefined();
    expect(parseSheetReference("=Sheet1!$A$1,Sheet1!$B$2")).toBeUndefined();
  });

  it("reads a block's address on no sheet (a table's ref, a register's columns)", () => {
    expect(parseBlockAddress("A4:L120")).toEqual(block(3, 0, 117, 12));
    expect(parseBlockAddress("$B$3")).toEqual(block(2, 1, 1, 1));
    expect(parseBlockAddress("Log!A1")).toBeUndefined();
    expect(parseBlockAddress("A:C")).toBeUndefined();
  });
});
