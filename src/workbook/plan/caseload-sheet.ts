// The `Ombudsman caseload` sheet: table `OmbudsmanCaseload`, one row per council, year and
// measure: the 2024-25 complaint overview, complaints received by category and decisions by
// outcome (older letters and data files).
import { sourceLabel, sourceOfFigure } from "../../domain/figure-sources";
import type { YearFigures } from "../../domain/types";
import { countCell, percentCell, textCell, toTableBody, type PlanCell } from "./cell-formats";
import { orderedCouncilYears } from "./key-stats-sheet";
import type { PlanColumn, PlanSheet } from "./plan";
import type { PlanInput } from "./plan-input";
import { councilSources, sheetHeader } from "./sheet-header";

export const CASELOAD_SHEET = "Ombudsman caseload";
export const CASELOAD_TABLE = "OmbudsmanCaseload";

export const CASELOAD_COLUMNS: readonly PlanColumn[] = [
  { name: "Council", width: 34 },
  { name: "Year", width: 9 },
  { name: "Measure", width: 48 },
  { name: "Value", width: 9 },
  { name: "Source", width: 60 },
];

const OVERVIEW_MEASURES = [
  ["dealtWith", "Complaints dealt with"],
  ["notForUs", "Not for us or not ready for us to investigate"],
  ["assessedAndClosed", "Assessed and closed"],
  ["investigated", "Investigated"],
] as const;

const DECISION_MEASURES = [
  ["total", "Decisions made"],
  ["detailedInvestigations", "Decisions: detailed investigations"],
  ["invalidOrIncomplete", "Decisions: invalid or incomplete"],
  ["adviceGiven", "Decisions: advice given"],
  ["referredBackForLocalResolution", "Decisions: referred back for local resolution"],
  ["closedAfterInitialEnquiries", "Decisions: closed after initial enquiries"],
  ["notUpheld", "Decisions: not upheld"],
  ["upheld", "Decisions: upheld"],
] as const;

/** LGSCO's names for its complaint categories, keyed by the category written without spaces or punctuation. */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  adultcare: "Adult care services",
  adultcareservices: "Adult care services",
  benefitstax: "Benefits and tax",
  benefitsandtax: "Benefits and tax",
  corporateother: "Corporate and other services",
  corporateandotherservices: "Corporate and other services",
  educationchildrens: "Education and children's services",
  educationandchildrensservices: "Education and children's services",
  environmentregulation: "Environmental services, public protection and regulation",
  environmentalservicespublicprotectionandregulation: "Environmental services, public protection and regulation",
  highwaystransport: "Highways and transport",
  highwaysandtransport: "Highways and transport",
  housing: "Housing",
  planningdevelopment: "Planning and development",
  planninganddevelopment: "Planning and development",
  other: "Other",
};

/** "education_childrens" → "Education and children's services"; an unknown key is spelt out ("taxiLicensing" → "Taxi licensing"). */
export function categoryName(key: string): string {
  const known = CATEGORY_NAMES[key.toLowerCase().replace(/[^a-z]/g, "")];
  if (known) return known;
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function caseloadRows(councilName: string, figures: YearFigures): PlanCell[][] {
  const row = (measure: string, value: PlanCell, path: string): PlanCell[] => [
    textCell(councilName),
    textCell(figures.year),
    textCell(measure),
    value,
    textCell(sourceLabel(sourceOfFigure(figures, path))),
  ];
  const rows: PlanCell[][] = [];
  for (const [key, measure] of OVERVIEW_MEASURES) {
    const value = figures.overview?.[key];
    if (value !== undefined) rows.push(row(measure, countCell(value), `overview.${key}`));
  }
  if (figures.received?.total !== undefined) rows.push(row("Complaints received", countCell(figures.received.total), "received.total"));
  const categories = Object.entries(figures.received?.byCategory ?? {}).sort(([a], [b]) => categoryName(a).localeCompare(categoryName(b), "en-GB"));
  for (const [key, value] of categories) rows.push(row(`Received: ${categoryName(key)}`, countCell(value), `received.byCategory.${key}`));
  for (const [key, measure] of DECISION_MEASURES) {
    const value = figures.decisions?.[key];
    if (value !== undefined) rows.push(row(measure, countCell(value), `decisions.${key}`));
  }
  if (figures.decisions?.upholdRate !== undefined) {
    rows.push(row("Decisions: uphold rate", percentCell(figures.decisions.upholdRate), "decisions.upholdRate"));
  }
  return rows;
}

export function caseloadSheet(input: PlanInput): PlanSheet {
  const cells = orderedCouncilYears(input.councils).flatMap(({ council, figures }) => caseloadRows(council.authority.name, figures));
  return {
    key: "caseload",
    name: CASELOAD_SHEET,
    header: sheetHeader({
      title: "Ombudsman Scrutiny: complaints and decisions",
      councils: input.councils,
      sources: councilSources(input.councils),
      asOf: input.asOf,
      note: "Counts as LGSCO published them; a measure not published for a year has no row.",
    }),
    tables: [{ name: CASELOAD_TABLE, columns: [...CASELOAD_COLUMNS], ...toTableBody(cells), highlights: [], rowKey: { columns: ["Council", "Year", "Measure"], gone: "blank" } }],
    charts: [],
  };
}
