import { describe, expect, it } from "vitest";
import { countCell, per100kCell, percentAsFraction, percentCell, textCell, toTableBody } from "./cell-formats";

describe("cells from published figures", () => {
  it("percentages become fractions: 73% → 0.73, 68.8% → 0.688 exactly, 100% → 1, 0% → 0", () => {
    expect(percentAsFraction(73)).toBe(0.73);
    expect(percentAsFraction(68.8)).toBe(0.688);
    expect(percentAsFraction(99.4)).toBe(0.994);
    expect(percentAsFraction(100)).toBe(1);
    expect(percentAsFraction(0)).toBe(0);
  });

  it("a whole published percentage is formatted 0%, one with a decimal 0.0%", () => {
    expect(percentCell(73)).toEqual({ value: 0.73, format: "0%" });
    expect(percentCell(68.8)).toEqual({ value: 0.688, format: "0.0%" });
  });

  it("an unpublished figure is an empty cell, never 0", () => {
    expect(percentCell(undefined).value).toBeNull();
    expect(countCell(undefined).value).toBeNull();
    expect(per100kCell(undefined).value).toBeNull();
    expect(textCell(undefined).value).toBeNull();
    expect(countCell(0).value).toBe(0);
  });

  it("split into parallel values and formats", () => {
    expect(toTableBody([[textCell("Harrow"), countCell(33), per100kCell(14.6)]])).toEqual({
      rows: [["Harrow", 33, 14.6]],
      numberFormats: [["@", "0", "0.0"]],
    });
  });
});
