import { describe, expect, it } from "vitest";
import { decodeDocumentBytes, isPdf } from "./decode-text";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("decodeDocumentBytes", () => {
  it("reads UTF-8 with or without a byte-order mark", () => {
    expect(decodeDocumentBytes(new TextEncoder().encode("Croydon\u2019s 73%"))).toBe("Croydon\u2019s 73%");
    expect(decodeDocumentBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe("A");
  });

  it("reads Windows-1252 when the bytes are not UTF-8 (a curly apostrophe saved by Word)", () => {
    expect(decodeDocumentBytes(bytes(0x43, 0x6f, 0x75, 0x6e, 0x63, 0x69, 0x6c, 0x92, 0x73))).toBe("Council\u2019s");
  });

  it("reads UTF-16 with a byte-order mark", () => {
    expect(decodeDocumentBytes(bytes(0xff, 0xfe, 0x37, 0x00, 0x33, 0x00))).toBe("73");
  });

  it("refuses empty and binary data with a typed error", () => {
    expect(() => decodeDocumentBytes(bytes())).toThrow(expect.objectContaining({ code: "empty-document" }));
    expect(() => decodeDocumentBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02))).toThrow(expect.objectContaining({ code: "not-text" }));
  });
});

describe("isPdf", () => {
  it("finds the PDF header at the start or after junk", () => {
    expect(isPdf(new TextEncoder().encode("%PDF-1.7\n"))).toBe(true);
    expect(isPdf(new TextEncoder().encode("\n\n  %PDF-1.4"))).toBe(true);
    expect(isPdf(new TextEncoder().encode("PDF-1.4 %PD"))).toBe(false);
  });
});
