import { describe, expect, it } from "vitest";
import { highlightFormula } from "./flag-highlight";

/** What Excel's formula does, for the cases that matter: SEARCH is a case-insensitive find. */
function matches(formula: string, flags: string): boolean {
  const needle = /SEARCH\("([^"]*)"/.exec(formula)![1]!;
  return `; ${flags};`.toLowerCase().includes(needle.toLowerCase());
}

describe("flag highlight rule", () => {
  it("tests the first body row's Flags cell, relative to the row", () => {
    expect(highlightFormula("compliance-below-100", 14, 7)).toBe('ISNUMBER(SEARCH("; compliance-below-100;","; "&$O8&";"))');
  });

  it("finds an id anywhere in the joined list and never inside another id", () => {
    const formula = highlightFormula("upheld-above-average", 14, 7);
    expect(matches(formula, "upheld-above-average")).toBe(true);
    expect(matches(formula, "compliance-below-100; upheld-above-average; low-base")).toBe(true);
    expect(matches(formula, "per100k-above-average")).toBe(false);
    expect(matches(formula, "")).toBe(false);
  });
});
