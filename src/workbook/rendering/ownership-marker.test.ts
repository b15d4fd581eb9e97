import { describe, expect, it } from "vitest";
import { block } from "./a1";
import { councilMarkerName, isMarkerName, markedTable, readMarker, sheetMarkerName, tableMarkerName } from "./ownership-marker";

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
});
