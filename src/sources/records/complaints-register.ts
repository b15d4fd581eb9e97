// Reading the council's own complaints register from cells (a picked range, a sheet's used
// range, or a sheet of a workbook file): columns detected by what their headers mean, shown to
// the analyst as a mapping they can confirm or correct (a plain object, saved in the workbook's
// settings), then every row read faithfully into OwnComplaint, with each problem named.
// The register is only ever read, never written.
import {
  LGSCO_OUTCOME_NAMES,
  measuresNotRecorded,
  readLgscoDecision,
  readStage,
  type InternalStage,
  type LgscoOutcome,
  type OwnComplaint,
  type RecordableMeasure,
  type StageHandling,
} from "../../domain/own-records";
import { cellAt, cellText, columnLetter, isBlankRow, type Cell, type CellGrid, type SheetCells } from "../tables/cells";
import { headerWords, type ColumnSpec, type Vocabulary } from "../tables/column-matching";
import { findHeaderRow } from "../tables/header-row";
import { readDate, readYesNo, type CellReading } from "../tables/values";

export type RegisterField =
  | "reference"
  | "dateReceived"
  | "service"
  | "stage"
  | "internalOutcome"
  | "lgscoReference"
  | "lgscoDecision"
  | "lgscoDecisionDate"
  | "satisfactoryRemedy"
  | "remedyCompliedWith"
  | "complianceDate"
  | "dateAcknowledged"
  | "dateResponded"
  | "reasonNotAccepted";

export interface RegisterFieldInfo {
  field: RegisterField;
  /** The field in the analyst's words, as the pane shows it. */
  label: string;
  /** Without it the register cannot be set beside LGSCO's figures. */
  required: boolean;
  /** Example headers, for the message naming a missing column. */
  examples: string;
}

export const REGISTER_FIELDS: readonly RegisterFieldInfo[] = [
  { field: "reference", label: "Reference", required: true, examples: '"Reference", "Case ref", "Complaint ID"' },
  { field: "dateReceived", label: "Date received", required: false, examples: '"Date received", "Date logged"' },
  { field: "service", label: "Service or directorate", required: false, examples: '"Service", "Directorate", "Department"' },
  { field: "stage", label: "Stage", required: false, examples: '"Stage", "Highest stage reached"' },
  { field: "internalOutcome", label: "Internal outcome", required: false, examples: '"Outcome", "Stage outcome"' },
  { field: "lgscoReference", label: "LGSCO reference", required: false, examples: '"LGSCO ref", "Ombudsman reference"' },
  { field: "lgscoDecision", label: "LGSCO decision", required: true, examples: '"LGSCO decision", "Ombudsman outcome"' },
  { field: "lgscoDecisionDate", label: "LGSCO decision date", required: true, examples: '"LGSCO decision date", "Date of Ombudsman decision"' },
  { field: "satisfactoryRemedy", label: "Satisfactory remedy by the council", required: false, examples: '"Satisfactory remedy by the council"' },
  { field: "remedyCompliedWith", label: "Remedy complied with", required: false, examples: '"Remedy complied with", "Compliance"' },
  { field: "complianceDate", label: "Compliance date", required: false, examples: '"Compliance date", "Date remedy complied"' },
  { field: "dateAcknowledged", label: "Date acknowledged", required: false, examples: '"Date acknowledged", "Acknowledgement date"' },
  { field: "dateResponded", label: "Date of response", required: false, examples: '"Date of response", "Response date", "Date closed"' },
  { field: "reasonNotAccepted", label: "Reason not accepted", required: false, examples: '"Reason not accepted", "Rejection reason"' },
];

export const REQUIRED_FIELDS = REGISTER_FIELDS.filter((info) => info.required).map((info) => info.field);

/** What the committee pack needs of a register: many hold no LGSCO column at all (issue 14). */
export const PACK_REQUIRED_FIELDS: readonly RegisterField[] = ["reference"];

export function registerFieldLabel(field: RegisterField): string {
  return REGISTER_FIELDS.find((info) => info.field === field)?.label ?? field;
}

const specs: ColumnSpec<RegisterField>[] = [
  { key: "reference", label: "Reference", phrases: ["reference", "id", "case number", "complaint number", "reference number"], unless: ["ombudsman", "date"] },
  {
    key: "dateReceived",
    label: "Date received",
    phrases: ["date received", "received", "date logged", "logged", "date opened", "opened"],
    unless: ["ombudsman", "decision"],
  },
  { key: "service", label: "Service or directorate", phrases: ["service", "directorate", "department", "service area", "division"], unless: ["ombudsman"] },
  { key: "stage", label: "Stage", phrases: ["stage", "stage reached", "highest stage"], unless: ["date", "outcome", "ombudsman", "received"] },
  {
    key: "internalOutcome",
    label: "Internal outcome",
    phrases: ["outcome", "decision", "result", "finding", "internal outcome", "council outcome"],
    unless: ["ombudsman", "date", "remedy"],
  },
  { key: "lgscoReference", label: "LGSCO reference", phrases: ["ombudsman reference", "ombudsman case number", "ombudsman number", "ombudsman id"], unless: ["date"] },
  {
    key: "lgscoDecision",
    label: "LGSCO decision",
    phrases: ["ombudsman decision", "ombudsman outcome", "ombudsman finding", "ombudsman result", "ombudsman"],
    unless: ["date", "reference", "number", "id", "remedy", "compliance"],
  },
  { key: "lgscoDecisionDate", label: "LGSCO decision date", phrases: ["ombudsman date", "ombudsman decision date"], unless: ["received", "compliance", "remedy"] },
  {
    key: "satisfactoryRemedy",
    label: "Satisfactory remedy by the council",
    phrases: ["satisfactory remedy", "remedied before ombudsman", "council remedy satisfactory"],
    unless: ["compliance", "date"],
  },
  {
    key: "remedyCompliedWith",
    label: "Remedy complied with",
    phrases: ["remedy compliance", "compliance", "recommendations implemented", "remedy implemented"],
    unless: ["date"],
  },
  { key: "complianceDate", label: "Compliance date", phrases: ["compliance date", "remedy completed date", "remedy implemented date"] },
  { key: "dateAcknowledged", label: "Date acknowledged", phrases: ["acknowledged", "date acknowledged"], unless: ["ombudsman", "due", "target"] },
  {
    key: "dateResponded",
    label: "Date of response",
    phrases: ["response", "date response", "date closed", "closed date", "closed"],
    unless: ["ombudsman", "due", "target", "deadline", "days", "time"],
  },
  { key: "reasonNotAccepted", label: "Reason not accepted", phrases: ["not accepted", "rejected", "reason not accepted"], unless: ["ombudsman"] },
];

export const REGISTER_VOCABULARY: Vocabulary<RegisterField> = {
  specs,
  synonyms: {
    lgo: "ombudsman",
    lgsco: "ombudsman",
    ombudsmans: "ombudsman",
    ref: "reference",
    refs: "reference",
    no: "number",
    num: "number",
    dept: "department",
    dir: "directorate",
    recd: "received",
    complied: "compliance",
    comply: "compliance",
    decided: "decision",
    outcomes: "outcome",
    recommendation: "recommendations",
    acknowledgement: "acknowledged",
    acknowledgment: "acknowledged",
    ack: "acknowledged",
    responded: "response",
    reply: "response",
    replied: "response",
    rejection: "rejected",
    declined: "rejected",
    refused: "rejected",
    refusal: "rejected",
  },
  rewrites: [
    [/\blocal government( and social care)? ombudsman\b/g, " ombudsman "],
    [/\blg and sco\b/g, " ombudsman "],
  ],
};

/** Where each field is in the register: a plain object, saved in the workbook's settings. */
export interface RegisterMapping {
  /** 1-based row of the header within the cells read (the picked range or the sheet). */
  headerRow: number;
  /** Field → its column: 0-based index within the cells read, and the header text it had. */
  columns: Partial<Record<RegisterField, { index: number; header: string }>>;
}

export interface RegisterDetection {
  /** Absent when no row looks like the register's header. */
  mapping?: RegisterMapping;
  /** Required fields the mapping lacks. */
  missing: RegisterField[];
  /** Headed columns that fit no field. */
  unmatchedHeaders: string[];
  /** Plain English: what is missing and what to do; absent when nothing is. */
  message?: string;
}

function missingMessage(missing: readonly RegisterField[]): string | undefined {
  if (missing.length === 0) return undefined;
  const named = missing.map((field) => {
    const info = REGISTER_FIELDS.find((i) => i.field === field)!;
    return `${info.label} (a column headed like ${info.examples})`;
  });
  return `The register has no column for ${named.join("; ")}: pick ${missing.length === 1 ? "it" : "them"} in the mapping.`;
}

/** Finds the register's header row and the column of each field, by header meaning. */
export function detectRegisterColumns(cells: CellGrid, required: readonly RegisterField[] = REQUIRED_FIELDS): RegisterDetection {
  const found = findHeaderRow(cells, REGISTER_VOCABULARY, {
    accept: (match) => required.some((field) => match.columns[field] !== undefined),
  });
  if (!found) {
    return {
      missing: [...required],
      unmatchedHeaders: [],
      message: `No header row found: none of the first rows has headers such as Reference, LGSCO decision and LGSCO decision date. Pick the register's header row and columns in the mapping.`,
    };
  }
  const columns: RegisterMapping["columns"] = {};
  for (const [field, index] of Object.entries(found.match.columns) as [RegisterField, number][]) {
    columns[field] = { index, header: cellText(cellAt(cells, found.row, index)) };
  }
  const missing = required.filter((field) => columns[field] === undefined);
  const message = missingMessage(missing);
  return {
    mapping: { headerRow: found.row + 1, columns },
    missing,
    unmatchedHeaders: [...found.match.unmatched, ...found.match.duplicates].sort((a, b) => a.column - b.column).map((cell) => cell.header),
    ...(message ? { message } : {}),
  };
}

export class RegisterReadError extends Error {
  override readonly name = "RegisterReadError";
  constructor(
    message: string,
    readonly missing: readonly RegisterField[] = [],
  ) {
    super(message);
  }
}

export interface RegisterProblem {
  /** 1-based rows of the register concerned. */
  rows: number[];
  reference?: string;
  field?: RegisterField;
  /** The cell's text, where a cell could not be read. */
  text?: string;
  message: string;
}

export interface RegisterReading {
  complaints: OwnComplaint[];
  problems: RegisterProblem[];
  /** Measures the register has no column for: "not recorded", never 0. */
  notRecorded: RecordableMeasure[];
}

function sameHeader(a: string, b: string): boolean {
  return headerWords(a, REGISTER_VOCABULARY).join(" ") === headerWords(b, REGISTER_VOCABULARY).join(" ");
}

/** The mapping checked against the cells: each saved column still under its header, or found again by it. */
function resolveColumns(cells: CellGrid, mapping: RegisterMapping, problems: RegisterProblem[], required: readonly RegisterField[]): Partial<Record<RegisterField, number>> {
  const missing = required.filter((field) => mapping.columns[field] === undefined);
  if (missing.length > 0) throw new RegisterReadError(missingMessage(missing)!, missing);
  const headerIndex = mapping.headerRow - 1;
  if (!Number.isInteger(headerIndex) || headerIndex < 0 || headerIndex >= cells.length) {
    throw new RegisterReadError(`The mapping's header row ${mapping.headerRow} is outside the register (${cells.length} rows).`);
  }
  const headerRow = cells[headerIndex] ?? [];
  const resolved: Partial<Record<RegisterField, number>> = {};
  for (const [field, saved] of Object.entries(mapping.columns) as [RegisterField, { index: number; header: string }][]) {
    const here = cellText(headerRow[saved.index] ?? null);
    if (saved.header === "" || sameHeader(here, saved.header)) {
      resolved[field] = saved.index;
      continue;
    }
    const moved = headerRow.findIndex((cell) => sameHeader(cellText(cell), saved.header));
    if (moved >= 0) {
      resolved[field] = moved;
      problems.push({ rows: [mapping.headerRow], field, message: `The column "${saved.header}" (${registerFieldLabel(field)}) has moved; it was read where it is now.` });
    } else {
      throw new RegisterReadError(
        `The column "${saved.header}" (${registerFieldLabel(field)}) is no longer in the header row (row ${mapping.headerRow}): check the mapping.`,
        required.includes(field) ? [field] : [],
      );
    }
  }
  return resolved;
}

/**
 * One row as read, before rows sharing a reference are joined: the complaint's fields as this row
 * gives them (what is known only once the rows are joined, its rows and whether it reached
 * LGSCO, is left out).
 */
type RowRecord = Omit<OwnComplaint, "rows" | "reachedLgsco"> & {
  row: number;
  /** The stage column says "Ombudsman". */
  stageOmbudsman?: boolean;
};

function readRow(cells: CellGrid, rowIndex: number, columns: Partial<Record<RegisterField, number>>, problems: RegisterProblem[]): RowRecord | undefined {
  const row = rowIndex + 1;
  const cell = (field: RegisterField): Cell => (columns[field] === undefined ? null : cellAt(cells, rowIndex, columns[field]));
  const text = (field: RegisterField): string | undefined => cellText(cell(field)) || undefined;
  const problem = (field: RegisterField, reading: { text: string; reason: string }) =>
    problems.push({ rows: [row], field, text: reading.text, message: `Row ${row}, ${registerFieldLabel(field)}: "${reading.text}" ${reading.reason}; left empty.` });
  const read = <T>(field: RegisterField, reader: (cell: Cell) => CellReading<T>): T | undefined => {
    const reading = reader(cell(field));
    if (reading.kind === "value") return reading.value;
    if (reading.kind === "invalid") problem(field, reading);
    return undefined;
  };

  const record: RowRecord = { row, reference: text("reference") ?? "" };
  const dateReceived = read("dateReceived", readDate);
  if (dateReceived) record.dateReceived = dateReceived;
  const service = text("service");
  if (service) record.service = service;
  const internalOutcome = text("internalOutcome");
  if (internalOutcome) record.internalOutcome = internalOutcome;
  const lgscoReference = text("lgscoReference");
  if (lgscoReference) record.lgscoReference = lgscoReference;
  const stageCell = cell("stage");
  if (cellText(stageCell) !== "") {
    const stage = readStage(typeof stageCell === "number" ? stageCell : cellText(stageCell));
    if (stage.kind === "stage") record.stage = stage.stage;
    else if (stage.kind === "ombudsman") record.stageOmbudsman = true;
    else problem("stage", { text: cellText(stageCell), reason: "is not a stage we recognise (1, 2, 3 or Ombudsman)" });
  }
  const decisionText = text("lgscoDecision");
  if (decisionText) {
    const decision = readLgscoDecision(decisionText);
    if (decision.kind === "outcome") record.lgscoDecision = decision.outcome;
    else if (decision.kind === "unrecognised") {
      record.lgscoDecisionUnrecognised = decisionText;
      problems.push({
        rows: [row],
        field: "lgscoDecision",
        text: decisionText,
        message: `Row ${row}, LGSCO decision: "${decisionText}" is not one of LGSCO's outcomes (upheld, not upheld, closed after initial enquiries, referred back for local resolution, advice given, invalid or incomplete); not counted.`,
      });
    }
  }
  const decisionDate = read("lgscoDecisionDate", readDate);
  if (decisionDate) record.lgscoDecisionDate = decisionDate;
  const remedy = read("satisfactoryRemedy", readYesNo);
  if (remedy !== undefined) record.satisfactoryRemedy = remedy;
  const complied = read("remedyCompliedWith", readYesNo);
  if (complied !== undefined) record.remedyCompliedWith = complied;
  const complianceDate = read("complianceDate", readDate);
  if (complianceDate) record.complianceDate = complianceDate;
  const reasonNotAccepted = text("reasonNotAccepted");
  if (reasonNotAccepted) record.reasonNotAccepted = reasonNotAccepted;
  const handling = stageHandling(record, read("dateAcknowledged", readDate), read("dateResponded", readDate));
  if (handling) record.handling = [handling];

  const otherCells = (Object.entries(columns) as [RegisterField, number][]).filter(([field, column]) => field !== "reference" && cellText(cellAt(cells, rowIndex, column)) !== "");
  if (otherCells.length === 0) {
    // Text in the reference column alone ("Total complaints: 10", "Notes: …") is not a complaint.
    const content = (cells[rowIndex] ?? []).map(cellText).filter((t) => t !== "").join(" | ");
    problems.push({ rows: [row], message: `Row ${row} holds only "${content.slice(0, 60)}": not read as a complaint.` });
    return undefined;
  }
  if (record.reference === "") {
    // A row with neither a date nor a decision is a note or a total, not a complaint.
    if (!record.dateReceived && !record.lgscoDecision && !record.lgscoDecisionUnrecognised && !record.lgscoDecisionDate) {
      const content = (cells[rowIndex] ?? []).map(cellText).filter((t) => t !== "").join(" | ");
      problems.push({ rows: [row], message: `Row ${row} has no reference, date or LGSCO decision (${content.slice(0, 60)}); not read as a complaint.` });
      return undefined;
    }
    record.reference = `row ${row}`;
    problems.push({ rows: [row], field: "reference", message: `Row ${row} has no reference; counted as "row ${row}".` });
  }
  if (record.lgscoDecisionDate && !record.lgscoDecision && !record.lgscoDecisionUnrecognised) {
    problems.push({ rows: [row], field: "lgscoDecision", message: `Row ${row} has an LGSCO decision date but no LGSCO decision; not counted as a decision.` });
  }
  return record;
}

/** The row's own stage and dates (a row at stage "Ombudsman" has none of the council's). */
function stageHandling(record: RowRecord, acknowledged: string | undefined, responded: string | undefined): StageHandling | undefined {
  if (record.stageOmbudsman || (!record.dateReceived && !acknowledged && !responded)) return undefined;
  return {
    stage: record.stage ?? 1,
    row: record.row,
    ...(record.dateReceived ? { received: record.dateReceived } : {}),
    ...(acknowledged ? { acknowledged } : {}),
    ...(responded ? { responded } : {}),
    ...(record.internalOutcome ? { outcome: record.internalOutcome } : {}),
  };
}

/** A read value as the analyst wrote it: an outcome by its published name, yes/no, a date, text. */
function shownValue(value: string | boolean): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return LGSCO_OUTCOME_NAMES[value as LgscoOutcome] ?? value;
}

// Fields one complaint has once: rows sharing a reference should agree, and a disagreement is reported.
const JOINED_FIELDS = [
  "service",
  "lgscoReference",
  "lgscoDecision",
  "lgscoDecisionUnrecognised",
  "lgscoDecisionDate",
  "satisfactoryRemedy",
  "remedyCompliedWith",
  "complianceDate",
  "reasonNotAccepted",
] as const satisfies readonly (keyof RowRecord)[];

/**
 * Rows sharing a reference (one row per stage, or a repeat) taken as one complaint: the earliest
 * date received, the highest stage and the last internal outcome (registers with a row per stage
 * differ there by design); other fields should agree, and a disagreement is reported.
 */
function joinRows(records: readonly RowRecord[], problems: RegisterProblem[]): OwnComplaint {
  const first = records[0]!;
  const rows = records.map((record) => record.row);
  const complaint: OwnComplaint = { reference: first.reference, rows, reachedLgsco: false };
  if (records.length > 1) {
    problems.push({ rows, reference: first.reference, message: `Reference ${first.reference} is on rows ${rows.join(", ")}: taken as one complaint.` });
  }
  for (const field of JOINED_FIELDS) {
    const values = records.map((record) => record[field]).filter((value) => value !== undefined);
    const chosen = values[0];
    if (chosen === undefined) continue;
    (complaint as unknown as Record<string, unknown>)[field] = chosen;
    const distinct = [...new Set(values.map(shownValue))];
    if (distinct.length > 1) {
      const label = field === "lgscoDecisionUnrecognised" ? "LGSCO decision" : registerFieldLabel(field);
      problems.push({
        rows,
        reference: first.reference,
        field: field === "lgscoDecisionUnrecognised" ? "lgscoDecision" : field,
        message: `Reference ${first.reference}: its rows give different values for ${label} (${distinct.join(" / ")}); the first, from row ${records.find((r) => r[field] !== undefined)!.row}, is used.`,
      });
    }
  }
  const received = records.map((record) => record.dateReceived).filter((date): date is string => date !== undefined).sort();
  if (received[0]) complaint.dateReceived = received[0];
  const outcomes = records.map((record) => record.internalOutcome).filter((outcome): outcome is string => outcome !== undefined);
  if (outcomes.length > 0) complaint.internalOutcome = outcomes[outcomes.length - 1]!;
  const stages = records.map((record) => record.stage).filter((stage): stage is InternalStage => stage !== undefined);
  if (stages.length > 0) complaint.stage = Math.max(...stages) as InternalStage;
  const handling = records.flatMap((record) => record.handling ?? []);
  if (handling.length > 0) complaint.handling = handling;
  complaint.reachedLgsco =
    records.some((record) => record.stageOmbudsman) ||
    complaint.lgscoReference !== undefined ||
    complaint.lgscoDecision !== undefined ||
    complaint.lgscoDecisionUnrecognised !== undefined ||
    complaint.lgscoDecisionDate !== undefined;
  return complaint;
}

/**
 * Every complaint in the register below the mapping's header row: blank rows skipped, text
 * trimmed, dates read as Excel dates, serial numbers, dd/mm/yyyy or ISO, LGSCO outcomes by their
 * published names. References are matched ignoring case and spaces; rows sharing one are joined.
 * Throws RegisterReadError naming a required column the mapping lacks or one no longer there.
 */
export function readRegister(cells: CellGrid, mapping: RegisterMapping, required: readonly RegisterField[] = REQUIRED_FIELDS): RegisterReading {
  const problems: RegisterProblem[] = [];
  const columns = resolveColumns(cells, mapping, problems, required);
  const byReference = new Map<string, RowRecord[]>();
  for (let rowIndex = mapping.headerRow; rowIndex < cells.length; rowIndex++) {
    if (isBlankRow(cells[rowIndex])) continue;
    const record = readRow(cells, rowIndex, columns, problems);
    if (!record) continue;
    const key = record.reference.toLowerCase().replace(/\s+/g, "");
    byReference.set(key, [...(byReference.get(key) ?? []), record]);
  }
  const complaints = [...byReference.values()].map((records) => joinRows(records, problems));
  problems.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  const notRecorded = measuresNotRecorded({
    stage: columns.stage !== undefined,
    satisfactoryRemedy: columns.satisfactoryRemedy !== undefined,
    compliance: columns.remedyCompliedWith !== undefined || columns.complianceDate !== undefined,
  });
  return { complaints, problems, notRecorded };
}

/**
 * The sheet holding the register: the one named, or else the one whose header fits the most
 * fields with every required one. Throws RegisterReadError naming the sheets or what is missing.
 */
export function chooseRegisterSheet(
  sheets: readonly SheetCells[],
  name?: string,
  required: readonly RegisterField[] = REQUIRED_FIELDS,
): { sheet: SheetCells; detection: RegisterDetection } {
  if (name !== undefined) {
    const sheet = sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (!sheet) throw new RegisterReadError(`There is no sheet "${name}"; the sheets are ${sheets.map((s) => `"${s.name}"`).join(", ")}.`);
    const detection = detectRegisterColumns(sheet.cells, required);
    if (detection.message) throw new RegisterReadError(`Sheet "${sheet.name}": ${detection.message}`, detection.missing);
    return { sheet, detection };
  }
  const candidates = sheets.map((sheet) => ({ sheet, detection: detectRegisterColumns(sheet.cells, required) }));
  const complete = candidates.filter((candidate) => candidate.detection.mapping && candidate.detection.missing.length === 0);
  const fields = (detection: RegisterDetection) => Object.keys(detection.mapping?.columns ?? {}).length;
  complete.sort((a, b) => fields(b.detection) - fields(a.detection));
  if (complete[0]) return complete[0];
  const nearest = candidates.filter((c) => c.detection.mapping).sort((a, b) => fields(b.detection) - fields(a.detection))[0];
  if (nearest) throw new RegisterReadError(`Sheet "${nearest.sheet.name}": ${nearest.detection.message}`, nearest.detection.missing);
  throw new RegisterReadError(`No sheet looks like a complaints register: none has headers such as Reference, LGSCO decision and LGSCO decision date.`, [...required]);
}

/** The mapping in plain lines (`Reference: column A "Case ref" (header row 4)`), for the CLI's stderr and the pane. */
export function describeMapping(mapping: RegisterMapping): string[] {
  return REGISTER_FIELDS.map(({ field, label }) => {
    const column = mapping.columns[field];
    return column ? `${label}: column ${columnLetter(column.index)} "${column.header}" (header row ${mapping.headerRow})` : `${label}: not mapped`;
  });
}
