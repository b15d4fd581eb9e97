// How the council handled its own complaints in one LGSCO year (1 April to 31 March), for the
// committee pack: the funnel from stage 1 to LGSCO, timeliness against the Complaint Handling
// Code's limits (acknowledged within 5 working days; a response within 10 working days at
// stage 1 and 20 at stage 2), complaints by service and the complaints not accepted. Working
// days are counted from the day after receipt (working-days.ts). A count the register has no
// column for is absent, never 0.
import { isInvestigated, type InternalStage, type OwnComplaint, type StageHandling } from "./own-records";
import { workingDaysBetween } from "./working-days";
import { yearOfDate } from "./years";

/** The Code's limits, in working days. Stage 3 is outside the Code's two stages: no limit. */
export const ACKNOWLEDGE_WITHIN_DAYS = 5;
export const RESPONSE_LIMIT_DAYS: Readonly<Record<InternalStage, number | undefined>> = { 1: 10, 2: 20, 3: undefined };

/** Which of the register's optional columns are there: a count needing a missing one is not made. */
export interface HandlingColumns {
  stage: boolean;
  service: boolean;
  dateAcknowledged: boolean;
  dateResponded: boolean;
  internalOutcome: boolean;
  reasonNotAccepted: boolean;
  /** Any LGSCO column (reference, decision or decision date). */
  lgsco: boolean;
}

export interface StageTimeliness {
  stage: InternalStage;
  /** The Code's response limit for the stage, in working days. */
  limit?: number;
  /** Complaints received at this stage in the year. */
  received: number;
  /** With a date acknowledged; absent without the column. */
  acknowledged?: number;
  acknowledgedInTime?: number;
  /** With a date of response; absent without the column. */
  responded?: number;
  /** Responded within the stage's limit; absent without the column or without a limit. */
  respondedInTime?: number;
  /** Median working days from receipt to response, over those responded and counted. */
  medianDaysToRespond?: number;
  /** Rows whose days could not be counted: a date outside the bank-holiday years held, or a response dated before receipt. */
  notCounted: number;
}

export interface ComplaintFunnel {
  /** Complaints received in the year (every complaint starts at stage 1). */
  stage1: number;
  stage2?: number;
  broughtToLgsco?: number;
  decided?: number;
  investigated?: number;
  upheld?: number;
}

export interface ServiceRow {
  service: string;
  received: number;
  /** Upheld or partly upheld by the council at any stage; absent without an outcome column. */
  upheld?: number;
  /** Stage responses within the Code's limit, of those responded; absent without a date of response column. */
  respondedInTime?: number;
  responded?: number;
}

export interface NotAcceptedRow {
  reason: string;
  complaints: number;
}

/** The service written where a complaint names none. */
export const NO_SERVICE = "Service not recorded";

const receivedIn = (year: string) => (complaint: OwnComplaint) => complaint.dateReceived !== undefined && yearOfDate(complaint.dateReceived) === year;

/** The complaint's stage handling, or one stage-1 row from its own dates when the reader gave none. */
function handlingOf(complaint: OwnComplaint): StageHandling[] {
  if (complaint.handling && complaint.handling.length > 0) return complaint.handling;
  return [{ stage: 1, row: complaint.rows[0] ?? 0, ...(complaint.dateReceived ? { received: complaint.dateReceived } : {}) }];
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Working days to respond, or undefined when it cannot be counted. */
function daysToRespond(handling: StageHandling): number | undefined {
  if (handling.received === undefined || handling.responded === undefined || handling.responded < handling.received) return undefined;
  return workingDaysBetween(handling.received, handling.responded);
}

/** Whether a stage's response came within its limit; undefined when it cannot be said. */
export function respondedInTime(handling: StageHandling): boolean | undefined {
  const limit = RESPONSE_LIMIT_DAYS[handling.stage];
  const days = daysToRespond(handling);
  return limit === undefined || days === undefined ? undefined : days <= limit;
}

/** Timeliness by stage for the stages received in the year (by each stage's own date received). */
export function timelinessByStage(complaints: readonly OwnComplaint[], year: string, columns: HandlingColumns): StageTimeliness[] {
  const stages = new Map<InternalStage, StageHandling[]>();
  for (const handling of complaints.flatMap(handlingOf)) {
    if (handling.received === undefined || yearOfDate(handling.received) !== year) continue;
    const list = stages.get(handling.stage);
    if (list) list.push(handling);
    else stages.set(handling.stage, [handling]);
  }
  return [...stages.entries()]
    .sort(([a], [b]) => a - b)
    .map(([stage, rows]) => {
      const limit = RESPONSE_LIMIT_DAYS[stage];
      let notCounted = 0;
      const row: StageTimeliness = { stage, received: rows.length, notCounted: 0, ...(limit === undefined ? {} : { limit }) };
      if (columns.dateAcknowledged) {
        const acknowledged = rows.filter((handling) => handling.acknowledged !== undefined);
        const days = acknowledged.map((handling) => (handling.acknowledged! < handling.received! ? undefined : workingDaysBetween(handling.received!, handling.acknowledged!)));
        notCounted += days.filter((d) => d === undefined).length;
        row.acknowledged = acknowledged.length;
        row.acknowledgedInTime = days.filter((d) => d !== undefined && d <= ACKNOWLEDGE_WITHIN_DAYS).length;
      }
      if (columns.dateResponded) {
        const responded = rows.filter((handling) => handling.responded !== undefined);
        const days = responded.map(daysToRespond);
        const counted = days.filter((d): d is number => d !== undefined);
        notCounted += days.length - counted.length;
        row.responded = responded.length;
        if (limit !== undefined) row.respondedInTime = counted.filter((d) => d <= limit).length;
        const middle = median(counted);
        if (middle !== undefined) row.medianDaysToRespond = middle;
      }
      row.notCounted = notCounted;
      return row;
    });
}

/** Complaints received in the year followed forward: stage 2, brought to LGSCO, decided, investigated, upheld. */
export function complaintFunnel(complaints: readonly OwnComplaint[], year: string, columns: HandlingColumns): ComplaintFunnel {
  const cohort = complaints.filter(receivedIn(year));
  const funnel: ComplaintFunnel = { stage1: cohort.length };
  if (columns.stage) funnel.stage2 = cohort.filter((complaint) => (complaint.stage ?? 1) >= 2).length;
  if (columns.lgsco) {
    funnel.broughtToLgsco = cohort.filter((complaint) => complaint.reachedLgsco).length;
    funnel.decided = cohort.filter((complaint) => complaint.lgscoDecision !== undefined).length;
    funnel.investigated = cohort.filter((complaint) => isInvestigated(complaint.lgscoDecision)).length;
    funnel.upheld = cohort.filter((complaint) => complaint.lgscoDecision === "upheld").length;
  }
  return funnel;
}

/** The council's own finding as registers write it: "Upheld", "Partly upheld", "Not upheld". */
export function councilUpheld(outcome: string): boolean | undefined {
  const t = ` ${outcome.toLowerCase().replace(/[^a-z]+/g, " ").trim()} `;
  if (/ not upheld | no fault | rejected /.test(t)) return false;
  if (/ upheld | partly | partially | justified | fault /.test(t)) return true;
  return undefined;
}

function upheldByCouncil(complaint: OwnComplaint): boolean {
  const outcomes = [complaint.internalOutcome, ...handlingOf(complaint).map((handling) => handling.outcome)];
  return outcomes.some((outcome) => outcome !== undefined && councilUpheld(outcome) === true);
}

/** Complaints received in the year by service, most received first. */
export function complaintsByService(complaints: readonly OwnComplaint[], year: string, columns: HandlingColumns): ServiceRow[] {
  const services = new Map<string, OwnComplaint[]>();
  for (const complaint of complaints.filter(receivedIn(year))) {
    const service = complaint.service?.trim() || NO_SERVICE;
    const key = service.toLowerCase();
    const list = services.get(key);
    if (list) list.push({ ...complaint, service });
    else services.set(key, [{ ...complaint, service }]);
  }
  return [...services.values()]
    .map((group) => {
      const row: ServiceRow = { service: group[0]!.service!, received: group.length };
      if (columns.internalOutcome) row.upheld = group.filter(upheldByCouncil).length;
      if (columns.dateResponded) {
        const answers = group.flatMap(handlingOf).map(respondedInTime).filter((inTime): inTime is boolean => inTime !== undefined);
        row.responded = answers.length;
        row.respondedInTime = answers.filter(Boolean).length;
      }
      return row;
    })
    .sort((a, b) => b.received - a.received || a.service.localeCompare(b.service, "en-GB"));
}

/** Complaints received in the year that the council did not accept, by the reason written. */
export function notAcceptedByReason(complaints: readonly OwnComplaint[], year: string): NotAcceptedRow[] {
  const reasons = new Map<string, NotAcceptedRow>();
  for (const complaint of complaints.filter(receivedIn(year))) {
    const reason = complaint.reasonNotAccepted?.trim();
    if (!reason) continue;
    const key = reason.toLowerCase();
    const row = reasons.get(key) ?? { reason, complaints: 0 };
    row.complaints += 1;
    reasons.set(key, row);
  }
  return [...reasons.values()].sort((a, b) => b.complaints - a.complaints || a.reason.localeCompare(b.reason, "en-GB"));
}
