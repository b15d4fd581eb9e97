// Builds the embedded dataset from the project's source tables (data/). Pure: text in, the two
// JSON files out, byte-identical for the same input. Every problem in the tables is collected
// and reported together, each naming its file and line; a build with a problem writes nothing.
import { authorityFromRecord, AuthorityRecordError, type AuthorityRecord } from "../../../domain/authority-record";
import { setFigureAt } from "../../../domain/figure-paths";
import { canHaveFiguresIn, Register, RegisterError } from "../../../domain/register";
import { AVERAGED_MEASURES, type AveragedMeasure } from "../../../domain/similar-averages";
import { AUTHORITY_TYPES, isAuthorityType, type Authority, type AuthorityType, type FigureSource, type SimilarAverages } from "../../../domain/types";
import { compareYears, parseYear } from "../../../domain/years";
import {
  AUTHORITIES_FORMAT,
  FIGURES_FORMAT,
  type AuthoritiesFile,
  type DatasetYearFigures,
  type FigureQuality,
  type FiguresFile,
  type LowerQualityFigure,
  type NationalYearFigures,
  type OtherFigure,
} from "../dataset-format";
import { DatasetBuildError, readCsvTable } from "./csv-table";
import { figureLabel, PATH_ORDER, quantityOf, readMetric } from "./metrics";
import { byRankThenLine, resolveFacts, type Fact, type SourceDecision } from "./resolve";
import { classifySource } from "./source-kind";

export { DatasetBuildError } from "./csv-table";

export interface DatasetInputs {
  /** data/authorities.csv */
  authoritiesCsv: string;
  /** data/lgsco-figures.csv */
  figuresCsv: string;
  /** data/source-decisions.csv: which source to prefer where sources of the same rank disagree. */
  decisionsCsv: string;
  /** data/dataset-as-of.json: { asOf, meaning }. */
  asOfJson: string;
}

export interface BuiltDataset {
  authorities: AuthoritiesFile;
  figures: FiguresFile;
  /** The exact text of assets/data/authorities.json and figures.json. */
  authoritiesJson: string;
  figuresJson: string;
  /** What the build did, a line each, for the terminal. */
  summary: string[];
}

const AUTHORITY_COLUMNS = [
  "gss_code",
  "name",
  "short_name",
  "lgsco_type",
  "lgsco_slug",
  "slug_confirmed_by",
  "guessed_slug",
  "valid_from",
  "valid_to",
  "notes",
] as const satisfies readonly (keyof AuthorityRecord)[];
const FIGURE_COLUMNS = ["authority", "authority_type", "year_ending", "metric", "value", "numerator", "denominator", "similar_average", "source"] as const;
const DECISION_COLUMNS = ["authority", "year_ending", "metric", "prefer_source", "reason"] as const;
const FIGURES_FILE = "data/lgsco-figures.csv";
const NATIONAL = "National";
const REPOSITORY_PATH = /(?:^|[\s(])(?:shared|test|src|data|assets)\/[\w.-]+\/?/;
const NOT_COMPARED = "Other";

/** What a row is about: a council (by GSS code), England, or a type's averages. */
type Subject = { kind: "council"; authority: Authority } | { kind: "national"; name: string };

function subjectKey(subject: Subject): string {
  return subject.kind === "council" ? `council:${subject.authority.gss}` : "national";
}

interface SubjectYear {
  subject: Subject;
  year: string;
  facts: Fact[];
  /** Lower-quality figures of this council-year, noted together per source. */
  lowerQualityNotes: { line: number; text: string; quality: FigureQuality; source: FigureSource }[];
}

const QUALITY_NAMES: Record<FigureQuality, string> = {
  "secondary-foi": "a third party's analysis of FOI data",
  "council-reported": "the council's own count",
  "as-quoted-by-council": "a council's paraphrase of LGSCO",
};

/** One note per lower-quality source: "Not used as figures (…): upheld decisions 42; …". */
function lowerQualityNotes(figures: SubjectYear["lowerQualityNotes"]): { line: number; text: string }[] {
  const bySource = new Map<string, SubjectYear["lowerQualityNotes"]>();
  for (const figure of figures) {
    const key = `${figure.quality}|${sourceKey(figure.source)}`;
    bySource.set(key, [...(bySource.get(key) ?? []), figure]);
  }
  return [...bySource.values()].map((group) => {
    const first = group[0]!;
    const where = first.source.url ?? first.source.title;
    const listed = group.map((figure) => figure.text).join("; ");
    const noun = group.length === 1 ? "a figure" : "figures";
    return { line: first.line, text: `Not used as ${noun}, being from ${QUALITY_NAMES[first.quality]} (${where}): ${listed}.` };
  });
}

interface AverageFacts {
  type: AuthorityType;
  year: string;
  measure: AveragedMeasure;
  facts: Fact[];
}

function readNumber(text: string): number | undefined {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

function readAsOf(text: string, problems: string[]): { asOf: string; meaning: string } {
  try {
    const parsed = JSON.parse(text) as { asOf?: unknown; meaning?: unknown };
    if (typeof parsed.asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(parsed.asOf) && typeof parsed.meaning === "string" && parsed.meaning.trim()) {
      return { asOf: parsed.asOf, meaning: parsed.meaning.trim() };
    }
  } catch {
    // reported below
  }
  problems.push('data/dataset-as-of.json: expected {"asOf": "YYYY-MM-DD", "meaning": "…"}');
  return { asOf: "1970-01-01", meaning: "unknown" };
}

function readRegister(text: string, problems: string[]): Register {
  const authorities: Authority[] = [];
  for (const row of readCsvTable(text, "data/authorities.csv", AUTHORITY_COLUMNS)) {
    try {
      authorities.push(authorityFromRecord(row.fields));
    } catch (error) {
      if (!(error instanceof AuthorityRecordError)) throw error;
      problems.push(`data/authorities.csv line ${row.line}: ${error.message}`);
    }
  }
  try {
    return new Register(authorities);
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    problems.push(`data/authorities.csv: ${error.message}`);
    return new Register([]);
  }
}

function readDecisions(text: string, register: Register, problems: string[]): SourceDecision[] {
  const decisions: SourceDecision[] = [];
  for (const { line, fields } of readCsvTable(text, "data/source-decisions.csv", DECISION_COLUMNS)) {
    const where = `data/source-decisions.csv line ${line}`;
    const year = parseYear(fields.year_ending);
    if (year === undefined) {
      problems.push(`${where}: year_ending "${fields.year_ending}" is not the end of a statistical year`);
      continue;
    }
    if (!fields.prefer_source || !fields.reason) {
      problems.push(`${where}: prefer_source and reason are both needed`);
      continue;
    }
    let subject: string;
    if (isAuthorityType(fields.authority)) subject = `type:${fields.authority}`;
    else if (/^all authorities/i.test(fields.authority)) subject = "national";
    else {
      const found = register.lookup(fields.authority, { year });
      if (found.kind !== "found") {
        problems.push(`${where}: ${found.message}`);
        continue;
      }
      subject = `council:${found.authority.gss}`;
    }
    decisions.push({ line, subject, year, metric: fields.metric, preferSource: fields.prefer_source, reason: fields.reason, used: false });
  }
  return decisions;
}

function pathRank(path: string): number {
  const index = PATH_ORDER.indexOf(path);
  return index === -1 ? PATH_ORDER.length : index;
}

function sourceKey(source: FigureSource): string {
  return JSON.stringify([source.kind, source.url ?? "", source.title ?? ""]);
}

/** The record's figures, its main source (the one most of its figures come from) and the exceptions. */
function assembleRecord(
  authority: string,
  year: string,
  kept: Fact[],
  otherFigures: OtherFigure[],
  notes: string[],
): YearFiguresParts {
  const byPath = new Map<string, Fact>();
  for (const fact of [...kept].sort(byRankThenLine)) if (!byPath.has(fact.path)) byPath.set(fact.path, fact);
  const paths = [...byPath.keys()].sort((a, b) => pathRank(a) - pathRank(b) || a.localeCompare(b));

  const counts = new Map<string, { count: number; best: Fact }>();
  for (const fact of byPath.values()) {
    const key = sourceKey(fact.source);
    const entry = counts.get(key);
    if (!entry) counts.set(key, { count: 1, best: fact });
    else {
      entry.count++;
      if (byRankThenLine(fact, entry.best) < 0) entry.best = fact;
    }
  }
  const main = [...counts.values()].sort((a, b) => b.count - a.count || byRankThenLine(a.best, b.best))[0]?.best.source ?? otherFigures[0]!.source;

  const record: Record<string, unknown> = { authority, year };
  for (const path of paths) setFigureAt(record, path, byPath.get(path)!.value);
  record.source = main;
  const figureSources: Record<string, FigureSource> = {};
  for (const path of paths) {
    const source = byPath.get(path)!.source;
    if (sourceKey(source) !== sourceKey(main)) figureSources[path] = source;
  }
  if (Object.keys(figureSources).length > 0) record.figureSources = figureSources;
  if (notes.length > 0) record.notes = notes;
  if (otherFigures.length > 0) record.otherFigures = otherFigures;
  return record as unknown as YearFiguresParts;
}

type YearFiguresParts = NationalYearFigures;

/** Serialises with one array element a line: compact, yet a changed figure is a one-line diff. */
function serialise(file: object): string {
  const lines = Object.entries(file).map(([key, value]) =>
    Array.isArray(value)
      ? `${JSON.stringify(key)}:[\n${value.map((item) => JSON.stringify(item)).join(",\n")}\n]`
      : `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  );
  return `{\n${lines.join(",\n")}\n}\n`;
}

/** Builds both files from the source tables; throws DatasetBuildError listing every problem found. */
export function buildDataset(inputs: DatasetInputs): BuiltDataset {
  const problems: string[] = [];
  const register = readRegister(inputs.authoritiesCsv, problems);
  const asOf = readAsOf(inputs.asOfJson, problems);
  const decisions = readDecisions(inputs.decisionsCsv, register, problems);

  const subjectYears = new Map<string, SubjectYear>();
  const averages = new Map<string, AverageFacts>();
  const otherRows = new Map<string, { line: number; fact: Fact; figure: OtherFigure }[]>();
  const lowerQuality: (LowerQualityFigure & { line: number })[] = [];
  let notCompared = 0;
  let rowsRead = 0;

  for (const { line, fields } of readCsvTable(inputs.figuresCsv, FIGURES_FILE, FIGURE_COLUMNS)) {
    rowsRead++;
    const where = `${FIGURES_FILE} line ${line} (${fields.authority}, ${fields.year_ending}, ${fields.metric})`;
    const problemCount = problems.length;
    const report = (text: string): void => void problems.push(`${where}: ${text}`);

    if (fields.authority_type === NOT_COMPARED) {
      notCompared++;
      continue;
    }
    const year = /^\d{4}-03-31$/.test(fields.year_ending) ? parseYear(fields.year_ending) : undefined;
    if (year === undefined) report(`year_ending "${fields.year_ending}" is not 31 March of a year`);
    const metric = readMetric(fields.metric);
    if (!metric) report(`metric "${fields.metric}" is not one the build knows (see shared/data/README.md)`);
    const classified = classifySource(fields.source);
    // A source cites the published document, never a file of this repository (issue 12).
    if (REPOSITORY_PATH.test(fields.source)) report(`source "${fields.source}" names a file of this repository: cite the document (title, date, address)`);
    else if (!classified) report(`source "${fields.source}" is neither an http(s) address nor an Annual Review letter's title`);

    const numbers: Partial<Record<"value" | "numerator" | "denominator" | "similar_average", number>> = {};
    for (const column of ["value", "numerator", "denominator", "similar_average"] as const) {
      if (fields[column] === "") continue;
      const parsed = readNumber(fields[column]);
      if (parsed === undefined) report(`${column} "${fields[column]}" is not a number`);
      else numbers[column] = parsed;
    }
    if (fields.value === "") report("value is empty");
    if (metric) {
      const { meaning } = metric;
      if (numbers.value !== undefined && meaning.percentage && numbers.value > 100) report(`value ${numbers.value} is over 100%`);
      if (numbers.value !== undefined && meaning.count && !Number.isInteger(numbers.value)) report(`value ${numbers.value} is not a whole number`);
      for (const column of ["numerator", "denominator"] as const) {
        const given = numbers[column];
        if (given !== undefined && !Number.isInteger(given)) report(`${column} ${given} is not a whole number`);
        if (given !== undefined && meaning.value !== undefined && meaning[column] === undefined) report(`${column} has no meaning for ${metric.base}`);
      }
      if (numbers.numerator !== undefined && numbers.denominator !== undefined && numbers.numerator > numbers.denominator) {
        report(`numerator ${numbers.numerator} is larger than denominator ${numbers.denominator}`);
      }
      if (numbers.similar_average !== undefined && !meaning.similarAverage) report(`similar_average has no meaning for ${metric.base}`);
      if (numbers.similar_average !== undefined && meaning.percentage && numbers.similar_average > 100) report(`similar_average ${numbers.similar_average} is over 100%`);
    }

    let subject: Subject | undefined;
    if (fields.authority_type === NATIONAL) {
      subject = { kind: "national", name: fields.authority };
      if (numbers.similar_average !== undefined) report("a national figure has no similar-authority average");
    } else if (!isAuthorityType(fields.authority_type)) {
      report(`authority_type "${fields.authority_type}" is not one of ${[...AUTHORITY_TYPES, NATIONAL, NOT_COMPARED].join(", ")}`);
    } else if (year !== undefined) {
      const found = register.lookup(fields.authority, { year });
      if (found.kind !== "found") report(`the council is not matched in the register: ${found.message}`);
      else if (found.authority.type !== fields.authority_type) {
        report(`matched ${found.authority.name} (${found.authority.gss}), which the register types ${found.authority.type}, not ${fields.authority_type}`);
      } else if (!canHaveFiguresIn(found.authority, year)) {
        // Rows after abolition are accepted: LGSCO publishes the complaints it decided after that date.
        report(`matched ${found.authority.name} (${found.authority.gss}), which did not exist yet in ${year}`);
      }
      else subject = { kind: "council", authority: found.authority };
    }
    if (problems.length > problemCount || !subject || !year || !metric || !classified || numbers.value === undefined) continue;

    const fact = (path: string, value: number): Fact => ({
      path,
      value,
      kind: classified.kind,
      source: classified.source,
      sourceText: fields.source,
      metric: fields.metric,
      line,
    });
    const key = `${subjectKey(subject)}|${year}`;
    let entry = subjectYears.get(key);
    if (!entry) {
      entry = { subject, year, facts: [], lowerQualityNotes: [] };
      subjectYears.set(key, entry);
    }

    if (metric.quality) {
      const figure: LowerQualityFigure & { line: number } = {
        line,
        ...(subject.kind === "council" ? { gss: subject.authority.gss } : {}),
        authority: subject.kind === "council" ? subject.authority.name : subject.name,
        year,
        metric: metric.base,
        quality: metric.quality,
        value: numbers.value,
        ...(numbers.numerator !== undefined ? { numerator: numbers.numerator } : {}),
        ...(numbers.denominator !== undefined ? { denominator: numbers.denominator } : {}),
        ...(numbers.similar_average !== undefined ? { similarAverage: numbers.similar_average } : {}),
        source: classified.source,
      };
      lowerQuality.push(figure);
      const label = metric.meaning.value ? figureLabel(metric.meaning.value) : metric.base.replace(/_/g, " ");
      entry.lowerQualityNotes.push({ line, text: `${label} ${numbers.value}`, quality: metric.quality, source: classified.source });
      continue;
    }

    const { meaning } = metric;
    if (meaning.value === undefined) {
      const figure: OtherFigure = {
        metric: metric.base,
        value: numbers.value,
        ...(numbers.numerator !== undefined ? { numerator: numbers.numerator } : {}),
        ...(numbers.denominator !== undefined ? { denominator: numbers.denominator } : {}),
        source: classified.source,
      };
      const list = otherRows.get(key) ?? [];
      list.push({ line, fact: fact(`otherFigures.${metric.base}`, numbers.value), figure });
      otherRows.set(key, list);
      continue;
    }
    entry.facts.push(fact(meaning.value, numbers.value));
    if (numbers.numerator !== undefined && meaning.numerator) entry.facts.push(fact(meaning.numerator, numbers.numerator));
    if (numbers.denominator !== undefined && meaning.denominator) entry.facts.push(fact(meaning.denominator, numbers.denominator));
    if (numbers.similar_average !== undefined && meaning.similarAverage && subject.kind === "council") {
      entry.facts.push(fact(meaning.similarAverage.path, numbers.similar_average));
      const averageKey = `${subject.authority.type}|${year}|${meaning.similarAverage.measure}`;
      const average = averages.get(averageKey) ?? { type: subject.authority.type, year, measure: meaning.similarAverage.measure, facts: [] };
      average.facts.push(fact(meaning.similarAverage.measure, numbers.similar_average));
      averages.set(averageKey, average);
    }
  }

  // Merge each council-year (and England-year), figure by figure.
  const councils: DatasetYearFigures[] = [];
  const national: NationalYearFigures[] = [];
  for (const [key, entry] of subjectYears) {
    const name = entry.subject.kind === "council" ? entry.subject.authority.name : entry.subject.name;
    const quantities = new Map<string, Fact[]>();
    for (const fact of entry.facts) {
      const quantity = quantityOf(fact.path);
      quantities.set(quantity, [...(quantities.get(quantity) ?? []), fact]);
    }
    const kept: Fact[] = [];
    const notes = lowerQualityNotes(entry.lowerQualityNotes);
    for (const facts of quantities.values()) {
      const sorted = [...facts].sort(byRankThenLine);
      const resolution = resolveFacts(facts, `${name} ${entry.year} ${figureLabel(sorted[0]!.path)}`, subjectKey(entry.subject), entry.year, decisions);
      if (resolution.problem) problems.push(resolution.problem);
      kept.push(...resolution.kept);
      notes.push(...resolution.notes);
    }
    const otherFigures: OtherFigure[] = [];
    const byMetric = new Map<string, { fact: Fact; figure: OtherFigure }[]>();
    for (const row of otherRows.get(key) ?? []) byMetric.set(row.fact.path, [...(byMetric.get(row.fact.path) ?? []), row]);
    for (const rows of byMetric.values()) {
      const resolution = resolveFacts(
        rows.map((row) => row.fact),
        `${name} ${entry.year} ${rows[0]!.figure.metric.replace(/_/g, " ")}`,
        subjectKey(entry.subject),
        entry.year,
        decisions,
      );
      if (resolution.problem) problems.push(resolution.problem);
      const best = resolution.kept[0];
      if (best) otherFigures.push(rows.find((row) => row.fact === best)!.figure);
      notes.push(...resolution.notes);
    }
    if (kept.length === 0 && otherFigures.length === 0) continue; // only lower-quality rows: no record
    notes.sort((a, b) => a.line - b.line);
    const record = assembleRecord(
      name,
      entry.year,
      kept,
      otherFigures,
      notes.map((note) => note.text),
    );
    if (entry.subject.kind === "council") {
      const { authority, year, ...rest } = record;
      councils.push({ authority, gss: entry.subject.authority.gss, year, ...rest });
    } else national.push(record);
  }
  councils.sort((a, b) => a.gss.localeCompare(b.gss) || compareYears(a.year, b.year));
  national.sort((a, b) => compareYears(a.year, b.year));

  // The published averages of each type and year.
  const similarAverages = new Map<string, SimilarAverages>();
  for (const average of averages.values()) {
    const resolution = resolveFacts(
      average.facts,
      `${average.type} ${average.year} similar authorities' average (${average.measure})`,
      `type:${average.type}`,
      average.year,
      decisions,
    );
    if (resolution.problem) {
      problems.push(resolution.problem);
      continue;
    }
    const chosen = resolution.kept[0]!;
    const key = `${average.type}|${average.year}`;
    const entry = similarAverages.get(key) ?? { type: average.type, year: average.year, sources: {} };
    entry[average.measure] = chosen.value;
    entry.sources[average.measure] = chosen.source;
    similarAverages.set(key, entry);
  }
  const orderedAverages = [...similarAverages.values()]
    .sort((a, b) => AUTHORITY_TYPES.indexOf(a.type) - AUTHORITY_TYPES.indexOf(b.type) || compareYears(a.year, b.year))
    .map((entry): SimilarAverages => {
      const ordered: Record<string, unknown> = { type: entry.type, year: entry.year };
      for (const measure of AVERAGED_MEASURES) if (entry[measure] !== undefined) ordered[measure] = entry[measure];
      const sources: Record<string, FigureSource> = {};
      for (const measure of AVERAGED_MEASURES) if (entry.sources[measure]) sources[measure] = entry.sources[measure];
      ordered.sources = sources;
      return ordered as unknown as SimilarAverages;
    });

  for (const decision of decisions) {
    if (!decision.used) problems.push(`data/source-decisions.csv line ${decision.line}: settles no disagreement in the figures table; remove it`);
  }
  if (problems.length > 0) throw new DatasetBuildError(problems);

  const authorities: AuthoritiesFile = { format: AUTHORITIES_FORMAT, authorities: [...register.all()] };
  const figures: FiguresFile = {
    format: FIGURES_FORMAT,
    asOf: asOf.asOf,
    asOfMeaning: asOf.meaning,
    councils,
    similarAverages: orderedAverages,
    national,
    lowerQuality: lowerQuality.map(({ line: _line, ...figure }) => figure),
  };
  const summary = [
    `${register.all().length} councils in the register`,
    `${rowsRead} figure rows read; ${notCompared} rows of bodies LGSCO does not compare (type ${NOT_COMPARED}) left out`,
    `${councils.length} council-years for ${new Set(councils.map((record) => record.gss)).size} councils, ${national.length} national years, ${orderedAverages.length} type-year averages`,
    `${lowerQuality.length} lower-quality figures kept out of the key statistics`,
    `${councils.reduce((total, record) => total + (record.notes?.length ?? 0), 0)} notes on council figures`,
  ];
  return { authorities, figures, authoritiesJson: serialise(authorities), figuresJson: serialise(figures), summary };
}
