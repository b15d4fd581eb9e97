// The council's own complaints register, as the domain sees it once it has been read: one
// complaint per reference, its internal stage, and what LGSCO decided and when. Counting here
// follows LGSCO's year (1 April–31 March) by the date LGSCO decided, so the counts can be set
// beside the published figures (reconciliation.ts).
import { compareYears, yearOfDate } from "./years";

/** LGSCO's decision outcomes, by their published names. */
export type LgscoOutcome =
  | "upheld"
  | "not-upheld"
  | "closed-after-initial-enquiries"
  | "referred-back-for-local-resolution"
  | "advice-given"
  | "invalid-or-incomplete";

export const LGSCO_OUTCOME_NAMES: Readonly<Record<LgscoOutcome, string>> = {
  upheld: "Upheld",
  "not-upheld": "Not upheld",
  "closed-after-initial-enquiries": "Closed after initial enquiries",
  "referred-back-for-local-resolution": "Referred back for local resolution",
  "advice-given": "Advice given",
  "invalid-or-incomplete": "Invalid or incomplete",
};

/** A detailed investigation is a decision upheld or not upheld (docs/design.md §1). */
export function isInvestigated(outcome: LgscoOutcome | undefined): boolean {
  return outcome === "upheld" || outcome === "not-upheld";
}

export type LgscoDecisionReading = { kind: "outcome"; outcome: LgscoOutcome } | { kind: "pending" } | { kind: "unrecognised" };

function words(text: string): string {
  return ` ${text.toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").trim()} `;
}

const has = (text: string, ...phrases: string[]) => phrases.some((phrase) => text.includes(` ${phrase} `));

/**
 * An LGSCO decision as registers write it: the published names and their common variants
 * ("Upheld: maladministration and injustice", "Not upheld - no fault", "Premature",
 * "Closed after initial enquiries – out of jurisdiction", "CAIE", "Invalid/incomplete"). A
 * finding of fault is upheld, with or without injustice, and so is "partly upheld": LGSCO
 * upholds a complaint when it finds fault. "Pending", "awaiting decision" and the like mean
 * LGSCO has not decided yet.
 */
export function readLgscoDecision(text: string): LgscoDecisionReading {
  const t = words(text);
  if (t.trim() === "") return { kind: "pending" };
  if (has(t, "pending", "awaiting", "ongoing", "open", "in progress", "under investigation", "not yet decided", "tbc", "to be confirmed")) return { kind: "pending" };
  if (has(t, "invalid", "incomplete")) return { kind: "outcome", outcome: "invalid-or-incomplete" };
  if (has(t, "advice given", "advice")) return { kind: "outcome", outcome: "advice-given" };
  if (has(t, "referred back", "premature", "local resolution")) return { kind: "outcome", outcome: "referred-back-for-local-resolution" };
  if (has(t, "closed after initial enquiries", "closed after initial enquiry", "initial enquiries", "caie")) {
    return { kind: "outcome", outcome: "closed-after-initial-enquiries" };
  }
  if (has(t, "not upheld", "not uphold", "no maladministration", "no fault")) return { kind: "outcome", outcome: "not-upheld" };
  if (has(t, "upheld", "uphold", "partly upheld", "partially upheld", "maladministration", "fault")) return { kind: "outcome", outcome: "upheld" };
  return { kind: "unrecognised" };
}

/** Internal stages of the council's own procedure (some have a third stage). */
export type InternalStage = 1 | 2 | 3;

export type StageReading = { kind: "stage"; stage: InternalStage } | { kind: "ombudsman" } | { kind: "unrecognised" };

const STAGE_WORDS: Readonly<Record<string, InternalStage>> = { "1": 1, one: 1, first: 1, i: 1, "2": 2, two: 2, second: 2, ii: 2, "3": 3, three: 3, third: 3, iii: 3 };

/** A stage as registers write it: 1, "Stage 1", "Stage one", "S2", "Second stage", "Review" (stage 2), "Ombudsman". */
export function readStage(value: string | number): StageReading {
  if (typeof value === "number") return value === 1 || value === 2 || value === 3 ? { kind: "stage", stage: value } : { kind: "unrecognised" };
  const t = words(value);
  if (has(t, "ombudsman", "lgsco", "lgo")) return { kind: "ombudsman" };
  const compact = /^ s(\d) $/.exec(t);
  if (compact) return readStage(Number(compact[1]));
  const tokens = t.trim().split(" ").filter((token) => token !== "stage");
  if (tokens.length === 1 && tokens[0] !== undefined && STAGE_WORDS[tokens[0]] !== undefined) return { kind: "stage", stage: STAGE_WORDS[tokens[0]]! };
  if (has(t, "review", "escalated")) return { kind: "stage", stage: 2 };
  return { kind: "unrecognised" };
}

/**
 * One row of the register as the council handled it at one stage: when it came in, was
 * acknowledged and answered. A register with one row per stage gives one per stage; a register
 * with one row per complaint gives one, at the stage recorded (stage 1 when none is).
 */
export interface StageHandling {
  stage: InternalStage;
  /** 1-based register row. */
  row: number;
  /** ISO dates. */
  received?: string;
  acknowledged?: string;
  responded?: string;
  /** The council's own outcome at this stage, as written ("Upheld", "Partly upheld", "Not upheld"). */
  outcome?: string;
}

/** One complaint in the council's register, read and checked (see sources/records/complaints-register.ts). */
export interface OwnComplaint {
  /** The council's reference, trimmed, as written. */
  reference: string;
  /** 1-based rows of the register holding it: more than one when the reference is repeated. */
  rows: number[];
  /** ISO dates throughout. */
  dateReceived?: string;
  service?: string;
  /** Highest internal stage recorded. */
  stage?: InternalStage;
  internalOutcome?: string;
  lgscoReference?: string;
  lgscoDecision?: LgscoOutcome;
  /** The register's LGSCO decision text when it names no outcome we recognise. */
  lgscoDecisionUnrecognised?: string;
  lgscoDecisionDate?: string;
  /** LGSCO found the council had already put things right (only meaningful when upheld). */
  satisfactoryRemedy?: boolean;
  /** Whether the council complied with LGSCO's recommendations; a compliance date alone means it did. */
  remedyCompliedWith?: boolean;
  complianceDate?: string;
  /** An LGSCO reference, decision or stage "Ombudsman" is recorded: the complaint went to LGSCO. */
  reachedLgsco: boolean;
  /** Each stage's dates, where the register has a date acknowledged or date of response column. */
  handling?: StageHandling[];
  /** Why the council did not accept the complaint into its procedure, as written. */
  reasonNotAccepted?: string;
}

/** The four counts set beside LGSCO's published figures, in the order the sheet lists them. */
export const RECONCILIATION_MEASURES = ["Detailed investigations", "Upheld", "Satisfactory remedies", "Compliance outcomes"] as const;
export type ReconciliationMeasure = (typeof RECONCILIATION_MEASURES)[number];

/** A complaint counted in a measure: its reference, the date that placed it in the year, its rows. */
export interface CountedComplaint {
  reference: string;
  date: string;
  rows: number[];
  /** The reference was repeated in the register and its rows were taken as one complaint. */
  repeated: boolean;
}

export interface YearRecordCounts {
  year: string;
  /** Decisions upheld or not upheld, by LGSCO decision date. */
  "Detailed investigations": CountedComplaint[];
  Upheld: CountedComplaint[];
  /** Upheld decisions where the council had already provided a satisfactory remedy. */
  "Satisfactory remedies": CountedComplaint[];
  /** Upheld decisions with compliance recorded yes or no, by compliance date (else decision date). */
  "Compliance outcomes": CountedComplaint[];
}

/** A complaint that belongs in a measure but could not be placed in a year, or was recorded inconsistently. */
export interface UncountedComplaint {
  reference: string;
  rows: number[];
  reason: string;
  /** Measures whose count it may be missing from. */
  measures: ReconciliationMeasure[];
}

export interface RecordCounts {
  /** Years holding at least one LGSCO decision, oldest first. */
  years: YearRecordCounts[];
  /**
   * Measures the register has no column for: "not recorded", never a count of 0 (its years'
   * lists stay empty and must not be read as zero). Absent or empty when every measure is recorded.
   */
  notRecorded?: ReconciliationMeasure[];
  uncounted: UncountedComplaint[];
  /** The earliest and latest dates anywhere in the register: a year not wholly inside is partly covered. */
  span?: { from: string; to: string };
}

/** A count the register may have no column for: a reconciliation measure, or stage 2 of the escalation. */
export type RecordableMeasure = ReconciliationMeasure | "Stage 2";

/** Which of the optional register columns a measure is counted from are present. */
export interface RecordedColumns {
  /** "Stage". */
  stage: boolean;
  /** "Satisfactory remedy by the council". */
  satisfactoryRemedy: boolean;
  /** "Remedy complied with" or "Compliance date". */
  compliance: boolean;
}

/**
 * The measures a register with these columns cannot count. Investigations and upheld decisions
 * come from the LGSCO decision and its date, which every register linked has.
 */
export function measuresNotRecorded(columns: RecordedColumns): RecordableMeasure[] {
  const measures: RecordableMeasure[] = RECONCILIATION_MEASURES.filter(
    (measure) => (measure === "Satisfactory remedies" && !columns.satisfactoryRemedy) || (measure === "Compliance outcomes" && !columns.compliance),
  );
  return columns.stage ? measures : [...measures, "Stage 2"];
}

function reconciliationMeasures(measures: readonly RecordableMeasure[]): ReconciliationMeasure[] {
  return measures.filter((measure): measure is ReconciliationMeasure => measure !== "Stage 2");
}

function emptyYear(year: string): YearRecordCounts {
  return { year, "Detailed investigations": [], Upheld: [], "Satisfactory remedies": [], "Compliance outcomes": [] };
}

function datesOf(complaint: OwnComplaint): string[] {
  return [complaint.dateReceived, complaint.lgscoDecisionDate, complaint.complianceDate].filter((date): date is string => date !== undefined);
}

/**
 * The register's counts per LGSCO year, by the date LGSCO decided: detailed investigations,
 * upheld, satisfactory remedies and compliance outcomes, each with the complaints counted so a
 * difference can be traced to references. What cannot be placed is listed, never guessed.
 */
export function countByYear(complaints: readonly OwnComplaint[], notRecordedMeasures: readonly RecordableMeasure[] = []): RecordCounts {
  const notRecorded = reconciliationMeasures(notRecordedMeasures);
  const years = new Map<string, YearRecordCounts>();
  const uncounted: UncountedComplaint[] = [];
  const yearEntry = (year: string) => {
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = emptyYear(year)));
    return entry;
  };
  const allDates: string[] = [];

  for (const complaint of complaints) {
    allDates.push(...datesOf(complaint));
    const { reference, rows } = complaint;
    const counted = (date: string): CountedComplaint => ({ reference, date, rows, repeated: rows.length > 1 });
    const outcome = complaint.lgscoDecision;
    const complianceRecorded = complaint.remedyCompliedWith !== undefined || complaint.complianceDate !== undefined;

    if (complaint.lgscoDecisionUnrecognised !== undefined) {
      uncounted.push({ reference, rows, reason: `its LGSCO decision "${complaint.lgscoDecisionUnrecognised}" is not an outcome LGSCO publishes`, measures: [...RECONCILIATION_MEASURES] });
      continue;
    }
    // A "No" beside a decision that is not upheld is harmless (nothing to remedy); a "Yes" or a
    // compliance date there means the decision or the remedy is recorded wrongly.
    const remedyYes = complaint.satisfactoryRemedy === true;
    const complianceYes = complaint.remedyCompliedWith === true || complaint.complianceDate !== undefined;
    if (outcome !== "upheld" && (remedyYes || complianceYes)) {
      const recorded = [remedyYes && "a satisfactory remedy", complianceYes && "compliance with a remedy"].filter(Boolean).join(" and ");
      const decision = outcome ? `"${LGSCO_OUTCOME_NAMES[outcome]}"` : "no LGSCO decision";
      const measures: ReconciliationMeasure[] = ["Upheld"];
      if (remedyYes) measures.push("Satisfactory remedies");
      if (complianceYes) measures.push("Compliance outcomes");
      uncounted.push({ reference, rows, reason: `${recorded} is recorded but the decision is ${decision}, not upheld`, measures });
    }
    if (!isInvestigated(outcome)) continue;
    const decisionDate = complaint.lgscoDecisionDate;
    if (decisionDate === undefined) {
      uncounted.push({ reference, rows, reason: `LGSCO's decision (${LGSCO_OUTCOME_NAMES[outcome!]}) has no decision date`, measures: outcome === "upheld" ? [...RECONCILIATION_MEASURES] : ["Detailed investigations"] });
      continue;
    }
    const entry = yearEntry(yearOfDate(decisionDate));
    entry["Detailed investigations"].push(counted(decisionDate));
    if (outcome !== "upheld") continue;
    entry.Upheld.push(counted(decisionDate));
    if (complaint.satisfactoryRemedy === true) entry["Satisfactory remedies"].push(counted(decisionDate));
    if (complianceRecorded) {
      const complianceDate = complaint.complianceDate ?? decisionDate;
      yearEntry(yearOfDate(complianceDate))["Compliance outcomes"].push(counted(complianceDate));
    }
  }
  allDates.sort();
  const span = allDates.length > 0 ? { from: allDates[0]!, to: allDates[allDates.length - 1]! } : undefined;
  return {
    years: [...years.values()].sort((a, b) => compareYears(a.year, b.year)),
    ...(notRecorded.length > 0 ? { notRecorded: [...notRecorded] } : {}),
    uncounted,
    ...(span ? { span } : {}),
  };
}

/** How complaints received in one year moved through the procedure and on to LGSCO. */
export interface EscalationRow {
  year: string;
  /** Complaints received in the year: every complaint starts at stage 1. */
  stage1: number;
  /** Of those, escalated to stage 2 (or beyond); absent when the register has no stage column (not recorded, not 0). */
  stage2?: number;
  /** Of those, taken to LGSCO. */
  reachedLgsco: number;
  /** Of those, decided by LGSCO after a detailed investigation (upheld or not upheld). */
  investigated: number;
  /** Percentages (12.5 means 12.5%), unrounded; absent when the base is 0. */
  stage2Rate?: number;
  /** Reached LGSCO as a percentage of stage 1. */
  reachedLgscoRate?: number;
  /** Investigated as a percentage of those that reached LGSCO. */
  investigatedRate?: number;
}

export interface Escalation {
  rows: EscalationRow[];
  /** References without a date received, which no year can hold. */
  undated: string[];
}

function rate(count: number, of: number): number | undefined {
  return of === 0 ? undefined : (100 * count) / of;
}

/**
 * Escalation per LGSCO year of the date received, following each year's complaints forward:
 * stage 1, stage 2, reached LGSCO, investigated by LGSCO, with rates of each step. A register
 * without a stage column records no stage 2 ("Stage 2" in `notRecorded`): left out, never 0.
 */
export function escalation(complaints: readonly OwnComplaint[], notRecorded: readonly RecordableMeasure[] = []): Escalation {
  const stageRecorded = !notRecorded.includes("Stage 2");
  const years = new Map<string, EscalationRow>();
  const undated: string[] = [];
  for (const complaint of complaints) {
    if (complaint.dateReceived === undefined) {
      undated.push(complaint.reference);
      continue;
    }
    const year = yearOfDate(complaint.dateReceived);
    let row = years.get(year);
    if (!row) years.set(year, (row = { year, stage1: 0, ...(stageRecorded ? { stage2: 0 } : {}), reachedLgsco: 0, investigated: 0 }));
    row.stage1 += 1;
    if (row.stage2 !== undefined && (complaint.stage ?? 1) >= 2) row.stage2 += 1;
    if (complaint.reachedLgsco) row.reachedLgsco += 1;
    if (isInvestigated(complaint.lgscoDecision)) row.investigated += 1;
  }
  const rows = [...years.values()].sort((a, b) => compareYears(a.year, b.year));
  for (const row of rows) {
    const stage2Rate = row.stage2 === undefined ? undefined : rate(row.stage2, row.stage1);
    const reachedLgscoRate = rate(row.reachedLgsco, row.stage1);
    const investigatedRate = rate(row.investigated, row.reachedLgsco);
    if (stage2Rate !== undefined) row.stage2Rate = stage2Rate;
    if (reachedLgscoRate !== undefined) row.reachedLgscoRate = reachedLgscoRate;
    if (investigatedRate !== undefined) row.investigatedRate = investigatedRate;
  }
  return { rows, undated };
}
