// What the columns of LGSCO's bulk data files mean, whatever they are called. The layout of a
// real file is not verified (issue 3): these are the plausible wordings of LGSCO's letters,
// pages and tables ("Authority", "Council name", "Upheld rate", "% upheld", "Complaints
// received", "Detailed investigations", "Compliance rate", "Satisfactory remedy" …).
import type { ColumnSpec, Vocabulary } from "../tables/column-matching";

/** Categories of complaints received, keyed as in the dataset (`complaints_received_<key>`). */
export const RECEIVED_CATEGORIES = {
  receivedAdultCare: "adult_care",
  receivedBenefitsTax: "benefits_tax",
  receivedCorporateOther: "corporate_other",
  receivedEducationChildrens: "education_childrens",
  receivedEnvironmentRegulation: "environment_regulation",
  receivedHighwaysTransport: "highways_transport",
  receivedHousing: "housing",
  receivedPlanningDevelopment: "planning_development",
  receivedOther: "other",
} as const;
export type ReceivedCategoryField = keyof typeof RECEIVED_CATEGORIES;

/** Decision outcomes as LGSCO publishes them, keyed as in `YearFigures.decisions`. */
export const DECISION_OUTCOMES = {
  decidedInvalidOrIncomplete: "invalidOrIncomplete",
  decidedAdviceGiven: "adviceGiven",
  decidedReferredBack: "referredBackForLocalResolution",
  decidedClosedAfterInitialEnquiries: "closedAfterInitialEnquiries",
  decidedNotUpheld: "notUpheld",
} as const;
export type DecisionOutcomeField = keyof typeof DECISION_OUTCOMES;

export type DataFileField =
  | "authority"
  | "authorityType"
  | "gss"
  | "year"
  | "notes"
  | "received"
  | ReceivedCategoryField
  | DecisionOutcomeField
  | "upheld"
  | "decisionsTotal"
  | "total"
  | "upheldRate"
  | "upheldAverage"
  | "investigations"
  | "upheldPer100k"
  | "upheldPer100kAverage"
  | "complianceRate"
  | "complianceOutcomes"
  | "complianceAverage"
  | "remedyRate"
  | "remedyCount"
  | "remedyAverage"
  | "dealtWith"
  | "notForUs"
  | "assessedAndClosed";

const CATEGORY_WORDS = ["adult", "benefits", "corporate", "education", "children", "environment", "highways", "transport", "housing", "planning", "other"];
const RATE_WORDS = ["percent", "average", "similar", "100k"];

const specs: ColumnSpec<DataFileField>[] = [
  {
    key: "authority",
    label: "Council",
    phrases: ["authority", "council", "organisation", "local authority name", "body"],
    unless: ["type", "code", "region", "upheld", "compliance", "remedy", "received", "decided", "investigations", ...RATE_WORDS],
  },
  { key: "authorityType", label: "Type of council", phrases: ["authority type", "council type", "type", "tier"], unless: ["average"] },
  { key: "gss", label: "GSS code", phrases: ["gss", "ons code", "code", "authority code"] },
  { key: "year", label: "Year", phrases: ["year", "period", "financial year", "business year"], unless: ["received", "decided", "upheld", ...RATE_WORDS] },
  { key: "notes", label: "Notes", phrases: ["notes", "note", "comments", "footnote"] },
  {
    key: "received",
    label: "Complaints received",
    phrases: ["complaints received", "received", "complaints enquiries received", "total received"],
    unless: CATEGORY_WORDS,
  },
  { key: "receivedAdultCare", label: "Received: adult care services", phrases: ["adult care", "adult social care", "adult"] },
  { key: "receivedBenefitsTax", label: "Received: benefits and tax", phrases: ["benefits", "benefits tax"] },
  { key: "receivedCorporateOther", label: "Received: corporate and other services", phrases: ["corporate", "corporate other"] },
  { key: "receivedEducationChildrens", label: "Received: education and children's services", phrases: ["education", "childrens", "children"] },
  {
    key: "receivedEnvironmentRegulation",
    label: "Received: environmental services, public protection and regulation",
    phrases: ["environment", "environmental", "public protection", "regulation"],
  },
  { key: "receivedHighwaysTransport", label: "Received: highways and transport", phrases: ["highways", "transport"] },
  { key: "receivedHousing", label: "Received: housing", phrases: ["housing"] },
  { key: "receivedPlanningDevelopment", label: "Received: planning and development", phrases: ["planning", "development"] },
  { key: "receivedOther", label: "Received: other", phrases: ["other"], unless: ["corporate"] },
  { key: "decidedInvalidOrIncomplete", label: "Decided: invalid or incomplete", phrases: ["invalid", "incomplete"] },
  { key: "decidedAdviceGiven", label: "Decided: advice given", phrases: ["advice given", "advice"] },
  { key: "decidedReferredBack", label: "Decided: referred back for local resolution", phrases: ["referred back", "local resolution", "premature"] },
  { key: "decidedClosedAfterInitialEnquiries", label: "Decided: closed after initial enquiries", phrases: ["closed after initial enquiries", "initial enquiries"] },
  { key: "decidedNotUpheld", label: "Decided: not upheld", phrases: ["not upheld"], unless: RATE_WORDS },
  {
    key: "upheld",
    label: "Upheld decisions",
    phrases: ["upheld", "upheld decisions", "number upheld"],
    unless: ["not", "remedy", ...RATE_WORDS],
  },
  { key: "decisionsTotal", label: "Decisions made", phrases: ["decisions total", "total decisions", "decided", "decisions made", "total decided"], unless: ["upheld", "not"] },
  { key: "total", label: "Total", phrases: ["total"], unless: ["received", "decisions", "decided", "upheld", ...RATE_WORDS] },
  { key: "upheldRate", label: "Upheld rate", phrases: ["upheld percent", "complaints upheld percent"], unless: ["not", "average", "similar", "100k"] },
  { key: "upheldAverage", label: "Similar authorities' upheld rate", phrases: ["upheld average", "upheld similar"], unless: ["100k", "not"] },
  {
    key: "investigations",
    label: "Detailed investigations",
    phrases: ["detailed investigations", "investigations", "number investigations"],
    unless: ["upheld", ...RATE_WORDS],
  },
  { key: "upheldPer100k", label: "Upheld decisions per 100,000 residents", phrases: ["100k", "upheld 100k"], unless: ["average", "similar"] },
  { key: "upheldPer100kAverage", label: "Similar authorities' upheld per 100,000", phrases: ["100k average", "100k similar"] },
  {
    key: "complianceRate",
    label: "Compliance rate",
    phrases: ["compliance percent", "compliance", "implemented recommendations"],
    unless: ["outcomes", "average", "similar", "number", "date"],
  },
  { key: "complianceOutcomes", label: "Compliance outcomes", phrases: ["compliance outcomes", "number compliance", "compliance cases"], unless: ["percent", "average", "similar"] },
  { key: "complianceAverage", label: "Similar authorities' compliance rate", phrases: ["compliance average", "compliance similar"] },
  {
    key: "remedyRate",
    label: "Satisfactory remedy rate",
    phrases: ["satisfactory remedy", "satisfactory remedy percent"],
    unless: ["decisions", "number", "count", "average", "similar"],
  },
  {
    key: "remedyCount",
    label: "Satisfactory remedy decisions",
    phrases: ["satisfactory remedy decisions", "number satisfactory remedy", "satisfactory remedy count", "satisfactory remedies"],
    unless: ["percent", "average", "similar"],
  },
  { key: "remedyAverage", label: "Similar authorities' satisfactory remedy rate", phrases: ["satisfactory remedy average", "satisfactory remedy similar", "remedy average"] },
  { key: "dealtWith", label: "Complaints dealt with", phrases: ["dealt with", "complaints dealt"] },
  { key: "notForUs", label: "Not for us or not ready", phrases: ["not for us", "not ready"], unless: ["upheld"] },
  { key: "assessedAndClosed", label: "Assessed and closed", phrases: ["assessed closed", "assessed"] },
];

export const DATA_FILE_VOCABULARY: Vocabulary<DataFileField> = {
  specs,
  synonyms: {
    lgo: "ombudsman",
    lgsco: "ombudsman",
    organization: "organisation",
    councils: "council",
    authorities: "authority",
    la: "authority",
    complaint: "complaints",
    enquiry: "enquiries",
    decision: "decisions",
    investigation: "investigations",
    investigated: "investigations",
    uphold: "upheld",
    rate: "percent",
    proportion: "percent",
    pct: "percent",
    avg: "average",
    mean: "average",
    comparable: "similar",
    complied: "compliance",
    comply: "compliance",
    compliant: "compliance",
    recommendation: "recommendations",
    child: "children",
    environmental: "environment",
    highway: "highways",
    benefit: "benefits",
    outcome: "outcomes",
  },
  rewrites: [
    [/\b100[ ,.]?000\b/g, " 100k "],
    [/\bper\s+100k\b/g, " 100k "],
    [/\bchildren'?s\b/g, " children "],
  ],
};

/** The plain-English name of a field, for reports. */
export function dataFileFieldLabel(field: DataFileField): string {
  return specs.find((spec) => spec.key === field)?.label ?? field;
}

/** Columns whose values are counts that a file may hold as rates by mistake of wording, and back. */
export const COUNT_OR_RATE: readonly (readonly [count: DataFileField, rate: DataFileField])[] = [
  ["upheld", "upheldRate"],
  ["remedyCount", "remedyRate"],
  ["complianceOutcomes", "complianceRate"],
];
