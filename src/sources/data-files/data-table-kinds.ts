// The kinds of data table LGSCO publishes (one file per measure per year), kept as data: the
// columns that mark each kind and what its "Total" column counts. A sheet is the kind whose
// marks it carries; a sheet carrying the marks of two kinds is a key-statistics table, whose
// "Total" is not placed (it could count either).
import type { DataFileField } from "./data-file-columns";

export type DataTableKindName = "decisions" | "complaints-received" | "remedy-and-compliance" | "key-statistics";

export interface DataTableKind {
  kind: DataTableKindName;
  /** In the analyst's words, for the report: "a decisions table". */
  label: string;
  /** Columns that say a sheet is of this kind. */
  marks: readonly DataFileField[];
  /** What a column headed only "Total" counts in this kind of table. */
  total?: DataFileField;
}

export const DATA_TABLE_KINDS: readonly DataTableKind[] = [
  {
    kind: "decisions",
    label: "a decisions table",
    marks: [
      "decidedAdviceGiven",
      "decidedClosedAfterInitialEnquiries",
      "decidedInvalidOrIncomplete",
      "decidedReferredBack",
      "decidedNotUpheld",
      "upheld",
      "upheldRate",
      "decisionsTotal",
      "investigations",
    ],
    total: "decisionsTotal",
  },
  {
    kind: "complaints-received",
    label: "a complaints received table",
    marks: [
      "received",
      "receivedAdultCare",
      "receivedBenefitsTax",
      "receivedCorporateOther",
      "receivedEducationChildrens",
      "receivedEnvironmentRegulation",
      "receivedHighwaysTransport",
      "receivedHousing",
      "receivedPlanningDevelopment",
      "receivedOther",
    ],
    total: "received",
  },
  {
    kind: "remedy-and-compliance",
    label: "a remedy and compliance table",
    marks: ["complianceRate", "complianceOutcomes", "complianceAverage", "remedyRate", "remedyCount", "remedyAverage"],
  },
];

const KEY_STATISTICS: DataTableKind = { kind: "key-statistics", label: "a key statistics table (several measures)", marks: [] };

/**
 * The kind of a sheet from the fields its header placed (a "Total" column aside): the one kind
 * it carries marks of, key statistics when it carries several, undefined when none.
 */
export function dataTableKindOf(fields: readonly DataFileField[]): DataTableKind | undefined {
  const present = new Set(fields);
  const kinds = DATA_TABLE_KINDS.filter((kind) => kind.marks.some((mark) => present.has(mark)));
  if (kinds.length === 0) return undefined;
  // Remedy and compliance figures beside a decisions table do not make "Total" ambiguous.
  const totalKinds = kinds.filter((kind) => kind.total !== undefined);
  if (kinds.length === 1) return kinds[0];
  if (totalKinds.length === 1) return { ...KEY_STATISTICS, total: totalKinds[0]!.total! };
  return KEY_STATISTICS;
}

/** Every measure some kind of table is marked by, in the analyst's words, for "what is missing". */
export const KNOWN_MEASURES =
  '"Upheld", "Not upheld", "Uphold rate", "Advice given", "Closed after initial enquiries", "Incomplete/Invalid", ' +
  '"Referred back for local resolution", "Total", "Complaints received", "Compliance rate", "Satisfactory remedy"';
