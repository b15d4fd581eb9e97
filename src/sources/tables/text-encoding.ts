// Bytes of a text file to text, for the CSV reader and the document reader alike: UTF-16 when it
// starts with a byte order mark (Excel's "Unicode Text" export), UTF-8 (with or without a byte
// order mark) when the bytes are valid UTF-8, otherwise Windows-1252, what Excel's "CSV" on
// Windows, Word and older Windows tools save.

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign).
// Written out because Node 20's TextDecoder reads the "windows-1252" label as Latin-1.
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** The bytes as UTF-8 when they are valid UTF-8 (a byte order mark dropped), otherwise as Windows-1252. */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The byte order of UTF-16 text marked by its first two bytes, or undefined. */
export function utf16ByteOrder(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Text of a text file's bytes: UTF-16 with a byte order mark, else UTF-8, else Windows-1252. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2));
  return decodeUtf8OrWindows1252(bytes);
}
