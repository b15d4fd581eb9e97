import { describe, expect, it } from "vitest";
import { paneHost, paneTheme, relativeLuminance } from "./environment";

describe("paneHost", () => {
  it("knows Excel, other Office applications and a plain browser", () => {
    expect(paneHost("Excel")).toEqual({ kind: "excel" });
    expect(paneHost("Word")).toEqual({ kind: "other-office", application: "Word" });
    expect(paneHost(null)).toEqual({ kind: "browser" });
    expect(paneHost(undefined)).toEqual({ kind: "browser" });
  });
});

describe("paneTheme", () => {
  it("follows Office's body background", () => {
    expect(paneTheme("#FFFFFF", true)).toBe("light");
    expect(paneTheme("#f3f3f3", true)).toBe("light");
    expect(paneTheme("#262626", false)).toBe("dark");
    expect(paneTheme("#000", false)).toBe("dark");
    expect(paneTheme("#444444", false)).toBe("dark");
  });

  it("falls back to the system preference without a usable Office colour", () => {
    expect(paneTheme(undefined, true)).toBe("dark");
    expect(paneTheme(undefined, false)).toBe("light");
    expect(paneTheme("not a colour", true)).toBe("dark");
  });
});

describe("relativeLuminance", () => {
  it("is 0 for black, 1 for white, and about 0.21 for pure red", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    expect(relativeLuminance("#f00")).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance("red")).toBeUndefined();
  });
});
