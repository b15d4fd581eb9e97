// Bytes of a saved document to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when the
// bytes are not valid UTF-8, Windows-1252 (what Word and older Windows tools save). Binary data
// is refused rather than read as garbage text.
import { decodeTextBytes } from "../tables/text-encoding";
import { DocumentParseError } from "./parse-error";

/** True when the bytes are a PDF: "%PDF-" within the first 1024 bytes, as the format allows. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** Text of a document's bytes. Throws `DocumentParseError` for empty or binary data. */
export function decodeDocumentBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentParseError("empty-document", "document", "the file is empty");
  const text = decodeTextBytes(bytes);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const control = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (text.includes("\u0000") || control > Math.max(2, text.length / 100)) {
    throw new DocumentParseError("not-text", "document", "the file holds binary data: it is neither a PDF nor text");
  }
  return text;
}
