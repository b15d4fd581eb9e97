// The link to the council's complaints register in the open workbook, as kept in the workbook's
// settings: where the register is (a table, or a block of columns from a header row down), whose
// register it is, and the column mapping the analyst confirmed. Pure: reading a saved value
// never throws; a value that cannot be used is dropped and said so.
import type { RegisterField, RegisterMapping } from "../../sources/records/complaints-register";
import { REGISTER_FIELDS } from "../../sources/records/complaints-register";
import { blockAddress, columnName, parseBlockAddress, quoteSheetName, type CellBlock } from "../rendering/a1";

/** The one key the register link uses in the document's settings (beside the pane's own). */
export const REGISTER_LINK_KEY = "OmbudsmanScrutiny.register";

/**
 * Where the register is. A table is read whole as it is now. A range is its columns from its
 * first row down to the sheet's last used row, so complaints added below are read next time.
 */
export type RegisterPlace = { kind: "table"; table: string } | { kind: "range"; sheet: string; address: string };

export interface RegisterLink {
  /** GSS code of the council whose register it is. */
  council: string;
  /** Its name as the pane showed it when the register was linked. */
  councilName?: string;
  place: RegisterPlace;
  /** Rows and columns counted within the cells read from the place (header row 1 is its first row). */
  mapping: RegisterMapping;
}

/** The columns and first row a range place covers (0-based), from its address. */
export function placeBlock(place: Extract<RegisterPlace, { kind: "range" }>): CellBlock | undefined {
  return parseBlockAddress(place.address);
}

/** A range place for a block of a sheet: only its columns and first row matter. */
export function rangePlace(sheet: string, cells: CellBlock): RegisterPlace {
  return { kind: "range", sheet, address: blockAddress(cells) };
}

/** The place in the analyst's words: `the table "Complaints"`, `columns A to L of the sheet "Log", from row 4 down`. */
export function describePlace(place: RegisterPlace): string {
  if (place.kind === "table") return `the table "${place.table}"`;
  const cells = placeBlock(place);
  if (!cells) return `${quoteSheetName(place.sheet)}!${place.address}`;
  const columns = cells.left === cells.right ? `column ${columnName(cells.left)}` : `columns ${columnName(cells.left)} to ${columnName(cells.right)}`;
  return `${columns} of the sheet "${place.sheet}", from row ${cells.top + 1} down`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const FIELDS = new Set<string>(REGISTER_FIELDS.map((info) => info.field));

function readPlace(value: unknown): RegisterPlace | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === "table" && typeof value.table === "string" && value.table.trim() !== "") return { kind: "table", table: value.table };
  if (value.kind === "range" && typeof value.sheet === "string" && value.sheet !== "" && typeof value.address === "string") {
    const place: RegisterPlace = { kind: "range", sheet: value.sheet, address: value.address };
    return placeBlock(place) ? place : undefined;
  }
  return undefined;
}

function readMapping(value: unknown): RegisterMapping | undefined {
  if (!isObject(value) || !Number.isInteger(value.headerRow) || (value.headerRow as number) < 1 || !isObject(value.columns)) return undefined;
  const columns: RegisterMapping["columns"] = {};
  for (const [field, column] of Object.entries(value.columns)) {
    if (!FIELDS.has(field) || !isObject(column) || !Number.isInteger(column.index) || (column.index as number) < 0 || typeof column.header !== "string") return undefined;
    columns[field as RegisterField] = { index: column.index as number, header: column.header };
  }
  return { headerRow: value.headerRow as number, columns };
}

/** The link kept under REGISTER_LINK_KEY; `problem` says plainly why a saved one was dropped. */
export function readRegisterLink(raw: unknown): { link?: RegisterLink; problem?: string } {
  if (raw === null || raw === undefined) return {};
  const dropped = { problem: "The link to your complaints register saved in this workbook could not be read; link the register again." };
  if (!isObject(raw) || typeof raw.council !== "string" || !/^[EWSN]\d{8}$/.test(raw.council)) return dropped;
  const place = readPlace(raw.place);
  const mapping = readMapping(raw.mapping);
  if (!place || !mapping) return dropped;
  const councilName = typeof raw.councilName === "string" && raw.councilName.trim() !== "" ? { councilName: raw.councilName } : {};
  return { link: { council: raw.council, ...councilName, place, mapping } };
}

/** The link as kept in the document: plain JSON. */
export function registerLinkValue(link: RegisterLink): Json {
  const columns: Json = {};
  for (const [field, column] of Object.entries(link.mapping.columns)) if (column) columns[field] = { index: column.index, header: column.header };
  return {
    council: link.council,
    ...(link.councilName === undefined ? {} : { councilName: link.councilName }),
    place: { ...link.place },
    mapping: { headerRow: link.mapping.headerRow, columns },
  };
}
