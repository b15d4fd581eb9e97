// Registers composed by us for tests (test/fixtures/registers/, or written here): invented
// references and dates, not a council's records.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RegisterReadError } from "./complaints-register";
import { readRegisterFile } from "./register-file";
import { TableFileError } from "../tables/table-file-error";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/registers/${name}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("a register file seen for the first time", () => {
  it("finds the register's sheet among others, its header row and its columns", async () => {
    const read = await readRegisterFile(fixture("composed-register-harrow-2019-20.xlsx"), "/somewhere/composed-register-harrow-2019-20.xlsx");
    expect(read.sheet).toBe("Complaints 2019-20");
    expect(read.source).toBe('composed-register-harrow-2019-20.xlsx, sheet "Complaints 2019-20"');
    expect(read.mapping.headerRow).toBe(4);
    expect(read.complaints).toHaveLength(82);
    expect(read.problems).toEqual([]);
  });

  it("reads a CSV file as one sheet named after the file, and lists the columns it did not use", async () => {
    const csv = "Composed for tests\nRef,Ombudsman outcome,Ombudsman decision date,Notes\nA1,Upheld,01/06/2019,rang\n";
    const read = await readRegisterFile(utf8(csv), "C:\\registers\\log.csv");
    expect(read.source).toBe("log.csv");
    expect(read.unmatchedHeaders).toEqual(["Notes"]);
    expect(read.complaints).toMatchObject([{ reference: "A1", lgscoDecision: "upheld", lgscoDecisionDate: "2019-06-01" }]);
  });

  it("refuses a file that is not a table, and a register without its required columns, saying which", async () => {
    await expect(readRegisterFile(new Uint8Array([0, 1, 2, 3]), "x.bin")).rejects.toThrow(TableFileError);
    const internalOnly = utf8("Reference,Date received,Stage\nA1,01/05/2019,1\n");
    await expect(readRegisterFile(internalOnly, "internal.csv")).rejects.toThrow(RegisterReadError);
    await expect(readRegisterFile(internalOnly, "internal.csv")).rejects.toThrow(/no column for LGSCO decision .*LGSCO decision date/);
  });
});
