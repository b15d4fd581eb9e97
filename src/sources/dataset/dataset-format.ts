// The shape of the embedded dataset (assets/data/*.json), written by `npm run data:build` and
// read by the loader. The JSON is checked once, here, when it is read: a broken or outdated file
// is a clear error naming the first bad field, never a half-read dataset.
import { AVERAGED_MEASURES } from "../../domain/similar-averages";
import type { Authority, FigureSource, SimilarAverages, YearFigures } from "../../domain/types";
import { AUTHORITY_TYPES, isAuthorityType } from "../../domain/types";
import { parseYear } from "../../domain/years";

export const AUTHORITIES_FORMAT = "ombudsman-scrutiny/authorities@1";
export const FIGURES_FORMAT = "ombudsman-scrutiny/figures@1";

/** LGSCO's complaint categories, as keys of `received.byCategory` (the tables' `complaints_received_<category>`). */
export const RECEIVED_CATEGORIES = [
  "adult_care",
  "benefits_tax",
  "corporate_other",
  "education_childrens",
  "environment_regulation",
  "highways_transport",
  "housing",
  "planning_development",
  "other",
] as const;
export type ReceivedCategory = (typeof RECEIVED_CATEGORIES)[number];

/** LGSCO's names for the categories, for display. */
export const RECEIVED_CATEGORY_LABELS: Record<ReceivedCategory, string> = {
  adult_care: "Adult care services",
  benefits_tax: "Benefits and tax",
  corporate_other: "Corporate and other services",
  education_childrens: "Education and children's services",
  environment_regulation: "Environmental services, public protection and regulation",
  highways_transport: "Highways and transport",
  housing: "Housing",
  planning_development: "Planning and development",
  other: "Other",
};

/** A published figure that has no place in YearFigures (e.g. "recommendations_to_remedy"), kept with its source. */
export interface OtherFigure {
  /** The metric as the source tables name it. */
  metric: string;
  value: number;
  numerator?: number;
  denominator?: number;
  source: FigureSource;
}

/** One council's published figures for one year, as the dataset holds them. */
export interface DatasetYearFigures extends YearFigures {
  gss: string;
  otherFigures?: OtherFigure[];
}

/** England-wide figures for one year (LGSCO's national totals); `authority` is "All authorities (England)". */
export interface NationalYearFigures extends YearFigures {
  otherFigures?: OtherFigure[];
}

/** Why a figure is kept out of the key statistics (docs/design.md §2). */
export type FigureQuality = "secondary-foi" | "council-reported" | "as-quoted-by-council";
export const FIGURE_QUALITIES: readonly FigureQuality[] = ["secondary-foi", "council-reported", "as-quoted-by-council"];

/** A lower-quality figure: shown as context at most, never as the figure. */
export interface LowerQualityFigure {
  /** Absent for national figures. */
  gss?: string;
  authority: string;
  year: string;
  /** The metric it would be without its quality suffix ("decided_upheld"). */
  metric: string;
  quality: FigureQuality;
  value: number;
  numerator?: number;
  denominator?: number;
  similarAverage?: number;
  source: FigureSource;
}

export interface AuthoritiesFile {
  format: typeof AUTHORITIES_FORMAT;
  authorities: Authority[];
}

export interface FiguresFile {
  format: typeof FIGURES_FORMAT;
  /** ISO date: see `asOfMeaning`. */
  asOf: string;
  asOfMeaning: string;
  councils: DatasetYearFigures[];
  similarAverages: SimilarAverages[];
  national: NationalYearFigures[];
  lowerQuality: LowerQualityFigure[];
}

export class DatasetFormatError extends Error {
  override readonly name = "DatasetFormatError";
}

// ---- checking -------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function fail(path: string, expected: string, value: unknown): never {
  const shown = value === undefined ? "nothing" : JSON.stringify(value)?.slice(0, 60);
  throw new DatasetFormatError(`${path}: expected ${expected}, found ${shown}`);
}

function object(value: unknown, path: string): Json {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(path, "an object", value);
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, "an array", value);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== "string" || value === "") fail(path, "a non-empty string", value);
  return value;
}

function number(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fail(path, "a number ≥ 0", value);
  return value;
}

function optional<T>(value: unknown, path: string, read: (value: unknown, path: string) => T): T | undefined {
  return value === undefined ? undefined : read(value, path);
}

function year(value: unknown, path: string): string {
  const text = string(value, path);
  if (parseYear(text) !== text) fail(path, 'a statistical year like "2019-20"', value);
  return text;
}

function isoDate(value: unknown, path: string): string {
  const text = string(value, path);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) fail(path, "an ISO date", value);
  return text;
}

function stringList(value: unknown, path: string): string[] {
  return array(value, path).map((item, index) => string(item, `${path}[${index}]`));
}

const SOURCE_KINDS: readonly FigureSource["kind"][] = ["statistics-page", "annual-letter", "data-file", "dataset", "council-report", "press"];

function source(value: unknown, path: string): FigureSource {
  const raw = object(value, path);
  if (!SOURCE_KINDS.includes(raw.kind as FigureSource["kind"])) fail(`${path}.kind`, `one of ${SOURCE_KINDS.join(", ")}`, raw.kind);
  optional(raw.url, `${path}.url`, string);
  optional(raw.title, `${path}.title`, string);
  optional(raw.retrieved, `${path}.retrieved`, string);
  optional(raw.replaced, `${path}.replaced`, string);
  if (raw.carriedBy !== undefined && raw.carriedBy !== "workbook") fail(`${path}.carriedBy`, '"workbook"', raw.carriedBy);
  if (raw.url === undefined && raw.title === undefined) fail(path, "a url or a title", raw);
  return raw as unknown as FigureSource;
}

/** Checks that every listed field of a figures group is a number and `required` ones are present. */
function group(value: unknown, path: string, fields: readonly string[], required: readonly string[] = []): void {
  if (value === undefined) return;
  const raw = object(value, path);
  for (const key of Object.keys(raw)) if (!fields.includes(key)) fail(`${path}.${key}`, `one of ${fields.join(", ")}`, key);
  for (const field of fields) {
    if (required.includes(field)) number(raw[field], `${path}.${field}`);
    else optional(raw[field], `${path}.${field}`, number);
  }
}

function otherFigures(value: unknown, path: string): void {
  array(value, path).forEach((item, index) => {
    const raw = object(item, `${path}[${index}]`);
    string(raw.metric, `${path}[${index}].metric`);
    number(raw.value, `${path}[${index}].value`);
    optional(raw.numerator, `${path}[${index}].numerator`, number);
    optional(raw.denominator, `${path}[${index}].denominator`, number);
    source(raw.source, `${path}[${index}].source`);
  });
}

function yearFigures(value: unknown, path: string): Json {
  const raw = object(value, path);
  string(raw.authority, `${path}.authority`);
  year(raw.year, `${path}.year`);
  group(raw.upheld, `${path}.upheld`, ["rate", "count", "of", "similarAverage"], ["rate"]);
  group(raw.upheldPer100k, `${path}.upheldPer100k`, ["value", "similarAverage"], ["value"]);
  group(raw.compliance, `${path}.compliance`, ["rate", "of", "similarAverage"], ["rate"]);
  group(raw.satisfactoryRemedy, `${path}.satisfactoryRemedy`, ["rate", "count", "of", "similarAverage"], ["rate"]);
  group(raw.overview, `${path}.overview`, ["dealtWith", "notForUs", "assessedAndClosed", "investigated"]);
  group(raw.decisions, `${path}.decisions`, [
    "total",
    "detailedInvestigations",
    "invalidOrIncomplete",
    "adviceGiven",
    "referredBackForLocalResolution",
    "closedAfterInitialEnquiries",
    "notUpheld",
    "upheld",
    "upholdRate",
  ]);
  if (raw.received !== undefined) {
    const received = object(raw.received, `${path}.received`);
    optional(received.total, `${path}.received.total`, number);
    if (received.byCategory !== undefined) {
      const byCategory = object(received.byCategory, `${path}.received.byCategory`);
      for (const [category, count] of Object.entries(byCategory)) number(count, `${path}.received.byCategory.${category}`);
    }
  }
  source(raw.source, `${path}.source`);
  if (raw.figureSources !== undefined) {
    const sources = object(raw.figureSources, `${path}.figureSources`);
    for (const [figure, figureSource] of Object.entries(sources)) source(figureSource, `${path}.figureSources.${figure}`);
  }
  optional(raw.notes, `${path}.notes`, stringList);
  optional(raw.otherFigures, `${path}.otherFigures`, otherFigures);
  return raw;
}

function authority(value: unknown, path: string): Authority {
  const raw = object(value, path);
  for (const field of ["gss", "name", "shortName", "slug"]) string(raw[field], `${path}.${field}`);
  if (typeof raw.type !== "string" || !isAuthorityType(raw.type)) fail(`${path}.type`, `one of ${AUTHORITY_TYPES.join(", ")}`, raw.type);
  if (typeof raw.slugConfirmed !== "boolean") fail(`${path}.slugConfirmed`, "true or false", raw.slugConfirmed);
  for (const field of ["alternativeSlugs", "predecessors", "successors"]) stringList(raw[field], `${path}.${field}`);
  optional(raw.validFrom, `${path}.validFrom`, isoDate);
  optional(raw.validTo, `${path}.validTo`, isoDate);
  optional(raw.otherCodes, `${path}.otherCodes`, stringList);
  optional(raw.otherNames, `${path}.otherNames`, stringList);
  return raw as unknown as Authority;
}

function similarAverages(value: unknown, path: string): SimilarAverages {
  const raw = object(value, path);
  if (typeof raw.type !== "string" || !isAuthorityType(raw.type)) fail(`${path}.type`, `one of ${AUTHORITY_TYPES.join(", ")}`, raw.type);
  year(raw.year, `${path}.year`);
  const sources = object(raw.sources, `${path}.sources`);
  for (const measure of AVERAGED_MEASURES) {
    optional(raw[measure], `${path}.${measure}`, number);
    if (raw[measure] !== undefined) source(sources[measure], `${path}.sources.${measure}`);
  }
  return raw as unknown as SimilarAverages;
}

function lowerQuality(value: unknown, path: string): LowerQualityFigure {
  const raw = object(value, path);
  optional(raw.gss, `${path}.gss`, string);
  string(raw.authority, `${path}.authority`);
  year(raw.year, `${path}.year`);
  string(raw.metric, `${path}.metric`);
  if (!FIGURE_QUALITIES.includes(raw.quality as FigureQuality)) fail(`${path}.quality`, `one of ${FIGURE_QUALITIES.join(", ")}`, raw.quality);
  number(raw.value, `${path}.value`);
  for (const field of ["numerator", "denominator", "similarAverage"]) optional(raw[field], `${path}.${field}`, number);
  source(raw.source, `${path}.source`);
  return raw as unknown as LowerQualityFigure;
}

/** Checks the register file's shape; throws DatasetFormatError naming the first bad field. */
export function readAuthoritiesFile(value: unknown, label = "authorities.json"): AuthoritiesFile {
  const raw = object(value, label);
  if (raw.format !== AUTHORITIES_FORMAT) fail(`${label}.format`, `"${AUTHORITIES_FORMAT}"`, raw.format);
  const authorities = array(raw.authorities, `${label}.authorities`).map((item, index) => authority(item, `${label}.authorities[${index}]`));
  return { format: AUTHORITIES_FORMAT, authorities };
}

/** Checks the figures file's shape; throws DatasetFormatError naming the first bad field. */
export function readFiguresFile(value: unknown, label = "figures.json"): FiguresFile {
  const raw = object(value, label);
  if (raw.format !== FIGURES_FORMAT) fail(`${label}.format`, `"${FIGURES_FORMAT}"`, raw.format);
  const councils = array(raw.councils, `${label}.councils`).map((item, index) => {
    const record = yearFigures(item, `${label}.councils[${index}]`);
    string(record.gss, `${label}.councils[${index}].gss`);
    return record as unknown as DatasetYearFigures;
  });
  return {
    format: FIGURES_FORMAT,
    asOf: isoDate(raw.asOf, `${label}.asOf`),
    asOfMeaning: string(raw.asOfMeaning, `${label}.asOfMeaning`),
    councils,
    similarAverages: array(raw.similarAverages, `${label}.similarAverages`).map((item, index) =>
      similarAverages(item, `${label}.similarAverages[${index}]`),
    ),
    national: array(raw.national, `${label}.national`).map(
      (item, index) => yearFigures(item, `${label}.national[${index}]`) as unknown as NationalYearFigures,
    ),
    lowerQuality: array(raw.lowerQuality, `${label}.lowerQuality`).map((item, index) => lowerQuality(item, `${label}.lowerQuality[${index}]`)),
  };
}

/**
 * One council's year as the data model has it (docs/design.md §3), checked: for records kept outside
 * the dataset (letters an analyst imported, kept in the workbook's settings). Throws DatasetFormatError.
 */
export function readYearFigures(value: unknown, label = "figures"): YearFigures {
  return yearFigures(value, label) as unknown as YearFigures;
}
