import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan } from "../../../test/support/compose-plan";
import type { ExistingWorkbook } from "./existing-workbook";
import { workbookStateOf } from "./existing-workbook";
import { sheetMarkerName, tableMarkerName } from "./ownership-marker";
import { freeSheetName, RenderConflictError, resolveTargets } from "./render-targets";

const PLAN = composePlan([composedCouncil("E09000015", "London Borough of Harrow", 2)]);

function workbook(parts: Partial<ExistingWorkbook>): ExistingWorkbook {
  return { sheets: [{ name: "Sheet1", visible: true, charts: [] }], activeSheet: "Sheet1", tables: [], names: [], ...parts };
}

describe("where the plan goes", () => {
  it("creates every sheet in a new workbook, under the contract's names", () => {
    const targets = resolveTargets(workbook({}), PLAN);
    expect(targets.sheets.map((s) => [s.name, s.exists])).toEqual([
      ["Ombudsman", false],
      ["Ombudsman flags", false],
      ["Ombudsman peers", false],
      ["Ombudsman caseload", false],
    ]);
    expect(targets.notes).toEqual([]);
  });

  it("finds its sheets and tables through the marker, renamed or not", () => {
    const existing = workbook({
      sheets: [
        { name: "Sheet1", visible: true, charts: [] },
        { name: "LGSCO", visible: false, charts: ["OmbudsmanScrutiny_Chart_1"] },
      ],
      tables: [{ name: "OmbudsmanKeyStats", sheet: "LGSCO", bodyRows: 2, columns: 16 }],
      names: [
        { name: sheetMarkerName("keyStats"), formula: "=LGSCO!$A$1:$P$9" },
        { name: tableMarkerName("OmbudsmanKeyStats"), formula: "=LGSCO!$A$7:$P$9" },
      ],
    });
    const [keyStats] = resolveTargets(existing, PLAN).sheets;
    expect(keyStats).toMatchObject({
      name: "LGSCO",
      exists: true,
      visible: false,
      previousRegion: { top: 0, left: 0, bottom: 8, right: 15 },
      charts: ["OmbudsmanScrutiny_Chart_1"],
      tables: [{ name: "OmbudsmanKeyStats", existing: { top: 6, left: 0, bodyRows: 2, columns: 16 } }],
    });
    expect(workbookStateOf(existing).sheets).toEqual({ keyStats: "LGSCO" });
  });

  it("finds its sheet through its table when the sheet's mark is gone", () => {
    const existing = workbook({
      sheets: [{ name: "Ombudsman", visible: true, charts: [] }],
      tables: [{ name: "OmbudsmanKeyStats", sheet: "Ombudsman", bodyRows: 2, columns: 16 }],
      names: [{ name: tableMarkerName("OmbudsmanKeyStats"), formula: "=Ombudsman!$A$7:$P$9" }],
    });
    expect(resolveTargets(existing, PLAN).sheets[0]).toMatchObject({ name: "Ombudsman", exists: true });
  });

  it("names every conflict at once", () => {
    const existing = workbook({
      sheets: [
        { name: "Sheet1", visible: true, charts: [] },
        { name: "Ombudsman", visible: true, charts: [] },
      ],
      tables: [{ name: "ombudsmanflags", sheet: "Sheet1", bodyRows: 1, columns: 2 }],
      names: [{ name: "OmbudsmanPeers", formula: "=Sheet1!$A$1" }],
    });
    try {
      resolveTargets(existing, PLAN);
      throw new Error("expected a conflict");
    } catch (error) {
      expect(error).toBeInstanceOf(RenderConflictError);
      expect((error as RenderConflictError).conflicts).toEqual([
        'The workbook already has a table called "ombudsmanflags" (on the sheet "Sheet1") that Ombudsman Scrutiny did not make: rename or remove it, then try again.',
        'The workbook has a defined name "OmbudsmanPeers", so a table of that name cannot be added: rename it, then try again.',
      ]);
    }
  });

  it("refuses to refresh a sheet of its own holding the analyst's table", () => {
    const existing = workbook({
      sheets: [{ name: "Ombudsman", visible: true, charts: [] }],
      tables: [
        { name: "OmbudsmanKeyStats", sheet: "Ombudsman", bodyRows: 2, columns: 16 },
        { name: "Mine", sheet: "Ombudsman", bodyRows: 1, columns: 1 },
      ],
      names: [
        { name: sheetMarkerName("keyStats"), formula: "=Ombudsman!$A$1:$P$9" },
        { name: tableMarkerName("OmbudsmanKeyStats"), formula: "=Ombudsman!$A$7:$P$9" },
      ],
    });
    expect(() => resolveTargets(existing, PLAN)).toThrow('holds a table "Mine" that the add-in did not make');
  });

  it("never takes the analyst's sheet for its own on a name that only looks like its marker", () => {
    const budget = { name: "Budget", visible: true, charts: [], empty: false };
    const lookAlikes = [
      // The sheet's mark alone, as copied from another workbook or typed.
      [{ name: sheetMarkerName("keyStats"), formula: "=Budget!$A$1:$B$2" }],
      // The sheet's and the table's marks, but no add-in table on the sheet.
      [
        { name: sheetMarkerName("keyStats"), formula: "=Budget!$A$1:$P$9" },
        { name: tableMarkerName("OmbudsmanKeyStats"), formula: "=Budget!$A$7:$P$9" },
      ],
    ];
    for (const names of lookAlikes) {
      const existing = workbook({ sheets: [budget], activeSheet: "Budget", names });
      const [keyStats] = resolveTargets(existing, PLAN).sheets;
      expect(keyStats).toMatchObject({ name: "Ombudsman", exists: false });
      expect(keyStats!.previousRegion).toBeUndefined();
      expect(workbookStateOf(existing).sheets).toEqual({});
    }
    // The add-in's table on another sheet than the marks say does not make Budget the add-in's either.
    const moved = workbook({
      sheets: [budget, { name: "Ombudsman", visible: true, charts: [] }],
      tables: [{ name: "OmbudsmanKeyStats", sheet: "Ombudsman", bodyRows: 2, columns: 16 }],
      names: lookAlikes[1]!,
    });
    expect(workbookStateOf(moved).sheets).toEqual({});
  });

  it("numbers a taken sheet name, keeping within Excel's 31 characters", () => {
    expect(freeSheetName("Ombudsman", ["ombudsman", "Ombudsman (2)"])).toBe("Ombudsman (3)");
    expect(freeSheetName("A".repeat(31), ["A".repeat(31)])).toBe(`${"A".repeat(27)} (2)`);
  });
});
