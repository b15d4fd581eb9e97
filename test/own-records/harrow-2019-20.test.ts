// A register seen for the first time, end to end without Excel: the composed Harrow register
// (test/fixtures/registers/) read from its XLSX file, set beside the embedded dataset's Harrow
// 2019-20 figures (from the real annual letter): ours 23 upheld of 32 investigations against the
// published 24 of 33 gives differences −1 and −1 and records-mismatch flags.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countByYear, escalation } from "../../src/domain/own-records";
import { reconcile, recordsMismatchFlags } from "../../src/domain/reconciliation";
import { chooseRegisterSheet, readRegister } from "../../src/sources/records/complaints-register";
import { loadDataset } from "../../src/sources/dataset/dataset";
import { readTableFile } from "../../src/sources/tables/read-table-file";

const HARROW = "E09000015";
const registerBytes = () => readFileSync(new URL("../fixtures/registers/composed-register-harrow-2019-20.xlsx", import.meta.url));

describe("Harrow 2019-20: the composed register against the published figures", async () => {
  const dataset = await loadDataset();
  const published = dataset.figuresFor(HARROW);
  const sheets = await readTableFile(registerBytes(), "composed-register-harrow-2019-20.xlsx");
  const { sheet, detection } = chooseRegisterSheet(sheets);
  const { complaints, problems } = readRegister(sheet.cells, detection.mapping!);
  const rows = reconcile(published, countByYear(complaints), { years: ["2019-20"] });

  it("reads the register with no problems and every field mapped", () => {
    expect(problems).toEqual([]);
    expect(Object.keys(detection.mapping!.columns)).toHaveLength(11);
  });
  it("gives differences of −1 investigation and −1 upheld, and none for remedies and compliance", () => {
    expect(rows.map((row) => [row.measure, row.published, row.ours, row.difference])).toEqual([
      ["Detailed investigations", 33, 32, -1],
      ["Upheld", 24, 23, -1],
      ["Satisfactory remedies", 2, 2, 0],
      ["Compliance outcomes", 21, 21, 0],
    ]);
    expect(rows[0]?.council).toBe("London Borough of Harrow");
    // The upheld decision dated 2 April 2020 may be LGSCO's 24th of 2019-20.
    expect(rows[1]?.referencesToCheck).toEqual(["HAR-0033"]);
  });
  it("raises a records-mismatch flag for each measure that differs", () => {
    const flags = recordsMismatchFlags(rows, HARROW);
    expect(flags.map((flag) => [flag.id, flag.year, flag.severity, flag.message])).toEqual([
      ["records-mismatch", "2019-20", "watch", "Our records show 32 detailed investigations in 2019-20; LGSCO published 33: 1 fewer in our records."],
      ["records-mismatch", "2019-20", "watch", "Our records show 23 upheld decisions in 2019-20; LGSCO published 24: 1 fewer in our records."],
    ]);
  });
  it("follows 2019-20's complaints from stage 1 to LGSCO", () => {
    // Received in 2019-20 (worked out from compose.ts): 40 internal complaints, 10 of them at
    // stage 2, and 29 that went to LGSCO (13 upheld, 6 not upheld, the one decided on 2 April
    // 2020, 9 other decisions), 24 of those at stage 2; 20 investigated by LGSCO.
    const row = escalation(complaints).rows.find((r) => r.year === "2019-20");
    expect(row).toMatchObject({ stage1: 69, stage2: 34, reachedLgsco: 29, investigated: 20 });
    expect(row?.stage2Rate).toBeCloseTo((100 * 34) / 69, 10);
    expect(row?.investigatedRate).toBeCloseTo((100 * 20) / 29, 10);
  });
  it("leaves the register's cells as they were", async () => {
    const again = await readTableFile(registerBytes(), "again.xlsx");
    expect(sheets).toEqual(again);
  });
});
