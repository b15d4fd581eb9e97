// Any file an analyst may hand us as a table: XLSX (a zip) or CSV (text), told apart by the
// bytes rather than the name, so a CSV saved as ".xls" or a renamed workbook still reads.
import type { SheetCells } from "./cells";
import { readCsvText } from "./read-csv";
import { readXlsxBytes } from "./read-xlsx";
import { TableFileError } from "./table-file-error";
import { decodeTextBytes, utf16ByteOrder } from "./text-encoding";

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE_COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Control characters that never appear in a text file (tab, newlines and form feed aside). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return sample.some((byte) => byte === 0 || (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)));
}

/** The sheets of a CSV or XLSX file; a TableFileError names what the file is when it is neither. */
export async function readTableFile(data: Uint8Array | ArrayBuffer, fileName = "The file"): Promise<SheetCells[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new TableFileError("empty", `${fileName} is empty.`);
  if (startsWith(bytes, ZIP)) return readXlsxBytes(bytes, fileName);
  if (startsWith(bytes, OLE_COMPOUND)) {
    throw new TableFileError("old-excel-format", `${fileName} is in the old Excel 97-2003 (.xls) format: save it as .xlsx or CSV and try again.`);
  }
  // Excel's "Unicode Text" is UTF-16, tab-separated: its zero bytes are text, not binary.
  if (utf16ByteOrder(bytes) === undefined && looksBinary(bytes)) throw new TableFileError("not-a-table-file", `${fileName} is neither a CSV file nor an Excel (.xlsx) workbook.`);
  const baseName = fileName.replace(/^.*[\\/]/, "");
  return [readCsvText(decodeTextBytes(bytes), baseName)];
}
