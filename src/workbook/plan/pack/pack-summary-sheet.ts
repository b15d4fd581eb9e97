// `Pack summary`: table `PackHeadlines` (this year, last year, the three-year average and the
// similar authorities' average for the five headline measures, each with its base and source)
// and `PackSentences`, the sentences generated from those numbers alone.
import { sourceLabel, sourceOfFigure } from "../../../domain/figure-sources";
import { headlineSentences, type HeadlineNumbers, type RateFigure } from "../../../domain/pack-sentences";
import { publishedInvestigations } from "../../../domain/published-counts";
import { similarAveragePath } from "../../../domain/similar-averages";
import type { YearFigures } from "../../../domain/types";
import { comparabilityPeriod, previousYear, yearRange } from "../../../domain/years";
import { countCell, per100kCell, percentCell, textCell, toTableBody, type PlanCell } from "../cell-formats";
import type { PlanColumn, PlanSheet } from "../plan";
import { recordSources, sheetHeader } from "../sheet-header";
import type { PackContext } from "./pack-input";

export const PACK_SUMMARY_SHEET = "Pack summary";
export const PACK_HEADLINES_TABLE = "PackHeadlines";
export const PACK_SENTENCES_TABLE = "PackSentences";

export const PACK_HEADLINES_COLUMNS: readonly PlanColumn[] = [
  { name: "Measure", width: 22 },
  { name: "This year", width: 10 },
  { name: "Last year", width: 10 },
  { name: "Three-year average", width: 12 },
  { name: "Similar authorities", width: 12 },
  { name: "Base", width: 8 },
  { name: "Source", width: 40 },
];

// The sentences sit under the headlines, in their columns: narrow enough (and wrapped, at 40 or
// more) that the sheet prints one page wide at a size a committee can read.
const SENTENCE_COLUMNS: readonly PlanColumn[] = [
  { name: "Sentence", width: 60 },
  { name: "Base", width: 28 },
  { name: "Source", width: 40 },
];

type Measure = "Investigations" | "Upheld %" | "Upheld per 100k" | "Compliance %" | "Satisfactory remedy %";

interface MeasureReading {
  measure: Measure;
  value: (figures: YearFigures) => number | undefined;
  /** Where the value sits in the record, for its source. */
  path: (figures: YearFigures) => string;
  cell: (value: number | undefined) => PlanCell;
  average?: "upheld" | "upheldPer100k" | "compliance" | "satisfactoryRemedy";
  base?: (figures: YearFigures) => number | undefined;
}

const MEASURES: readonly MeasureReading[] = [
  { measure: "Investigations", value: (f) => publishedInvestigations(f)?.value, path: (f) => publishedInvestigations(f)?.path ?? "upheld.of", cell: countCell },
  { measure: "Upheld %", value: (f) => f.upheld?.rate, path: () => "upheld.rate", cell: percentCell, average: "upheld", base: (f) => f.upheld?.of },
  { measure: "Upheld per 100k", value: (f) => f.upheldPer100k?.value, path: () => "upheldPer100k.value", cell: per100kCell, average: "upheldPer100k" },
  { measure: "Compliance %", value: (f) => f.compliance?.rate, path: () => "compliance.rate", cell: percentCell, average: "compliance", base: (f) => f.compliance?.of },
  {
    measure: "Satisfactory remedy %",
    value: (f) => f.satisfactoryRemedy?.rate,
    path: () => "satisfactoryRemedy.rate",
    cell: percentCell,
    average: "satisfactoryRemedy",
    base: (f) => f.satisfactoryRemedy?.of,
  },
];

/** The mean over the three years ending this one, when all three are held within one LGSCO method. */
function threeYearAverage(context: PackContext, reading: MeasureReading): number | undefined {
  const from = previousYear(previousYear(context.year));
  const values = yearRange(from, context.year).map((year) => {
    const figures = context.years.find((f) => f.year === year);
    return figures === undefined || comparabilityPeriod(year) !== comparabilityPeriod(context.year) ? undefined : reading.value(figures);
  });
  if (values.some((value) => value === undefined)) return undefined;
  const mean = (values as number[]).reduce((sum, value) => sum + value, 0) / values.length;
  return Number(mean.toFixed(1));
}

function lastYearOf(context: PackContext): YearFigures | undefined {
  return context.years.find((figures) => figures.year === previousYear(context.year));
}

function sourcesOf(figures: YearFigures, reading: MeasureReading): string | undefined {
  if (reading.value(figures) === undefined) return undefined;
  const labels = [sourceLabel(sourceOfFigure(figures, reading.path(figures)))];
  const average = reading.average && figures[reading.average]?.similarAverage !== undefined ? sourceLabel(sourceOfFigure(figures, similarAveragePath(reading.average))) : undefined;
  if (average !== undefined && !labels.includes(average)) labels.push(`average: ${average}`);
  return labels.join("; ");
}

function headlineRows(context: PackContext): PlanCell[][] {
  const last = lastYearOf(context);
  return MEASURES.map((reading) => {
    const average = reading.average === undefined ? undefined : context.thisYear[reading.average]?.similarAverage;
    const threeYear = threeYearAverage(context, reading);
    return [
      textCell(reading.measure),
      reading.cell(reading.value(context.thisYear)),
      reading.cell(last === undefined ? undefined : reading.value(last)),
      // The mean of whole percentages can have a decimal: shown with one.
      reading.cell(threeYear),
      reading.cell(average),
      countCell(reading.base?.(context.thisYear)),
      textCell(sourcesOf(context.thisYear, reading)),
    ];
  });
}

function rateOf(block: { rate: number; count?: number; of?: number; similarAverage?: number } | undefined): RateFigure | undefined {
  if (block === undefined) return undefined;
  const { rate, count, of, similarAverage } = block;
  return { rate, ...(count === undefined ? {} : { count }), ...(of === undefined ? {} : { of }), ...(similarAverage === undefined ? {} : { similarAverage }) };
}

/** The numbers the sentences are made from: exactly those in PackHeadlines. */
export function headlineNumbers(context: PackContext): HeadlineNumbers {
  const { thisYear } = context;
  const last = lastYearOf(context);
  const lastUpheld = last && comparabilityPeriod(last.year) === comparabilityPeriod(context.year) ? rateOf(last.upheld) : undefined;
  const upheld = rateOf(thisYear.upheld);
  const compliance = rateOf(thisYear.compliance);
  const remedy = rateOf(thisYear.satisfactoryRemedy);
  return {
    year: context.year,
    ...(upheld ? { upheld } : {}),
    ...(thisYear.upheldPer100k ? { upheldPer100k: thisYear.upheldPer100k } : {}),
    ...(compliance ? { compliance } : {}),
    ...(remedy ? { satisfactoryRemedy: remedy } : {}),
    ...(lastUpheld && last ? { lastYearUpheld: { ...lastUpheld, year: last.year } } : {}),
  };
}

function summaryNote(context: PackContext): string {
  const notHeld = MEASURES.filter((reading) => reading.value(context.thisYear) === undefined).map((reading) => reading.measure);
  const parts = [
    `LGSCO year ${context.year} (1 April to 31 March). Rates are LGSCO's published percentages; the three-year average is the mean of the three years' published figures, given only when all three are held under one LGSCO method.`,
    "An empty cell is a figure not held, never zero.",
  ];
  if (notHeld.length > 0) parts.push(`Not held for ${context.year}: ${notHeld.join(", ")}.`);
  if (lastYearOf(context) === undefined) parts.push(`No figures are held for ${previousYear(context.year)}.`);
  return parts.join(" ");
}

export function packSummarySheet(context: PackContext): PlanSheet {
  const sentences = headlineSentences(headlineNumbers(context));
  const source = recordSources([context.thisYear]).join("; ");
  const sentenceRows = sentences.map((sentence) => [textCell(sentence.text), textCell(sentence.base), textCell(source)]);
  return {
    key: "packSummary",
    name: PACK_SUMMARY_SHEET,
    header: sheetHeader({
      title: `Committee pack ${context.year}: summary`,
      councils: context.inPlan,
      sources: recordSources(context.years.filter((f) => f.year === context.year || f.year === previousYear(context.year))),
      asOf: context.request.asOf,
      note: summaryNote(context),
    }),
    tables: [
      { name: PACK_HEADLINES_TABLE, columns: [...PACK_HEADLINES_COLUMNS], ...toTableBody(headlineRows(context)), highlights: [] },
      { name: PACK_SENTENCES_TABLE, columns: [...SENTENCE_COLUMNS], ...toTableBody(sentenceRows), highlights: [] },
    ],
    charts: [],
  };
}
