// LGSCO's bulk data files (CSV or XLSX, all councils, one year: complaints received, decided,
// remedy and compliance) → YearFigures with source kind "data-file", and a report of every
// column, row and cell that could not be used, in plain words. The layout of a real file is not
// verified (issue 3): the header row is found wherever it is and columns are matched by meaning.
import { publishedFigureValues, setFigureAt, type FigureGroup } from "../../domain/figure-paths";
import type { Authority, FigureSource, YearFigures } from "../../domain/types";
import { parseYear, yearEnding } from "../../domain/years";
import { cellAddress, cellAt, cellText, columnLetter, gridWidth, isBlankRow, type Cell, type SheetCells } from "../tables/cells";
import type { HeaderRow } from "../tables/header-row";
import { findHeaderRows } from "../tables/two-row-header";
import { readTableFile } from "../tables/read-table-file";
import { percentScaleOf, readCount, readDecimal, readPercent, type CellReading, type PercentScale } from "../tables/values";
import {
  COUNT_OR_RATE,
  DATA_FILE_VOCABULARY,
  DECISION_OUTCOMES,
  RECEIVED_CATEGORIES,
  dataFileFieldLabel,
  type DataFileField,
  type DecisionOutcomeField,
  type ReceivedCategoryField,
} from "./data-file-columns";
import { KNOWN_MEASURES, dataTableKindOf } from "./data-table-kinds";
import { rowDisagreement, unplacedColumns } from "./data-table-checks";

export interface DataFileOptions {
  /**
   * The register's lookup by name (or GSS code, when the file has a code column) for a year:
   * the council, or undefined or a thrown error whose message says why there is none (e.g.
   * `(name, year) => register.resolve(name, { year })`).
   */
  lookup: (nameOrCode: string, year: string) => Authority | undefined;
  /** The statistical year, for a file that names none in a column, its title rows, sheet or file name. */
  year?: string;
  /** File name as the analyst knows it; it names the source and may carry the year. */
  fileName?: string;
  url?: string;
  /** ISO date-time the file was downloaded or read. */
  retrieved?: string;
}

export interface UsedColumn {
  column: string;
  header: string;
  field: DataFileField;
  label: string;
}
export interface UnusedColumn {
  column: string;
  header: string;
  reason: string;
}
export interface UnusedRow {
  /** 1-based row number, as Excel shows it. */
  row: number;
  text: string;
  reason: string;
}
export interface UnreadCell {
  /** Address as Excel shows it, e.g. "D7". */
  cell: string;
  header: string;
  text: string;
  reason: string;
}

export interface SheetReport {
  sheet: string;
  /** Why no figures were taken from the sheet; absent when some were. */
  notUsed?: string;
  /** 1-based row number of the header (its first row when it takes two). */
  headerRow?: number;
  /** 2 when the header is two rows joined top-down ("Decisions" over "Upheld"). */
  headerRows?: 1 | 2;
  /** The kind of table its columns say it is: "a decisions table". */
  kind?: string;
  year?: string;
  yearFrom?: "option" | "column" | "title" | "sheet name" | "file name";
  columns: UsedColumn[];
  unusedColumns: UnusedColumn[];
  unusedRows: UnusedRow[];
  unreadCells: UnreadCell[];
  /** Council-years taken from the sheet. */
  councilYears: number;
}

export interface DataFileReport {
  file: string;
  sheets: SheetReport[];
  /** Figures two sheets gave differently for the same council and year: left out. */
  conflicts: string[];
}

export interface DataFileImport {
  figures: YearFigures[];
  report: DataFileReport;
}

export class DataFileError extends Error {
  override readonly name = "DataFileError";
  constructor(
    message: string,
    readonly report: DataFileReport,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// The year of a sheet

const YEAR_PAIR = /\b(\d{4})\s*[-/–]\s*(\d{4}|\d{2})\b/g;
const YEAR_ENDING = /\byear\s+end(?:ing|ed)\s+(?:31(?:st)?\s+march\s+)?(\d{4})\b/gi;
const APRIL_TO_MARCH = /\b1(?:st)?\s+april\s+(\d{4})\s+(?:to|-|–|until)\s+31(?:st)?\s+march\s+(\d{4})\b/gi;

/** Every statistical year a piece of text names ("2019-20", "2019/2020", "year ending 31 March 2020"). */
export function yearsNamedIn(text: string): string[] {
  const years = new Set<string>();
  for (const match of text.matchAll(YEAR_PAIR)) {
    const year = parseYear(`${match[1]}-${match[2]}`);
    if (year) years.add(year);
  }
  for (const match of text.matchAll(YEAR_ENDING)) years.add(yearEnding(Number(match[1])));
  for (const match of text.matchAll(APRIL_TO_MARCH)) {
    const year = parseYear(`${match[1]}-${match[2]}`);
    if (year) years.add(year);
  }
  return [...years];
}

/** A year cell: "2019-20", "2019/20", "2019-2020". A bare "2019" is refused: it could be either year. */
function readYearCell(cell: Cell): CellReading<string> {
  const text = cellText(cell);
  if (text === "") return { kind: "blank" };
  const years = yearsNamedIn(text);
  if (years.length === 1 && years[0]) return { kind: "value", value: years[0] };
  return { kind: "invalid", text, reason: /^\d{4}$/.test(text) ? "is a single calendar year: LGSCO years run April to March (write 2019-20)" : "is not a statistical year" };
}

type SheetYear = { year: string; from: NonNullable<SheetReport["yearFrom"]> } | { problem: string } | undefined;

function yearOfSheet(sheet: SheetCells, headerRow: number, options: DataFileOptions): SheetYear {
  if (options.year !== undefined) {
    const year = parseYear(options.year);
    return year ? { year, from: "option" } : { problem: `the year given, "${options.year}", is not a statistical year` };
  }
  const places: [NonNullable<SheetReport["yearFrom"]>, string][] = [
    ["title", sheet.cells.slice(0, headerRow).flatMap((row) => row.map(cellText)).join("\n")],
    ["sheet name", sheet.name],
    ["file name", (options.fileName ?? "").replace(/[_.]/g, " ")],
  ];
  for (const [from, text] of places) {
    const years = yearsNamedIn(text);
    if (years.length === 1 && years[0]) return { year: years[0], from };
    if (years.length > 1) return { problem: `its ${from} names several years (${years.join(", ")}): give the year` };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Columns

const TOTAL_ROW = /^(grand\s+)?totals?\b|^all\s+(authorities|councils)\b|^england\b|^national\b|^(similar\s+authorities\s+|type\s+)?average\b|^mean\b/i;

const RATE_FIELDS = new Set<DataFileField>(["upheldRate", "upheldAverage", "complianceRate", "complianceAverage", "remedyRate", "remedyAverage"]);
const DECIMAL_FIELDS = new Set<DataFileField>(["upheldPer100k", "upheldPer100kAverage"]);
const NOT_FIGURES: Partial<Record<DataFileField, string>> = {
  authorityType: "the type of council: the register gives it",
  notes: "notes, not figures",
};

function columnCells(cells: readonly (readonly Cell[])[], column: number, fromRow: number): Cell[] {
  return cells.slice(fromRow).map((row) => row[column] ?? null);
}

function holdsPercentages(cells: readonly Cell[]): boolean {
  return cells.some((cell) => (typeof cell === "string" && /%\s*$/.test(cell.trim())) || (typeof cell === "number" && cell > 0 && cell < 1));
}

interface ColumnPlan {
  /** 0-based row index of the header. */
  headerRow: number;
  columns: Partial<Record<DataFileField, number>>;
  scales: Partial<Record<DataFileField, PercentScale>>;
  used: UsedColumn[];
  unused: UnusedColumn[];
}

function planColumns(sheet: SheetCells, found: HeaderRow<DataFileField>): ColumnPlan {
  const headerRow = found.row;
  const header = (column: number) => cellText(cellAt(sheet.cells, headerRow, column));
  const columns: Partial<Record<DataFileField, number>> = { ...found.match.columns };
  const unused: UnusedColumn[] = [];
  const notes: Partial<Record<DataFileField, string>> = {};

  // A count column holding percentages is the rate, whatever its header says ("Complaints upheld": 73%).
  for (const [count, rate] of COUNT_OR_RATE) {
    const column = columns[count];
    if (column === undefined || columns[rate] !== undefined) continue;
    if (holdsPercentages(columnCells(sheet.cells, column, headerRow + 1))) {
      delete columns[count];
      columns[rate] = column;
      notes[rate] = "read as a rate: the column holds percentages";
    }
  }
  // "Total" counts what the kind of table counts: decisions in a decisions table, complaints in a received table.
  const total = columns.total;
  if (total !== undefined) {
    delete columns.total;
    const counted = dataTableKindOf(Object.keys(columns) as DataFileField[])?.total;
    if (counted !== undefined && columns[counted] === undefined) columns[counted] = total;
    else unused.push({ column: columnLetter(total), header: header(total), reason: "a total, but not clearly of complaints received or of decisions made" });
  }

  const scales: Partial<Record<DataFileField, PercentScale>> = {};
  const used: UsedColumn[] = [];
  for (const [field, column] of Object.entries(columns) as [DataFileField, number][]) {
    const reasonNotUsed = NOT_FIGURES[field];
    if (reasonNotUsed) {
      delete columns[field];
      unused.push({ column: columnLetter(column), header: header(column), reason: reasonNotUsed });
      continue;
    }
    if (RATE_FIELDS.has(field)) {
      const scale = percentScaleOf(columnCells(sheet.cells, column, headerRow + 1));
      scales[field] = scale;
      if (scale === "ambiguous") notes[field] = "every number in it is 0 or 1, so 1 could mean 100% or 1%: those cells are not used";
    }
    const label = dataFileFieldLabel(field) + (notes[field] ? ` (${notes[field]})` : "");
    used.push({ column: columnLetter(column), header: header(column), field, label });
  }
  for (const duplicate of found.match.duplicates) {
    const chosen = columns[duplicate.key];
    unused.push({
      column: columnLetter(duplicate.column),
      header: duplicate.header,
      reason:
        chosen === undefined
          ? `looks like ${dataFileFieldLabel(duplicate.key)}, which is not used`
          : `looks like the same figure as column ${columnLetter(chosen)} (${header(chosen)})`,
    });
  }
  for (const other of found.match.unmatched) {
    unused.push({ column: columnLetter(other.column), header: other.header, reason: "not a figure we recognise" });
  }
  const headed = new Set([...used.map((c) => c.column), ...unused.map((c) => c.column)]);
  for (let column = 0; column < gridWidth(sheet.cells); column++) {
    const letter = columnLetter(column);
    if (headed.has(letter)) continue;
    if (columnCells(sheet.cells, column, headerRow + 1).some((cell) => cellText(cell) !== "")) {
      unused.push({ column: letter, header: "", reason: "holds values but has no header" });
    }
  }
  used.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
  unused.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
  return { headerRow, columns, scales, used, unused };
}

// ---------------------------------------------------------------------------------------------
// Rows

interface RowReader {
  /** The figure in `field`'s column, or undefined (absent, not published, unreadable: reported). */
  figure(field: DataFileField): number | undefined;
  /** Whether the row has a readable figure in any figure column. */
  anyFigure(): boolean;
  /** Reports a figure that is present but cannot be used on this row. */
  dropped(field: DataFileField, reason: string): void;
  /** Cells of the row read so far that were present but unusable. */
  unread: UnreadCell[];
}

const IDENTITY_FIELDS = new Set<DataFileField>(["authority", "gss", "year"]);

function rowReader(sheet: SheetCells, row: number, plan: ColumnPlan): RowReader {
  const headerOf = (column: number) => cellText(cellAt(sheet.cells, plan.headerRow, column));
  const cache = new Map<DataFileField, number | undefined>();
  const figureFields = (Object.keys(plan.columns) as DataFileField[]).filter((field) => !IDENTITY_FIELDS.has(field));
  const unread: UnreadCell[] = [];
  const read = (field: DataFileField): number | undefined => {
    if (cache.has(field)) return cache.get(field);
    const column = plan.columns[field];
    let value: number | undefined;
    if (column !== undefined) {
      const cell = cellAt(sheet.cells, row, column);
      const reading = RATE_FIELDS.has(field) ? readPercent(cell, plan.scales[field] ?? "points") : DECIMAL_FIELDS.has(field) ? readDecimal(cell) : readCount(cell);
      if (reading.kind === "value") value = reading.value;
      else if (reading.kind === "invalid") {
        unread.push({ cell: cellAddress(row, column), header: headerOf(column), text: reading.text, reason: reading.reason });
      }
    }
    cache.set(field, value);
    return value;
  };
  return {
    figure: read,
    anyFigure: () => figureFields.some((field) => read(field) !== undefined),
    dropped(field, reason) {
      const column = plan.columns[field];
      if (column === undefined) return;
      unread.push({ cell: cellAddress(row, column), header: headerOf(column), text: cellText(cellAt(sheet.cells, row, column)), reason });
    },
    unread,
  };
}

function withoutUndefined<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/** The figures of one council's row, in the data model; undefined parts were not published. */
function figuresOfRow(read: RowReader): Omit<YearFigures, "authority" | "year" | "source"> {
  const figures: Omit<YearFigures, "authority" | "year" | "source"> = {};
  const upheldRate = read.figure("upheldRate");
  const upheldCount = read.figure("upheld");
  const notUpheld = read.figure("decidedNotUpheld");
  // Detailed investigations are the decisions upheld and not upheld, where the table gives no column of them.
  const investigations = read.figure("investigations") ?? (upheldCount !== undefined && notUpheld !== undefined ? upheldCount + notUpheld : undefined);
  if (upheldRate !== undefined) {
    figures.upheld = withoutUndefined({ rate: upheldRate, count: upheldCount, of: investigations, similarAverage: read.figure("upheldAverage") });
  } else if (read.figure("upheldAverage") !== undefined) {
    read.dropped("upheldAverage", "a similar authorities' average without the council's own upheld rate");
  }
  const per100k = read.figure("upheldPer100k");
  if (per100k !== undefined) figures.upheldPer100k = withoutUndefined({ value: per100k, similarAverage: read.figure("upheldPer100kAverage") });
  else if (read.figure("upheldPer100kAverage") !== undefined) read.dropped("upheldPer100kAverage", "an average without the council's own upheld per 100,000");

  const complianceRate = read.figure("complianceRate");
  if (complianceRate !== undefined) {
    figures.compliance = withoutUndefined({ rate: complianceRate, of: read.figure("complianceOutcomes"), similarAverage: read.figure("complianceAverage") });
  } else {
    if (read.figure("complianceOutcomes") !== undefined) read.dropped("complianceOutcomes", "compliance outcomes without the compliance rate beside them");
    if (read.figure("complianceAverage") !== undefined) read.dropped("complianceAverage", "an average without the council's own compliance rate");
  }
  const remedyRate = read.figure("remedyRate");
  if (remedyRate !== undefined) {
    // The base of the remedy rate is the number of upheld decisions (docs/design.md §1).
    figures.satisfactoryRemedy = withoutUndefined({ rate: remedyRate, count: read.figure("remedyCount"), of: upheldCount, similarAverage: read.figure("remedyAverage") });
  } else {
    if (read.figure("remedyCount") !== undefined) read.dropped("remedyCount", "satisfactory remedy decisions without the satisfactory remedy rate beside them");
    if (read.figure("remedyAverage") !== undefined) read.dropped("remedyAverage", "an average without the council's own satisfactory remedy rate");
  }

  const overview = withoutUndefined({
    dealtWith: read.figure("dealtWith"),
    notForUs: read.figure("notForUs"),
    assessedAndClosed: read.figure("assessedAndClosed"),
    investigated: upheldRate === undefined ? investigations : undefined,
  });
  if (overview) figures.overview = overview;

  const byCategory: Record<string, number> = {};
  for (const [field, key] of Object.entries(RECEIVED_CATEGORIES) as [ReceivedCategoryField, string][]) {
    const value = read.figure(field);
    if (value !== undefined) byCategory[key] = value;
  }
  const received = withoutUndefined({ total: read.figure("received"), byCategory: Object.keys(byCategory).length > 0 ? byCategory : undefined });
  if (received) figures.received = received;

  const outcomes: Record<string, number | undefined> = {};
  for (const [field, key] of Object.entries(DECISION_OUTCOMES) as [DecisionOutcomeField, string][]) outcomes[key] = read.figure(field);
  const isDecisionTable = Object.values(outcomes).some((value) => value !== undefined) || read.figure("decisionsTotal") !== undefined;
  const decisions = withoutUndefined({
    total: read.figure("decisionsTotal"),
    ...outcomes,
    upheld: isDecisionTable || upheldRate === undefined ? upheldCount : undefined,
  });
  if (decisions) figures.decisions = decisions;
  return figures;
}

function rowText(row: readonly Cell[] | undefined): string {
  const text = (row ?? []).map(cellText).filter((t) => t !== "").join(" | ");
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function lookUp(options: DataFileOptions, nameOrCode: string, year: string): Authority | undefined | { error: string } {
  try {
    return options.lookup(nameOrCode, year);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

interface SheetResult {
  figures: YearFigures[];
  report: SheetReport;
}

function emptyReport(sheet: SheetCells, notUsed?: string): SheetReport {
  return { sheet: sheet.name, ...(notUsed ? { notUsed } : {}), columns: [], unusedColumns: [], unusedRows: [], unreadCells: [], councilYears: 0 };
}

function importSheet(given: SheetCells, options: DataFileOptions, source: FigureSource): SheetResult {
  const found = findHeaderRows(given.cells, DATA_FILE_VOCABULARY, {
    accept: (match) => match.columns.authority !== undefined || match.columns.gss !== undefined,
  });
  if (!found) return { figures: [], report: emptyReport(given, unplacedColumns(given.cells)) };
  // A two-row header is read as the one row it joins into.
  const sheet: SheetCells = { name: given.name, cells: found.cells };
  const plan = planColumns(sheet, found);
  const kind = dataTableKindOf(Object.keys(plan.columns) as DataFileField[]);
  const report: SheetReport = {
    ...emptyReport(sheet),
    headerRow: found.row + 1,
    headerRows: found.rows,
    ...(kind ? { kind: kind.label } : {}),
    columns: plan.used,
    unusedColumns: plan.unused,
  };
  if ((Object.keys(plan.columns) as DataFileField[]).every((field) => IDENTITY_FIELDS.has(field))) {
    report.notUsed = `its columns could not be placed: the header on row ${found.row + 1} names councils but no measure we know (looked for ${KNOWN_MEASURES})`;
    return { figures: [], report };
  }
  const sheetYear = plan.columns.year === undefined ? yearOfSheet(sheet, found.row, options) : undefined;
  if (plan.columns.year === undefined) {
    if (sheetYear === undefined || "problem" in sheetYear) {
      report.notUsed = sheetYear
        ? `${sheetYear.problem}`
        : "it names no year (no Year column, and none in its title rows, sheet name or file name): give the year";
      return { figures: [], report };
    }
    report.year = sheetYear.year;
    report.yearFrom = sheetYear.from;
  } else {
    report.yearFrom = "column";
  }

  const figures: YearFigures[] = [];
  const firstRowOf = new Map<string, { row: number; index: number; json: string }>();
  const conflicted = new Set<number>();
  for (let row = found.row + 1; row < sheet.cells.length; row++) {
    const cells = sheet.cells[row];
    if (isBlankRow(cells)) continue;
    const text = rowText(cells);
    const unused = (reason: string) => report.unusedRows.push({ row: row + 1, text, reason });
    const name = plan.columns.authority === undefined ? "" : cellText(cellAt(sheet.cells, row, plan.columns.authority));
    const code = plan.columns.gss === undefined ? "" : cellText(cellAt(sheet.cells, row, plan.columns.gss));
    const read = rowReader(sheet, row, plan);
    if (name === "" && code === "") {
      unused(read.anyFigure() ? "figures without a council name" : "no council name");
      continue;
    }
    if (TOTAL_ROW.test(name)) {
      unused("a total or average row, not a council");
      continue;
    }
    if (!read.anyFigure()) {
      report.unreadCells.push(...read.unread);
      unused(read.unread.length > 0 ? "none of its figures could be read" : "no figures (a note, or a council with nothing published)");
      continue;
    }
    let year = report.year;
    if (plan.columns.year !== undefined) {
      const reading = readYearCell(cellAt(sheet.cells, row, plan.columns.year));
      if (reading.kind !== "value") {
        unused(reading.kind === "invalid" ? `its year "${reading.text}" ${reading.reason}` : "no year");
        continue;
      }
      year = reading.value;
    }
    if (year === undefined) continue;
    const byCode = code === "" ? undefined : lookUp(options, code, year);
    const byName = name === "" ? undefined : lookUp(options, name, year);
    const authority = byCode && !("error" in byCode) ? byCode : byName;
    if (authority === undefined || "error" in authority) {
      const what = name || code;
      unused(authority ? `"${what}" could not be matched to one council: ${authority.error}` : `"${what}" is not a council in the register`);
      continue;
    }
    if (byCode && !("error" in byCode) && byName && !("error" in byName) && byName.gss !== byCode.gss) {
      unused(`the code ${code} is ${byCode.name} but the name "${name}" is ${byName.name}`);
      continue;
    }
    const rowFigures = figuresOfRow(read);
    report.unreadCells.push(...read.unread);
    if (Object.keys(rowFigures).length === 0) {
      unused("no figures");
      continue;
    }
    // A rate that disagrees with the row's own counts: the row is not taken, whichever is wrong.
    const disagreement = rowDisagreement(rowFigures);
    if (disagreement !== undefined) {
      unused(`${authority.name}'s figures disagree with each other (${disagreement}): none of them is used`);
      continue;
    }
    const key = `${authority.gss}|${year}`;
    const json = JSON.stringify(rowFigures);
    const earlier = firstRowOf.get(key);
    if (earlier) {
      if (earlier.json === json) unused(`repeats ${authority.name} ${year} from row ${earlier.row + 1}`);
      else {
        unused(`repeats ${authority.name} ${year} from row ${earlier.row + 1} with different figures: neither row is used`);
        conflicted.add(earlier.index);
      }
      continue;
    }
    firstRowOf.set(key, { row, index: figures.length, json });
    figures.push({ authority: name || authority.name, year, ...rowFigures, source, gss: authority.gss });
  }
  const kept = figures.filter((_, index) => !conflicted.has(index));
  report.councilYears = kept.length;
  if (kept.length === 0 && !report.notUsed) report.notUsed = "no row of it could be matched to a council with figures";
  return { figures: kept, report };
}

// ---------------------------------------------------------------------------------------------
// Merging sheets

/** The figure each section cannot be without. */
const REQUIRED_LEAF: Partial<Record<FigureGroup, string>> = {
  upheld: "rate",
  upheldPer100k: "value",
  compliance: "rate",
  satisfactoryRemedy: "rate",
};

/**
 * One council-year from several sheets (received on one, decided on another). A figure two
 * sheets give differently is left out and reported, never chosen; a rate left out takes its
 * section with it.
 */
function mergeCouncilYear(parts: YearFigures[], conflicts: string[]): YearFigures {
  const first = parts[0]!;
  if (parts.length === 1) return first;
  const values = new Map<string, { value: number; source: FigureSource }>();
  const dropped = new Set<string>();
  for (const part of parts) {
    for (const [path, value] of publishedFigureValues(part)) {
      const earlier = values.get(path);
      const source = part.figureSources?.[path] ?? part.source;
      if (earlier && earlier.value !== value && !dropped.has(path)) {
        dropped.add(path);
        conflicts.push(`${first.authority} ${first.year}: ${path} is ${earlier.value} in ${earlier.source.title} but ${value} in ${source.title}; left out`);
      } else if (!earlier) values.set(path, { value, source });
    }
  }
  const merged: Record<string, unknown> = {};
  const figureSources: Record<string, FigureSource> = {};
  for (const [path, { value, source }] of values) {
    if (dropped.has(path)) continue;
    const section = path.split(".")[0] as FigureGroup;
    const required = REQUIRED_LEAF[section];
    if (required && (dropped.has(`${section}.${required}`) || !values.has(`${section}.${required}`))) continue;
    setFigureAt(merged, path, value);
    if (source !== first.source) figureSources[path] = source;
  }
  return {
    authority: first.authority,
    year: first.year,
    ...(merged as Partial<YearFigures>),
    source: first.source,
    gss: first.gss,
    ...(Object.keys(figureSources).length > 0 ? { figureSources } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Every council-year of a data file's sheets, merged across sheets, with the report. Throws a
 * DataFileError naming what was wrong when no sheet gives any council's figures.
 */
export function importDataFile(sheets: readonly SheetCells[], options: DataFileOptions): DataFileImport {
  const file = options.fileName ?? "The data file";
  const results = sheets.map((sheet) => {
    const title = sheets.length === 1 ? file : `${file}, sheet "${sheet.name}"`;
    const source: FigureSource = { kind: "data-file", title, ...(options.url ? { url: options.url } : {}), ...(options.retrieved ? { retrieved: options.retrieved } : {}) };
    return importSheet(sheet, options, source);
  });
  const report: DataFileReport = { file, sheets: results.map((result) => result.report), conflicts: [] };
  const figures = mergeAll(results.flatMap((result) => result.figures), report.conflicts);
  if (figures.length === 0) {
    const reasons = report.sheets.map((sheet) => (sheets.length === 1 ? sheet.notUsed : `sheet "${sheet.sheet}": ${sheet.notUsed}`));
    throw new DataFileError(`No council figures found in ${file}: ${reasons.join("; ")}.`, report);
  }
  return { figures, report };
}

/** Council-years grouped by council and year, each group merged (see mergeCouncilYear). */
function mergeAll(figures: readonly YearFigures[], conflicts: string[]): YearFigures[] {
  const grouped = new Map<string, YearFigures[]>();
  for (const one of figures) {
    const key = `${one.gss}|${one.year}`;
    grouped.set(key, [...(grouped.get(key) ?? []), one]);
  }
  return [...grouped.values()].map((parts) => mergeCouncilYear(parts, conflicts));
}

export interface DataFilesImport {
  figures: YearFigures[];
  reports: DataFileReport[];
  /** Figures two files gave differently for the same council and year: left out. */
  conflicts: string[];
}

/**
 * Several data files (decisions, received, remedy and compliance; one year or several), each
 * imported as importDataFile does, their council-years merged. The first file that gives no
 * council's figures throws its DataFileError: nothing is taken from a set with an unusable file.
 */
export function importDataFiles(files: readonly { sheets: readonly SheetCells[]; options: DataFileOptions }[]): DataFilesImport {
  const imported = files.map((file) => importDataFile(file.sheets, file.options));
  const conflicts: string[] = [];
  // Figures from two files are checked together too: a remedy rate against another file's upheld count.
  const figures = mergeAll(imported.flatMap((one) => one.figures), conflicts).filter((merged) => {
    const disagreement = merged.figureSources ? rowDisagreement(merged) : undefined;
    if (disagreement !== undefined) conflicts.push(`${merged.authority} ${merged.year}: the files' figures disagree with each other (${disagreement}); none of them is used`);
    return disagreement === undefined;
  });
  return { figures, reports: imported.map((one) => one.report), conflicts };
}

/** Reads a CSV or XLSX data file's bytes and imports it (see importDataFile). */
export async function importDataFileBytes(bytes: Uint8Array | ArrayBuffer, options: DataFileOptions): Promise<DataFileImport> {
  return importDataFile(await readTableFile(bytes, options.fileName), options);
}

/** The report in plain sentences, for the pane and the CLI's stderr. */
export function describeDataFileReport(report: DataFileReport): string[] {
  const lines: string[] = [];
  for (const sheet of report.sheets) {
    const name = report.sheets.length === 1 ? report.file : `Sheet "${sheet.sheet}"`;
    if (sheet.notUsed) {
      lines.push(`${name} was not used: ${sheet.notUsed}.`);
      if (sheet.headerRow === undefined) continue;
    } else {
      const year = sheet.yearFrom === "column" ? "years from its Year column" : `year ${sheet.year} (from its ${sheet.yearFrom})`;
      const header = sheet.headerRows === 2 ? `header on rows ${sheet.headerRow}-${(sheet.headerRow ?? 0) + 1}, joined top-down` : `header on row ${sheet.headerRow}`;
      lines.push(`${name}${sheet.kind ? `, ${sheet.kind}` : ""}: ${header}, ${sheet.councilYears} council-years read, ${year}.`);
    }
    for (const column of sheet.columns) lines.push(`  Column ${column.column} "${column.header}" read as ${column.label}.`);
    for (const column of sheet.unusedColumns) lines.push(`  Column ${column.column}${column.header ? ` "${column.header}"` : ""} not used: ${column.reason}.`);
    for (const row of sheet.unusedRows) lines.push(`  Row ${row.row} not used: ${row.reason}${row.text ? ` (${row.text})` : ""}.`);
    for (const cell of sheet.unreadCells) lines.push(`  Cell ${cell.cell} (${cell.header}) not used: "${cell.text}" ${cell.reason}.`);
  }
  for (const conflict of report.conflicts) lines.push(`${conflict}.`);
  return lines;
}
