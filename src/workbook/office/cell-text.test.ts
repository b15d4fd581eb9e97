import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../test/support/excel-host";
import { officeBlock, officeCellInput } from "./cell-text";

/** Writes one cell the way the renderer does: the formats first, then the values, one request. */
async function writeLikeTheRenderer(text: string) {
  const host = createExcelHost();
  const { values, numberFormat } = officeBlock([[text]]);
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.numberFormat = numberFormat;
    range.values = values;
  });
  return host.cell("Sheet1", "A1");
}

describe("text written through Office.js by the one rule (Text format, no apostrophe)", () => {
  it("lands as exactly that text, whatever it starts with, never a formula nor quote-prefixed", async () => {
    const samples = ["=1+1", "+44", "-5%", "@home", "'abc", "2019-20", "TRUE", "00123", "1e5", "plain", '=HYPERLINK("x")', "=Evil Council"];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...samples), fc.string({ minLength: 1 })), async (text) => {
        const cell = await writeLikeTheRenderer(text);
        expect(cell?.value).toBe(text);
        expect(cell?.formula).toBeUndefined();
        expect(cell?.quotePrefix).toBeUndefined();
        expect(cell?.numberFormat).toBe("@");
      }),
      { numRuns: 200 },
    );
  });

  it("would show an apostrophe if text were escaped twice (the host keeps one typed under @)", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["'=Evil Council"]];
    });
    expect(host.cell("Sheet1", "A1")?.value).toBe("'=Evil Council");
  });

  it("writes an empty cell as empty text (null would leave the cell as it was) and numbers as numbers under their own format", () => {
    expect(officeCellInput(null)).toBe("");
    expect(officeCellInput(0.73)).toBe(0.73);
    expect(officeCellInput(false)).toBe(false);
    expect(() => officeCellInput(Number.NaN)).toThrow(RangeError);
    expect(officeBlock([[0.73, "x", null]], [["0%", "0%", "0"]]).numberFormat).toEqual([["0%", "@", "0"]]);
  });
});
