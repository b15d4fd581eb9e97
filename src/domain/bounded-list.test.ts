import { describe, expect, it } from "vitest";
import { boundedList } from "./bounded-list";

describe("boundedList", () => {
  it("joins a short list whole", () => {
    expect(boundedList(["HAR-1", "HAR-2"])).toBe("HAR-1, HAR-2");
  });

  it("names how many more past the length, so no cell nears Excel's 32,767 characters", () => {
    const references = Array.from({ length: 10_000 }, (_, i) => `HAR-${String(i).padStart(5, "0")}`);
    const text = boundedList(references, 100);
    expect(text.length).toBeLessThan(130);
    const shown = text.split(" … ")[0]!.split(", ");
    expect(text).toBe(`${shown.join(", ")} … and ${references.length - shown.length} more`);
    expect(shown).toEqual(references.slice(0, shown.length));
  });

  it("cuts a first item that is alone over the length", () => {
    expect(boundedList(["x".repeat(50), "y"], 10, " ")).toBe(`${"x".repeat(10)}… and 1 more`);
  });
});
