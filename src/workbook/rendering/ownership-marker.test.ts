import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan } from "../../../test/support/compose-plan";
import { block } from "./a1";
import { councilMarkerName, isMarkerName, markedTable, markerEntries, readMarker, sheetMarkerName, tableMarkerName } from "./ownership-marker";
import { layoutSheet } from "./sheet-layout";

describe("the ownership marker", () => {
  it("reads owned sheets, tables and councils from defined names, following renamed and deleted sheets", () => {
    const marker = readMarker([
      { name: sheetMarkerName("keyStats"), formula: "='My figures'!$A$1:$P$20" },
      { name: "OMBUDSMANSCRUTINY_SHEET_FLAGS", formula: "=#REF!" },
      { name: tableMarkerName("OmbudsmanKeyStats"), formula: "='My figures'!$A$7:$P$20" },
      { name: councilMarkerName("E09000015"), formula: "='My figures'!$A$1" },
      { name: councilMarkerName("E08000035"), formula: "=#REF!" },
      { name: "Budget", formula: "=Sheet1!$A$1" },
    ]);
    expect(marker.sheets).toEqual({ keyStats: { sheet: "My figures", cells: block(0, 0, 20, 16) }, flags: "lost" });
    expect(markedTable(marker, "ombudsmankeystats")).toEqual({ sheet: "My figures", cells: block(6, 0, 14, 16) });
    // A council stays in the workbook even when the cell its name points at is gone.
    expect(marker.councils).toEqual(["E08000035", "E09000015"]);
  });

  it("tells its names from the analyst's", () => {
    expect(isMarkerName(tableMarkerName("OmbudsmanFlags"))).toBe(true);
    expect(isMarkerName("OmbudsmanKeyStats")).toBe(false);
    expect(() => councilMarkerName("E09 000015")).toThrow(/GSS/);
  });

  it("is written as each sheet's block, each table's range and the councils on A1 of the key statistics", () => {
    const plan = composePlan([composedCouncil("E09000015", "London Borough of Harrow", 2)]);
    const layouts = new Map(plan.sheets.map((sheet) => [sheet.key, layoutSheet(sheet)]));
    const [keyStats, flags] = plan.sheets;
    const entries = markerEntries(["E09000015", "E08000035"], [flags!, { key: keyStats!.key, name: "My figures" }], layouts);
    expect(entries).toEqual([
      { name: sheetMarkerName("flags"), sheet: "Ombudsman flags", cells: layouts.get("flags")!.region },
      { name: tableMarkerName("OmbudsmanFlags"), sheet: "Ombudsman flags", cells: layouts.get("flags")!.tables[0]!.cells },
      { name: sheetMarkerName("keyStats"), sheet: "My figures", cells: layouts.get("keyStats")!.region },
      { name: tableMarkerName("OmbudsmanKeyStats"), sheet: "My figures", cells: layouts.get("keyStats")!.tables[0]!.cells },
      { name: councilMarkerName("E09000015"), sheet: "My figures", cells: block(0, 0, 1, 1) },
      { name: councilMarkerName("E08000035"), sheet: "My figures", cells: block(0, 0, 1, 1) },
    ]);
    // Without the key statistics, the councils are marked on the first sheet written.
    expect(markerEntries(["E09000015"], [flags!], layouts).at(-1)).toEqual({ name: councilMarkerName("E09000015"), sheet: "Ombudsman flags", cells: block(0, 0, 1, 1) });
  });
});
