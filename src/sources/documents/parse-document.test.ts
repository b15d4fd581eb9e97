import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { HARROW_2019_20_FIGURES } from "../../../test/fixtures/letters/harrow-2019-20.expected";
import { composeLetterPdf } from "../../../test/fixtures/letters/letter-pdf";
import { documentKind, parseDocument } from "./parse-document";
import { DocumentParseError } from "./parse-error";

const read = (path: string) => readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url));
const HARROW = read("letters/harrow-2019-20.txt").toString("utf8");

describe("documentKind", () => {
  it("tells letters from statistics pages", () => {
    expect(documentKind(HARROW)).toBe("annual-letter");
    expect(documentKind(read("letters/birmingham-2017-18.composed.txt").toString("utf8"))).toBe("annual-letter");
    expect(documentKind(read("pages/leeds-2023-24.composed.txt").toString("utf8"))).toBe("statistics-page");
    expect(documentKind(read("pages/leeds-2023-24.composed.html").toString("utf8"))).toBe("statistics-page");
    // A page lists its council's letters: that does not make it a letter.
    expect(documentKind(`${read("pages/leeds-2023-24.composed.txt").toString("utf8")}\nAnnual review letter 2024\nAnnual review letter 2023`)).toBe("statistics-page");
  });
});

describe("parseDocument", () => {
  it("parses letter text, given as a string or as the bytes of a file", async () => {
    for (const input of [HARROW, new Uint8Array(read("letters/harrow-2019-20.txt"))]) {
      const [figures] = await parseDocument(input);
      expect(figures).toMatchObject({ ...HARROW_2019_20_FIGURES, source: { kind: "annual-letter" } });
    }
  });

  it("parses a letter PDF (composed by us from the real letter's text)", async () => {
    const [figures] = await parseDocument(await composeLetterPdf(HARROW));
    expect(figures).toMatchObject({ ...HARROW_2019_20_FIGURES, source: { kind: "annual-letter" } });
  });

  it("parses a letter saved as an HTML page", async () => {
    const html = `<html><body>${HARROW.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/\n/g, "<br>\n")}</p>`).join("\n")}</body></html>`;
    expect((await parseDocument(html))[0]).toMatchObject(HARROW_2019_20_FIGURES);
  });

  it("parses statistics pages as text and as HTML bytes", async () => {
    const [fromHtml] = await parseDocument(new Uint8Array(read("pages/leeds-2023-24.composed.html")));
    const [fromText] = await parseDocument(read("pages/leeds-2023-24.composed.txt").toString("utf8"));
    expect(fromHtml).toMatchObject({ authority: "Leeds City Council", year: "2023-24", source: { kind: "statistics-page" } });
    expect({ ...fromHtml, source: undefined }).toEqual({ ...fromText, source: undefined });
  });

  it("passes the caller's source details on", async () => {
    const [figures] = await parseDocument(HARROW, { source: { url: "https://example.org/harrow.pdf" } });
    expect(figures?.source.url).toBe("https://example.org/harrow.pdf");
  });

  it("refuses unusable input with a typed error", async () => {
    await expect(parseDocument(new Uint8Array())).rejects.toMatchObject({ code: "empty-document" });
    await expect(parseDocument("   ")).rejects.toMatchObject({ code: "empty-document" });
    await expect(parseDocument(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 3]))).rejects.toMatchObject({ code: "not-text" });
    await expect(parseDocument("Minutes of the scrutiny committee, 12 June 2024. Item 4: complaints.")).rejects.toMatchObject({ code: "unknown-layout" });
  });

  it("refuses a PDF with no text in it", async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    const error = await parseDocument(await blank.save()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentParseError);
    expect(error).toMatchObject({ code: "unreadable-pdf", message: "the PDF holds no text (a scanned image cannot be read)" });
  });
});
