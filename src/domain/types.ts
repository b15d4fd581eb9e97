// The data model of docs/design.md §3: what parsers produce, the dataset holds and the CLI prints.
// Rates are the published percentages as numbers (73 means 73%); an absent field means the
// figure was not published, never zero.

export const AUTHORITY_TYPES = [
  "County Council",
  "District Council",
  "Metropolitan Borough",
  "Unitary Council",
  "London Borough",
] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

export function isAuthorityType(value: string): value is AuthorityType {
  return (AUTHORITY_TYPES as readonly string[]).includes(value);
}

/**
 * Where a figure came from. `kind` is the sort of document; `url` or `title` names it.
 * "council-report" is a council's own site or committee papers quoting LGSCO; "press" is a news
 * report (or any other third-party page) quoting LGSCO: both rank below LGSCO's page and letter.
 */
export interface FigureSource {
  kind: "statistics-page" | "annual-letter" | "data-file" | "dataset" | "council-report" | "press";
  url?: string;
  title?: string;
  /** ISO date-time the document was fetched or read, where known. */
  retrieved?: string;
  /** Earlier figures for the same year this document's replaced, in words (shown in Sources). */
  replaced?: string;
  /**
   * "workbook": a letter kept in the workbook's settings and loaded when it opened, not read in
   * this add-in now; named as such in Sources, whoever put it there.
   */
  carriedBy?: "workbook";
}

export interface UpheldFigures {
  rate: number;
  count?: number;
  of?: number;
  similarAverage?: number;
}
export interface Per100kFigures {
  value: number;
  similarAverage?: number;
}
export interface ComplianceFigures {
  rate: number;
  of?: number;
  similarAverage?: number;
}
/** Base (`of`) is the number of upheld decisions (docs/design.md §1). */
export interface SatisfactoryRemedyFigures {
  rate: number;
  count?: number;
  of?: number;
  similarAverage?: number;
}
export interface ComplaintOverview {
  dealtWith?: number;
  notForUs?: number;
  assessedAndClosed?: number;
  investigated?: number;
}
export interface ComplaintsReceived {
  total?: number;
  byCategory?: Record<string, number>;
}
export interface DecisionsMade {
  total?: number;
  /** Detailed investigations completed (upheld + not upheld): the base of the upheld rate. */
  detailedInvestigations?: number;
  invalidOrIncomplete?: number;
  adviceGiven?: number;
  referredBackForLocalResolution?: number;
  closedAfterInitialEnquiries?: number;
  notUpheld?: number;
  upheld?: number;
  upholdRate?: number;
}

export interface YearFigures {
  /** LGSCO's name for the council, e.g. "London Borough of Harrow". */
  authority: string;
  /** Statistical year, e.g. "2019-20" (1 April 2019 to 31 March 2020). */
  year: string;
  upheld?: UpheldFigures;
  upheldPer100k?: Per100kFigures;
  compliance?: ComplianceFigures;
  satisfactoryRemedy?: SatisfactoryRemedyFigures;
  overview?: ComplaintOverview;
  received?: ComplaintsReceived;
  decisions?: DecisionsMade;
  source: FigureSource;
  /** GSS code of the council in the register, where it has been matched. */
  gss?: string;
  /**
   * Where a merged record holds figures from several documents: the source of each figure,
   * keyed by its path in this object ("upheld.rate", "received.byCategory.housing").
   * A figure without an entry comes from `source`.
   */
  figureSources?: Record<string, FigureSource>;
  /** Plain-English notes, e.g. a figure another source gave differently. */
  notes?: string[];
}

export type FlagId =
  | "compliance-below-100"
  | "upheld-above-average"
  | "remedy-below-average"
  | "per100k-above-average"
  | "upheld-rising"
  | "low-base"
  | "figures-inconsistent"
  | "records-mismatch";

/** docs/design.md §3 order: wherever flags are listed or joined, they follow this order. */
export const FLAG_ORDER: readonly FlagId[] = [
  "compliance-below-100",
  "upheld-above-average",
  "remedy-below-average",
  "per100k-above-average",
  "upheld-rising",
  "low-base",
  "figures-inconsistent",
  "records-mismatch",
];

export type FlagSeverity = "scrutinise" | "watch" | "info";

export interface Flag {
  id: FlagId;
  year: string;
  severity: FlagSeverity;
  /** Plain English with the numbers and the base. */
  message: string;
  /** The figures the flag rests on and their source. */
  evidence: string;
  /** GSS code of the council the flag is about. */
  gss?: string;
}

/** A council in the register (`data/authorities.csv`). */
export interface Authority {
  /** ONS GSS code, e.g. "E09000015". */
  gss: string;
  /** Official name, e.g. "London Borough of Harrow". */
  name: string;
  /** ONS name, e.g. "Harrow". */
  shortName: string;
  type: AuthorityType;
  /** LGSCO page slug: confirmed where `slugConfirmed`, otherwise guessed from the name. */
  slug: string;
  slugConfirmed: boolean;
  /** Other slugs worth trying when the guessed one answers 404. */
  alternativeSlugs: string[];
  /** ISO dates; absent means open-ended. Reorganisations land on 1 April. */
  validFrom?: string;
  validTo?: string;
  predecessors: string[];
  successors: string[];
  /** Other GSS codes for the same council (an earlier code, or a later ONS recoding). */
  otherCodes?: string[];
  /** Other names the council is known by (a former name, LGSCO's spelling, the ONS form). */
  otherNames?: string[];
}

/** Published similar-authority averages for one type and year, as LGSCO printed them. */
export interface SimilarAverages {
  type: AuthorityType;
  year: string;
  upheld?: number;
  upheldPer100k?: number;
  compliance?: number;
  satisfactoryRemedy?: number;
  /** Source of each average, keyed like the fields above. */
  sources: Partial<Record<"upheld" | "upheldPer100k" | "compliance" | "satisfactoryRemedy", FigureSource>>;
}
