import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../test/support/excel-host";
import { officeCellInput } from "./cell-text";

describe("text written through Office.js", () => {
  it("lands as exactly that text, whatever it starts with", async () => {
    const host = createExcelHost();
    const samples = ["=1+1", "+44", "-5%", "@x", "'quoted", "2019-20", "TRUE", "00123", "1e5", "plain", "=HYPERLINK(\"x\")"];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...samples), fc.string({ minLength: 1 })), async (text) => {
        await host.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[officeCellInput(text)]];
        });
        const cell = host.cell("Sheet1", "A1");
        expect(cell?.value).toBe(text);
        expect(cell?.formula).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("writes an empty cell as empty text (null would leave the cell as it was) and numbers as numbers", () => {
    expect(officeCellInput(null)).toBe("");
    expect(officeCellInput(0.73)).toBe(0.73);
    expect(officeCellInput(false)).toBe(false);
    expect(() => officeCellInput(Number.NaN)).toThrow(RangeError);
  });
});
