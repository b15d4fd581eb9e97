// `Pack our complaints`, from the council's register: PackFunnel, PackTimeliness, PackServices
// and PackNotAccepted for complaints received in the LGSCO year. A table the register cannot
// fill is written headed and empty, and the note names the column that would fill it; a count
// the register has no column for is an empty cell, never 0.
import {
  ACKNOWLEDGE_WITHIN_DAYS,
  complaintFunnel,
  complaintsByService,
  notAcceptedByReason,
  timelinessByStage,
  type ComplaintFunnel,
  type HandlingColumns,
} from "../../../domain/complaint-handling";
import { BANK_HOLIDAYS_SOURCE } from "../../../domain/bank-holidays";
import { countCell, textCell, toTableBody, type PlanCell } from "../cell-formats";
import type { PlanColumn, PlanSheet, PlanTable } from "../plan";
import { sheetHeader } from "../sheet-header";
import type { PackContext, PackRegister } from "./pack-input";

export const PACK_COMPLAINTS_SHEET = "Pack our complaints";
export const PACK_FUNNEL_TABLE = "PackFunnel";
export const PACK_TIMELINESS_TABLE = "PackTimeliness";
export const PACK_SERVICES_TABLE = "PackServices";
export const PACK_NOT_ACCEPTED_TABLE = "PackNotAccepted";

const OWN_RATE_FORMAT = "0%";

/** A share the register's own counts give (count of a base), as a fraction; empty when either is missing or the base is 0. */
export function shareCell(count: number | undefined, of: number | undefined): PlanCell {
  return { value: count === undefined || of === undefined || of === 0 ? null : count / of, format: OWN_RATE_FORMAT };
}

const FUNNEL_COLUMNS: readonly PlanColumn[] = [
  { name: "Step", width: 34 },
  { name: "Complaints", width: 11 },
  { name: "% of stage 1", width: 11 },
];

const TIMELINESS_COLUMNS: readonly PlanColumn[] = [
  { name: "Stage", width: 8 },
  { name: "Received", width: 9 },
  { name: "Acknowledged", width: 12 },
  { name: `Acknowledged within ${ACKNOWLEDGE_WITHIN_DAYS} working days`, width: 14 },
  { name: "Limit (working days)", width: 10 },
  { name: "Responded", width: 10 },
  { name: "Responded within limit", width: 12 },
  { name: "Within limit %", width: 10 },
  { name: "Median working days to respond", width: 14 },
  { name: "Not counted", width: 9 },
];

const SERVICES_COLUMNS: readonly PlanColumn[] = [
  { name: "Service", width: 34 },
  { name: "Received", width: 9 },
  { name: "Upheld", width: 8 },
  { name: "Responses", width: 10 },
  { name: "On time", width: 8 },
  { name: "On time %", width: 9 },
];

const NOT_ACCEPTED_COLUMNS: readonly PlanColumn[] = [
  { name: "Reason", width: 50 },
  { name: "Complaints", width: 11 },
];

function funnelRows(funnel: ComplaintFunnel): PlanCell[][] {
  const steps: [string, number | undefined][] = [
    ["Stage 1 (received in the year)", funnel.stage1],
    ["Stage 2", funnel.stage2],
    ["Brought to LGSCO", funnel.broughtToLgsco],
    ["Decided by LGSCO", funnel.decided],
    ["Investigated by LGSCO", funnel.investigated],
    ["Upheld by LGSCO", funnel.upheld],
  ];
  return steps.map(([step, count]) => [textCell(step), countCell(count), shareCell(count, funnel.stage1)]);
}

function table(name: string, columns: readonly PlanColumn[], rows: PlanCell[][]): PlanTable {
  return { name, columns: [...columns], ...toTableBody(rows), highlights: [] };
}

/** The column that would fill each count the register cannot make, in the analyst's words. */
function missingColumnNotes(columns: HandlingColumns): string[] {
  const notes: string[] = [];
  if (!columns.stage) notes.push("PackFunnel Stage 2 needs a Stage column.");
  if (!columns.lgsco) notes.push("PackFunnel's LGSCO steps need an LGSCO decision column.");
  if (!columns.dateAcknowledged) notes.push("PackTimeliness acknowledgements need a Date acknowledged column.");
  if (!columns.dateResponded) notes.push("PackTimeliness responses and PackServices On time need a Date of response column.");
  if (!columns.internalOutcome) notes.push("PackServices Upheld needs an Outcome column.");
  if (!columns.service) notes.push("PackServices needs a Service column (all complaints are under \"Service not recorded\").");
  if (!columns.reasonNotAccepted) notes.push("PackNotAccepted needs a Reason not accepted column.");
  return notes;
}

function registerTables(context: PackContext, register: PackRegister): PlanTable[] {
  const { complaints, columns } = register;
  const funnel = complaintFunnel(complaints, context.year, columns);
  const timeliness = timelinessByStage(complaints, context.year, columns).map((row) => [
    textCell(`Stage ${row.stage}`),
    countCell(row.received),
    countCell(row.acknowledged),
    countCell(row.acknowledgedInTime),
    countCell(row.limit),
    countCell(row.responded),
    countCell(row.respondedInTime),
    shareCell(row.respondedInTime, row.responded === undefined ? undefined : row.responded - row.notCounted),
    { value: row.medianDaysToRespond ?? null, format: "0.0" },
    countCell(row.notCounted),
  ]);
  const services = complaintsByService(complaints, context.year, columns).map((row) => [
    textCell(row.service),
    countCell(row.received),
    countCell(row.upheld),
    countCell(row.responded),
    countCell(row.respondedInTime),
    shareCell(row.respondedInTime, row.responded),
  ]);
  const notAccepted = columns.reasonNotAccepted ? notAcceptedByReason(complaints, context.year).map((row) => [textCell(row.reason), countCell(row.complaints)]) : [];
  return [
    table(PACK_FUNNEL_TABLE, FUNNEL_COLUMNS, funnel.stage1 === 0 ? [] : funnelRows(funnel)),
    table(PACK_TIMELINESS_TABLE, TIMELINESS_COLUMNS, timeliness),
    table(PACK_SERVICES_TABLE, SERVICES_COLUMNS, services),
    table(PACK_NOT_ACCEPTED_TABLE, NOT_ACCEPTED_COLUMNS, notAccepted),
  ];
}

function complaintsNote(context: PackContext, register: PackRegister | undefined): string {
  if (register === undefined) {
    return "No complaints register was given, so these tables are empty: link the register in the pane, or give --records R.xlsx to cli pack.";
  }
  const received = complaintFunnel(register.complaints, context.year, register.columns).stage1;
  return [
    `Complaints received ${context.year} (1 April to 31 March) by date received.`,
    `Working days are Monday to Friday less England and Wales bank holidays (${BANK_HOLIDAYS_SOURCE}), counted from the day after receipt.`,
    "The Complaint Handling Code's limits: acknowledged within 5 working days; a response within 10 working days at stage 1 and 20 at stage 2.",
    "Within limit % is of the responses counted; Not counted are dates outside 2014 to 2027 or a response dated before receipt.",
    ...(received === 0 ? [`The register holds no complaint received in ${context.year}.`] : []),
    ...missingColumnNotes(register.columns),
  ].join(" ");
}

export function packComplaintsSheet(context: PackContext): PlanSheet {
  const register = context.request.records;
  const tables = register
    ? registerTables(context, register)
    : [
        table(PACK_FUNNEL_TABLE, FUNNEL_COLUMNS, []),
        table(PACK_TIMELINESS_TABLE, TIMELINESS_COLUMNS, []),
        table(PACK_SERVICES_TABLE, SERVICES_COLUMNS, []),
        table(PACK_NOT_ACCEPTED_TABLE, NOT_ACCEPTED_COLUMNS, []),
      ];
  return {
    key: "packComplaints",
    name: PACK_COMPLAINTS_SHEET,
    header: sheetHeader({
      title: `Committee pack ${context.year}: our complaints`,
      councils: context.inPlan,
      sources: register ? [`our register: ${register.source}`, BANK_HOLIDAYS_SOURCE] : [],
      asOf: context.request.asOf,
      note: complaintsNote(context, register),
    }),
    tables,
    charts: [],
  };
}
