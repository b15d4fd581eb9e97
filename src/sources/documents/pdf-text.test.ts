import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HARROW_2019_20_FIGURES } from "../../../test/fixtures/letters/harrow-2019-20.expected";
import { composeLetterPdf } from "../../../test/fixtures/letters/letter-pdf";
import { parseAnnualLetter } from "./annual-letter";
import { DocumentParseError } from "./parse-error";
import { linesFromPlacedText, pdfText, type PdfJsModule } from "./pdf-text";

const HARROW = readFileSync(new URL("../../../test/fixtures/letters/harrow-2019-20.txt", import.meta.url), "utf8");

describe("linesFromPlacedText", () => {
  const run = (text: string, x: number, y: number, width = text.length * 5) => ({ text, x, y, width, fontSize: 10 });

  it("orders lines top to bottom and runs left to right, joining runs on one baseline", () => {
    const lines = linesFromPlacedText([run("were upheld.", 100, 700.4), run("second line", 50, 686), run("73% of complaints", 10, 700), run("", 0, 600)]);
    expect(lines).toEqual(["73% of complaints were upheld.", "second line"]);
  });

  it("puts a space only where runs are apart", () => {
    expect(linesFromPlacedText([run("In ", 10, 500, 12), run("100%", 22, 500, 20), run("of cases", 42, 500)])).toEqual(["In 100%of cases"]);
    expect(linesFromPlacedText([run("100%", 22, 500, 20), run("of cases", 45, 500)])).toEqual(["100% of cases"]);
  });

  it("leaves a blank line at a paragraph gap", () => {
    expect(linesFromPlacedText([run("one", 10, 700), run("two", 10, 650)])).toEqual(["one", "", "two"]);
  });
});

describe("pdfText", () => {
  it("reads a PDF composed by us from the real Harrow letter to the same figures as the text", async () => {
    const pdf = await composeLetterPdf(HARROW);
    const text = await pdfText(pdf);
    expect(text).toMatch(/73% of complaints we investigated were upheld\./);
    const fromPdf = parseAnnualLetter(text);
    expect(fromPdf).toEqual(parseAnnualLetter(HARROW));
    expect(fromPdf[0]).toMatchObject({ ...HARROW_2019_20_FIGURES, source: { kind: "annual-letter" } });
  });

  it("uses the pdfjs module it is given (as the task pane does)", async () => {
    const item = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10, hasEOL: false });
    const pages = [[item("London Borough of Harrow", 50, 800)], [item("second page", 50, 800), { type: "beginMarkedContent" }]];
    const fake: PdfJsModule = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: pages.length,
          getPage: async (n: number) => ({ getTextContent: async () => ({ items: pages[n - 1]! }), cleanup: () => true }),
          destroy: async () => undefined,
        }),
        destroy: async () => undefined,
      }),
    };
    expect(await pdfText(new Uint8Array([1]), fake)).toBe("London Borough of Harrow\n\nsecond page");
  });

  it("turns a PDF pdfjs cannot open into a typed error", async () => {
    const broken = new TextEncoder().encode("%PDF-1.7\nthis is not really a PDF\n%%EOF");
    await expect(pdfText(broken)).rejects.toBeInstanceOf(DocumentParseError);
    await expect(pdfText(broken)).rejects.toMatchObject({ code: "unreadable-pdf" });
  });
});
