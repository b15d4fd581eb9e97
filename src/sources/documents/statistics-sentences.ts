// The statistics sentences LGSCO prints on a council's statistics page and in its annual letters
// (docs/design.md §2): "73% of complaints we investigated were upheld.", "This compares to an average of
// 70% in similar authorities.", "24 upheld decisions", "Statistics are based on a total of 33
// detailed investigations for the period between 1 April 2019 to 31 March 2020", and so on.
//
// Only these sentences carry figures. Each block ends with its period sentence, which also gives
// the block its year; text is cut into segments at those sentences, so notes, glossaries and
// letter prose around the blocks never lend a figure or a year. A sentence that is recognisably a
// statistics sentence but whose figure cannot be read is an error, never a guess; a copy that
// simply stops mid-sentence loses what follows and nothing else.
import type { YearFigures } from "../../domain/types";
import { yearEnding } from "../../domain/years";
import { DocumentParseError } from "./parse-error";

/** The figures of one year read from statistics sentences: the parts of YearFigures they print. */
export type SentenceFigures = Pick<YearFigures, "year" | "upheld" | "upheldPer100k" | "compliance" | "satisfactoryRemedy" | "overview"> & {
  /** Plain-English notes on what was read but not used. */
  notes: string[];
};

type Field =
  | "upheldRate"
  | "upheldAverage"
  | "upheldCount"
  | "upheldOf"
  | "per100k"
  | "per100kAverage"
  | "complianceRate"
  | "complianceAverage"
  | "complianceOf"
  | "remedyRate"
  | "remedyAverage"
  | "remedyCount"
  | "remedyBase"
  | "dealtWith"
  | "notForUs"
  | "assessedAndClosed"
  | "investigated";

type RateField = "upheldRate" | "complianceRate" | "remedyRate";

const FIELD_NAMES: Record<Field, string> = {
  upheldRate: "upheld rate",
  upheldAverage: "upheld-rate average",
  upheldCount: "upheld decisions count",
  upheldOf: "investigations count",
  per100k: "upheld decisions per 100,000 residents",
  per100kAverage: "per-100,000 average",
  complianceRate: "compliance rate",
  complianceAverage: "compliance-rate average",
  complianceOf: "compliance outcomes count",
  remedyRate: "satisfactory remedy rate",
  remedyAverage: "satisfactory-remedy average",
  remedyCount: "satisfactory remedy decisions count",
  remedyBase: "upheld decisions base of the remedy rate",
  dealtWith: "complaints dealt with",
  notForUs: "complaints not for us",
  assessedAndClosed: "complaints assessed and closed",
  investigated: "complaints investigated",
};

const PERCENT_FIELDS = new Set<FactField>([
  "upheldRate",
  "upheldAverage",
  "complianceRate",
  "complianceAverage",
  "remedyRate",
  "remedyAverage",
]);
const DECIMAL_FIELDS = new Set<FactField>([...PERCENT_FIELDS, "per100k", "per100kAverage"]);

const AVERAGE_OF: Record<RateField, Field> = {
  upheldRate: "upheldAverage",
  complianceRate: "complianceAverage",
  remedyRate: "remedyAverage",
};

/** "average": an average sentence before `assignAverages` gives it the rate it follows. */
type FactField = Field | "average";

/** A figure read from a sentence; `value` null means the document printed "n/a". */
interface Fact {
  field: FactField;
  value: number | null;
  at: number;
  said: string;
}

interface PeriodSentence {
  start: number;
  end: number;
  year: string;
  base: number;
  baseNoun: "investigations" | "compliance outcomes" | "upheld decisions";
  said: string;
}

// A figure slot: one token up to 16 characters, read by `readSlot`, starting where a token
// starts (no lookbehind: Safari before 16.4, under Office for Mac, lacks it).
const SLOT = String.raw`(\S{0,16})`;
const TOKEN_START = String.raw`(?:^|\s)`;
const NUMBER = /^\(?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?\)?[.,;:]?$/;
const NOT_AVAILABLE = /^\(?n\/?a\)?%?[.,;:]?$/i;

type Slot = { kind: "number"; value: number } | { kind: "n/a" } | { kind: "broken" } | { kind: "other" };

/** What stands in a figure slot: a number, "n/a", something number-like but unreadable, or a word. */
function readSlot(token: string): Slot {
  // A quoted phrase ('the singular "1 satisfactory remedy decision"') is talk about a sentence.
  if (/^["']/.test(token)) return { kind: "other" };
  const number = NUMBER.exec(token);
  if (number) return { kind: "number", value: Number(number[1]!.replace(/,/g, "")) };
  if (NOT_AVAILABLE.test(token)) return { kind: "n/a" };
  if (token === "" || /[\d%]/.test(token)) return { kind: "broken" };
  return { kind: "other" };
}

function quote(text: string): string {
  const trimmed = text.trim();
  return `"${trimmed.length > 90 ? `${trimmed.slice(0, 87)}...` : trimmed}"`;
}

/** True when the text stops within a short stretch after `from` without ending a sentence. */
function isCutOff(flat: string, from: number): boolean {
  const rest = flat.slice(from);
  return rest.length <= 80 && !/[.!?](?:\s|$)/.test(rest.replace(/(\d)\.(\d)/g, "$1$2"));
}

function nameOf(field: FactField): string {
  return field === "average" ? "average" : FIELD_NAMES[field];
}

function broken(field: FactField, said: string, detail?: string): DocumentParseError {
  return new DocumentParseError(
    "broken-sentence",
    nameOf(field),
    `${nameOf(field)} sentence found but its figure is broken${detail ? ` (${detail})` : ""}: ${quote(said)}`,
  );
}

function checkValue(field: FactField, value: number, said: string): void {
  if (field === "average") field = "upheldAverage"; // every average is a percentage
  if (PERCENT_FIELDS.has(field) && value > 100) throw broken(field, said, `${value}% is not a percentage`);
  if (!DECIMAL_FIELDS.has(field) && !Number.isInteger(value)) throw broken(field, said, `${value} is not a whole number`);
}

/** True when the slot follows "The average for authorities of this type is": the average, not the council's figure. */
function isAverageSlot(flat: string, slotAt: number): boolean {
  return /of this type is\s*$/i.test(flat.slice(Math.max(0, slotAt - 30), slotAt));
}

const PER_100K_UNITS = ["100,000", "100 000", "100000"];

/** True when `rest` (from a figure to the end of the document) is "N upheld decisions per" and the start of "100,000". */
function endsInsidePer100kUnit(rest: string): boolean {
  const match = /^\S{0,16}\s*upheld decisions? per(?: ([\d, ]{0,7}))?$/i.exec(rest);
  if (!match) return false;
  const unitSoFar = match[1] ?? "";
  return PER_100K_UNITS.some((unit) => unit.startsWith(unitSoFar) && unit !== unitSoFar);
}

interface SlotSentence {
  /** Matches the whole sentence; group 1 is the figure slot. */
  frame: RegExp;
  /** The figure the slot holds; a function may look at the words before it, undefined = not a figure. */
  field: FactField | ((flat: string, slotAt: number) => FactField | undefined);
  /** Words that announce the sentence: found without a readable frame means broken or cut off. */
  intro?: { words: RegExp; field: FactField };
}

const SENTENCES: SlotSentence[] = [
  { frame: new RegExp(String.raw`${TOKEN_START}${SLOT}\s*of (?:the )?complaints,? we investigated,? (?:were|was) upheld`, "dgi"), field: "upheldRate" },
  { frame: new RegExp(String.raw`${TOKEN_START}${SLOT}\s*of (?:the )?cases,? we were satisfied`, "dgi"), field: "complianceRate" },
  { frame: new RegExp(String.raw`${TOKEN_START}${SLOT}\s*of (?:the )?upheld cases,? we found`, "dgi"), field: "remedyRate" },
  // In the two average frames a full stop after the figure must be followed by more text: at the
  // very end of a cut copy, "8." may be what is left of "8.3".
  {
    // Averages belong to the rate sentence before them; `assignAverages` resolves the field.
    frame: /compares (?:to|with) an average of\s+(\S{0,16}?)(?:\s+(?:in|across|among|for|of) similar|\s*\.(?=\s))/dgi,
    field: "average",
    intro: { words: /compares (?:to|with) an average of/gi, field: "average" },
  },
  {
    frame: /average for (?:authorities|councils) of this type is\s+(\S{0,16}?)(?:\s*upheld decisions?\b|\s*\.(?=\s))/dgi,
    field: "per100kAverage",
    intro: { words: /average for (?:authorities|councils) of this type is/gi, field: "per100kAverage" },
  },
  {
    frame: new RegExp(String.raw`${TOKEN_START}${SLOT}\s*upheld decisions? per 100,? ?000`, "dgi"),
    field: (flat, slotAt) => (isAverageSlot(flat, slotAt) ? undefined : "per100k"),
    intro: { words: /population,? this is/gi, field: "per100k" },
  },
  {
    // A copy that stops inside the unit ("this is 8.1 upheld decisions per 100,0", seen in a real
    // crawl): the figure came before the cut, so it stands; only at the very end of the document.
    frame: new RegExp(String.raw`${TOKEN_START}${SLOT}\s*upheld decisions? per(?: [\d, ]{0,7})?$`, "dgi"),
    field: (flat, slotAt) => (!isAverageSlot(flat, slotAt) && endsInsidePer100kUnit(flat.slice(slotAt)) ? "per100k" : undefined),
  },
  {
    frame: new RegExp(String.raw`${TOKEN_START}${SLOT}\s*upheld decisions?\b(?!\s*%?\s*per\b)`, "dgi"),
    // "a total of 68 upheld decisions" is the remedy base in a period sentence, not the count.
    field: (flat, slotAt) => (/(?:total of|this is|type is)\s*$/i.test(flat.slice(Math.max(0, slotAt - 20), slotAt)) ? undefined : "upheldCount"),
  },
  { frame: new RegExp(String.raw`${TOKEN_START}${SLOT}\s*satisfactory remed(?:y|ies) decisions?`, "dgi"), field: "remedyCount" },
  { frame: new RegExp(String.raw`we dealt with\s+${SLOT}\s+(?:complaints?|cases)`, "dgi"), field: "dealtWith" },
  { frame: new RegExp(String.raw`of these,?\s+${SLOT}\s+(?:were|was) not for us`, "dgi"), field: "notForUs" },
  { frame: new RegExp(String.raw`we assessed (?:and|&) closed\s+${SLOT}\s+complaints?`, "dgi"), field: "assessedAndClosed" },
  {
    frame: new RegExp(String.raw`we investigated\s+${SLOT}\s+complaints?\b(?!,?\s+(?:and|&)\s+upheld)`, "dgi"),
    field: "investigated",
  },
];

// "We investigated 76 complaints and upheld 63." (2024-25): the base and the count at once.
const INVESTIGATED_AND_UPHELD =
  /we investigated\s+(\S{0,16})\s+complaints?,?\s+(?:and|&)\s+upheld\s+(\S{0,16}?)(?=\s*[.,;]|\s+[A-Za-z])/gi;
const INVESTIGATED_AND_UPHELD_INTRO = /we investigated\s+\S{0,16}\s+complaints?,?\s+(?:and|&)\s+upheld/gi;

const PERIOD_SENTENCE = new RegExp(
  String.raw`statistics (?:are|is) based on (?:a total of\s+)?${SLOT}\s+(detailed investigations?|investigations?|compliance outcomes?|upheld decisions?|upheld cases)\s+` +
    String.raw`(?:(?:for|in|during|over|covering) the period (?:between |from )?1(?:st)? April\s+(\d{4})\s*(?:to|and|-|until)\s*31(?:st)? March\s+(\d{4})(?!\d)` +
    String.raw`|for the year ending 31(?:st)? March\s+(\d{4})(?!\d))`,
  "gi",
);
const PERIOD_INTRO = /statistics (?:are|is) based on/gi;
// A period leading into the 2024-25 overview: "In the year 1 April 2024 to 31 March 2025 we dealt with…".
const OVERVIEW_PERIOD =
  /(?:1(?:st)? April\s+(\d{4})\s*(?:to|and|-|until)\s*31(?:st)? March\s+(\d{4})|(\d{4})\s*[-/]\s*(\d{2}|\d{4}))(?!\d)[,:]?\s+we dealt with/gi;

function statisticalYear(start: number | undefined, end: number, said: string): string {
  if ((start !== undefined && end !== start + 1) || end < 1990 || end > 2100) {
    throw new DocumentParseError(
      "broken-sentence",
      "period sentence",
      `period sentence does not cover one statistical year (1 April to 31 March): ${quote(said)}`,
    );
  }
  return yearEnding(end);
}

function findPeriods(flat: string): PeriodSentence[] {
  const periods: PeriodSentence[] = [];
  for (const match of flat.matchAll(PERIOD_SENTENCE)) {
    const said = match[0];
    const slot = readSlot(match[1]!);
    if (slot.kind !== "number" || !Number.isInteger(slot.value)) {
      throw new DocumentParseError("broken-sentence", "period sentence", `period sentence found but its total is broken: ${quote(said)}`);
    }
    const noun = match[2]!.toLowerCase();
    const endYear = Number(match[4] ?? match[5]);
    const year = statisticalYear(match[3] === undefined ? undefined : Number(match[3]), endYear, said);
    periods.push({
      start: match.index,
      end: match.index + said.length,
      year,
      base: slot.value,
      baseNoun: noun.startsWith("compliance") ? "compliance outcomes" : noun.startsWith("upheld") ? "upheld decisions" : "investigations",
      said,
    });
  }
  const covered = periods.map((p) => [p.start, p.end] as const);
  for (const intro of flat.matchAll(PERIOD_INTRO)) {
    if (covered.some(([s, e]) => intro.index >= s && intro.index < e)) continue;
    if (isCutOff(flat, intro.index + intro[0].length)) continue;
    const said = flat.slice(intro.index, intro.index + 140);
    throw new DocumentParseError("broken-sentence", "period sentence", `period sentence found but not understood: ${quote(said)}`);
  }
  return periods;
}

/** Every figure in one stretch of text (a segment), in the order they appear. */
function findFacts(flat: string, from: number, to: number): Fact[] {
  const text = flat.slice(0, to);
  const facts: Fact[] = [];
  const take = (field: FactField, token: string, at: number, said: string) => {
    const slot = readSlot(token);
    if (slot.kind === "other") return;
    // The whole sentence is there (its frame matched), so an unreadable figure is broken, not cut off.
    if (slot.kind === "broken") throw broken(field, said, token ? `"${token}"` : "no figure");
    if (slot.kind === "n/a") {
      facts.push({ field, value: null, at, said });
      return;
    }
    checkValue(field, slot.value, said);
    facts.push({ field, value: slot.value, at, said });
  };

  for (const sentence of SENTENCES) {
    const covered: [number, number][] = [];
    sentence.frame.lastIndex = from;
    for (let match = sentence.frame.exec(text); match; match = sentence.frame.exec(text)) {
      const token = match[1]!;
      const slotAt = match.indices?.[1]?.[0] ?? match.index;
      covered.push([match.index, match.index + match[0].length]);
      const field = typeof sentence.field === "function" ? sentence.field(flat, slotAt) : sentence.field;
      if (field) take(field, token, match.index, match[0]);
    }
    if (!sentence.intro) continue;
    const { words, field } = sentence.intro;
    words.lastIndex = from;
    for (let intro = words.exec(text); intro; intro = words.exec(text)) {
      const at = intro.index;
      // The intro may sit inside the frame ("compares to an average of") or just before it
      // ("…population, this is" + "8.2 upheld decisions per 100,000").
      if (covered.some(([start, end]) => at < end && at + intro![0].length + 2 >= start)) continue;
      if (isCutOff(flat, at + intro[0].length)) continue;
      throw broken(field, flat.slice(at, at + 120), "not a number or n/a");
    }
  }

  INVESTIGATED_AND_UPHELD.lastIndex = from;
  const coveredBoth: [number, number][] = [];
  for (let match = INVESTIGATED_AND_UPHELD.exec(text); match; match = INVESTIGATED_AND_UPHELD.exec(text)) {
    coveredBoth.push([match.index, match.index + match[0].length]);
    take("upheldOf", match[1]!, match.index, match[0]);
    take("upheldCount", match[2]!, match.index, match[0]);
  }
  INVESTIGATED_AND_UPHELD_INTRO.lastIndex = from;
  for (let intro = INVESTIGATED_AND_UPHELD_INTRO.exec(text); intro; intro = INVESTIGATED_AND_UPHELD_INTRO.exec(text)) {
    const at = intro.index;
    if (coveredBoth.some(([s]) => s === at) || isCutOff(flat, at + intro[0].length)) continue;
    throw broken("upheldCount", flat.slice(at, at + 90));
  }

  return facts.sort((a, b) => a.at - b.at);
}

/** Gives each average the rate sentence it follows ("This compares to an average of …"). */
function assignAverages(facts: Fact[], notes: string[]): (Fact & { field: Field })[] {
  let lastRate: RateField | undefined;
  const assigned: (Fact & { field: Field })[] = [];
  for (const fact of facts) {
    if (fact.field === "upheldRate" || fact.field === "complianceRate" || fact.field === "remedyRate") lastRate = fact.field;
    if (fact.field !== "average") {
      assigned.push({ ...fact, field: fact.field });
      continue;
    }
    if (!lastRate) {
      notes.push(`An average sentence with no rate sentence before it was not used: ${quote(fact.said)}.`);
      continue;
    }
    assigned.push({ ...fact, field: AVERAGE_OF[lastRate] });
  }
  return assigned;
}

/** The base a period sentence gives, according to the block it closes. */
function periodBase(period: PeriodSentence, facts: Fact[], notes: string[]): (Fact & { field: Field }) | undefined {
  const lastRate = [...facts].reverse().find((f) => f.field === "upheldRate" || f.field === "complianceRate" || f.field === "remedyRate");
  const fact = (field: Field): Fact & { field: Field } => ({ field, value: period.base, at: period.start, said: period.said });
  switch (period.baseNoun) {
    case "investigations":
      if (lastRate?.field === "upheldRate") return fact("upheldOf");
      if (lastRate?.field === "remedyRate") {
        // docs/design.md §1: the remedy base is the upheld decisions, whatever this sentence counts.
        notes.push(
          `The satisfactory remedy block states a base of ${period.base} investigations; its rate is a share of upheld decisions, so that base was not used.`,
        );
      }
      return undefined;
    case "compliance outcomes":
      return lastRate?.field === "complianceRate" ? fact("complianceOf") : undefined;
    case "upheld decisions":
      return lastRate?.field === "remedyRate" ? fact("remedyBase") : undefined;
  }
}

interface Segment {
  facts: Fact[];
  year?: string;
  notes: string[];
}

function overviewYear(flat: string, from: number, to: number): string | undefined {
  let year: string | undefined;
  for (const match of flat.slice(from, to).matchAll(OVERVIEW_PERIOD)) {
    const said = match[0];
    const found =
      match[2] !== undefined
        ? statisticalYear(Number(match[1]), Number(match[2]), said)
        : statisticalYear(Number(match[3]), expandEnd(Number(match[3]), match[4]!), said);
    if (year && year !== found) throw conflictingYears(year, found);
    year = found;
  }
  return year;
}

function expandEnd(start: number, end: string): number {
  return end.length === 4 ? Number(end) : Math.floor((start + 1) / 100) * 100 + Number(end);
}

function conflictingYears(a: string, b: string): DocumentParseError {
  return new DocumentParseError("conflicting-figures", "period sentence", `statistics block gives two different years: ${a} and ${b}`);
}

function readSegments(flat: string): Segment[] {
  const periods = findPeriods(flat);
  const segments: Segment[] = [];
  let from = 0;
  for (const period of [...periods, undefined]) {
    const to = period ? period.end : flat.length;
    const notes: string[] = [];
    const facts = findFacts(flat, from, period ? period.start : to);
    const leadIn = overviewYear(flat, from, to);
    if (period && leadIn && leadIn !== period.year) throw conflictingYears(leadIn, period.year);
    if (period) {
      const base = periodBase(period, facts, notes);
      if (base) facts.push(base);
    }
    const year = period?.year ?? leadIn;
    segments.push({ facts, notes, ...(year ? { year } : {}) });
    from = to;
  }
  return segments;
}

class YearFacts {
  readonly values = new Map<Field, Fact>();
  readonly notes: string[] = [];

  set(fact: Fact & { field: Field }, year: string): void {
    const existing = this.values.get(fact.field);
    if (existing && existing.value !== fact.value) {
      throw new DocumentParseError(
        "conflicting-figures",
        FIELD_NAMES[fact.field],
        `${year} ${FIELD_NAMES[fact.field]} is given twice with different figures: ${quote(existing.said)} and ${quote(fact.said)}`,
      );
    }
    this.values.set(fact.field, fact);
  }

  get(field: Field): number | undefined {
    return this.values.get(field)?.value ?? undefined;
  }
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function build(year: string, facts: YearFacts): SentenceFigures | undefined {
  const notes = [...facts.notes];
  const result: SentenceFigures = { year, notes };
  const used = new Set<Field>();
  const use = (field: Field) => {
    used.add(field);
    return facts.get(field);
  };

  const upheldRate = use("upheldRate");
  if (upheldRate !== undefined) {
    result.upheld = defined({ rate: upheldRate, count: use("upheldCount"), of: use("upheldOf"), similarAverage: use("upheldAverage") });
  }
  const per100k = use("per100k");
  if (per100k !== undefined) result.upheldPer100k = defined({ value: per100k, similarAverage: use("per100kAverage") });
  const complianceRate = use("complianceRate");
  if (complianceRate !== undefined) {
    result.compliance = defined({ rate: complianceRate, of: use("complianceOf"), similarAverage: use("complianceAverage") });
  }
  const remedyRate = use("remedyRate");
  if (remedyRate !== undefined) {
    // docs/design.md §1: the base is the number of upheld decisions, stated or from the upheld block.
    const of = facts.get("remedyBase") ?? facts.get("upheldCount");
    used.add("remedyBase");
    result.satisfactoryRemedy = defined({ rate: remedyRate, count: use("remedyCount"), of, similarAverage: use("remedyAverage") });
  }
  const overview = defined({
    dealtWith: use("dealtWith"),
    notForUs: use("notForUs"),
    assessedAndClosed: use("assessedAndClosed"),
    investigated: use("investigated"),
  });
  if (Object.keys(overview).length > 0) result.overview = overview;

  for (const [field, fact] of facts.values) {
    if (fact.value === null) {
      notes.push(`The ${FIELD_NAMES[field]} is printed as n/a: ${quote(fact.said)}; it is left absent.`);
    } else if (!used.has(field) || (field === "upheldCount" && upheldRate === undefined && remedyRate === undefined)) {
      notes.push(`The ${FIELD_NAMES[field]} (${fact.value}) was found without its rate sentence and was not used: ${quote(fact.said)}.`);
    }
  }
  const hasFigures = result.upheld || result.upheldPer100k || result.compliance || result.satisfactoryRemedy || result.overview;
  return hasFigures ? result : undefined;
}

/**
 * Reads every statistics block in `flat` (text from `flattenText`), one result per year, oldest
 * first. `fallbackYear` (a letter's "year ending 31 March YYYY") dates blocks that have no period
 * sentence of their own. Throws `DocumentParseError` for a broken sentence, conflicting figures or
 * figures no period dates; returns an empty list when no statistics sentence is present.
 */
export function readStatisticsSentences(flat: string, options: { fallbackYear?: string } = {}): SentenceFigures[] {
  const segments = readSegments(flat);
  const periodYears = new Set(segments.flatMap((s) => (s.year ? [s.year] : [])));
  const { fallbackYear } = options;
  if (fallbackYear && periodYears.size === 1 && !periodYears.has(fallbackYear)) {
    throw new DocumentParseError(
      "conflicting-figures",
      "period sentence",
      `the document's year is ${fallbackYear} but its statistics sentences cover ${[...periodYears][0]}`,
    );
  }

  const byYear = new Map<string, YearFacts>();
  for (const segment of segments) {
    const notes = [...segment.notes];
    const facts = assignAverages(segment.facts, notes);
    if (facts.length === 0) continue;
    let year = segment.year;
    if (!year) {
      if (periodYears.size === 1) year = [...periodYears][0];
      else if (periodYears.size === 0 && fallbackYear) year = fallbackYear;
      else if (periodYears.size === 0) {
        throw new DocumentParseError(
          "missing-period",
          "period sentence",
          `no statistics period sentence found ("Statistics are based on a total of N … for the period between 1 April YYYY to 31 March YYYY"), so the year of the figures is unknown`,
        );
      } else {
        throw new DocumentParseError(
          "missing-period",
          "period sentence",
          `figures after the last period sentence cannot be placed in a year: the document covers ${[...periodYears].sort().join(", ")}`,
        );
      }
    }
    const yearFacts = byYear.get(year!) ?? new YearFacts();
    byYear.set(year!, yearFacts);
    for (const fact of facts) yearFacts.set(fact, year!);
    yearFacts.notes.push(...notes);
  }

  return [...byYear.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([year, facts]) => build(year, facts) ?? []);
}
