// Bytes of a saved document to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when the
// bytes are not valid UTF-8, Windows-1252 (what Word and older Windows tools save). Binary data
// is refused rather than read as garbage text.
import { DocumentParseError } from "./parse-error";

/** True when the bytes are a PDF: "%PDF-" within the first 1024 bytes, as the format allows. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign).
// Written out because Node's TextDecoder reads the "windows-1252" label as Latin-1.
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Text of a document's bytes. Throws `DocumentParseError` for empty or binary data. */
export function decodeDocumentBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentParseError("empty-document", "document", "the file is empty");
  const text = decode(bytes);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const control = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (text.includes("\u0000") || control > Math.max(2, text.length / 100)) {
    throw new DocumentParseError("not-text", "document", "the file holds binary data: it is neither a PDF nor text");
  }
  return text;
}
