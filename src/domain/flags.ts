// The scrutiny engine (docs/design.md §3): what a scrutiny committee should look at in a council's
// published figures. Pure: figures and settings in, flags out, every message carrying the
// numbers and their base, every flag's evidence naming the figures and their source.
import { pointsBetween, versusAverage } from "./comparisons";
import { DEFAULT_FLAG_SETTINGS, type FlagSettings } from "./flag-settings";
import { sourceLabel, sourceOfFigure } from "./figure-sources";
import { FLAG_ORDER, type Flag, type FlagId, type FlagSeverity, type YearFigures } from "./types";
import { comparableWithPreviousYear, compareYears, previousYear } from "./years";

export const FLAG_SEVERITY: Record<FlagId, FlagSeverity> = {
  "compliance-below-100": "scrutinise",
  "upheld-above-average": "watch",
  "remedy-below-average": "watch",
  "per100k-above-average": "watch",
  "upheld-rising": "watch",
  "low-base": "info",
  "figures-inconsistent": "info",
  "records-mismatch": "watch",
};

/** Sorts flags into docs/design.md §3 order (stable for flags of the same id). */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => FLAG_ORDER.indexOf(a.id) - FLAG_ORDER.indexOf(b.id));
}

/** The flag ids joined with "; " in docs/design.md §3 order, each once: the key-statistics `Flags` cell. */
export function joinFlagIds(flags: readonly Flag[]): string {
  return [...new Set(sortFlags(flags).map((flag) => flag.id))].join("; ");
}

/** A rate as LGSCO printed it: 73 → "73%", 68.8 → "68.8%". */
export function formatRate(rate: number): string {
  return `${rate}%`;
}

function formatPoints(points: number): string {
  const size = Math.abs(points);
  return `${size} ${size === 1 ? "point" : "points"}`;
}

function counted(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "24 of 33 investigations", "of 33 investigations", or "investigations not published". */
function countOfBase(count: number | undefined, of: number | undefined, baseNoun: string): string {
  if (of === undefined) return count === undefined ? `number of ${baseNoun} not published` : `${count}, number of ${baseNoun} not published`;
  return count === undefined ? `of ${of} ${baseNoun}` : `${count} of ${of} ${baseNoun}`;
}

interface EvidenceItem {
  label: string;
  value: string;
  path: string;
}

/** "2019-20: Upheld % = 73%, Upheld = 24, Investigations = 33 (source: A); Similar upheld % = 70% (source: B)" */
function evidence(figures: YearFigures, items: readonly EvidenceItem[]): string {
  const groups: { source: string; parts: string[] }[] = [];
  for (const item of items) {
    const source = sourceLabel(sourceOfFigure(figures, item.path));
    const last = groups[groups.length - 1];
    const part = `${item.label} = ${item.value}`;
    if (last && last.source === source) last.parts.push(part);
    else groups.push({ source, parts: [part] });
  }
  return `${figures.year}: ${groups.map((group) => `${group.parts.join(", ")} (source: ${group.source})`).join("; ")}`;
}

function item(label: string, value: number | undefined, path: string, asRate = false): EvidenceItem[] {
  return value === undefined ? [] : [{ label, value: asRate ? formatRate(value) : String(value), path }];
}

function upheldEvidence(figures: YearFigures, withAverage: boolean): EvidenceItem[] {
  const upheld = figures.upheld;
  return [
    ...item("Upheld %", upheld?.rate, "upheld.rate", true),
    ...item("Upheld", upheld?.count, "upheld.count"),
    ...item("Investigations", upheld?.of, "upheld.of"),
    ...(withAverage ? item("Similar upheld %", upheld?.similarAverage, "upheld.similarAverage", true) : []),
  ];
}

function makeFlag(id: FlagId, figures: YearFigures, message: string, evidenceText: string): Flag {
  return {
    id,
    year: figures.year,
    severity: FLAG_SEVERITY[id],
    message,
    evidence: evidenceText,
    ...(figures.gss === undefined ? {} : { gss: figures.gss }),
  };
}

function complianceFlag(figures: YearFigures, settings: FlagSettings): Flag | undefined {
  const compliance = figures.compliance;
  if (compliance === undefined || !(compliance.rate < settings.complianceTarget)) return undefined;
  const base = compliance.of === undefined ? "number of outcomes not published" : counted(compliance.of, "outcome", "outcomes");
  return makeFlag(
    "compliance-below-100",
    figures,
    `Compliance ${formatRate(compliance.rate)} (${base}) is below ${formatRate(settings.complianceTarget)}: ` +
      "scrutinise the complaints where recommendations were not implemented and identify the learning.",
    evidence(figures, [
      ...item("Compliance %", compliance.rate, "compliance.rate", true),
      ...item("Compliance outcomes", compliance.of, "compliance.of"),
      ...item("Similar compliance %", compliance.similarAverage, "compliance.similarAverage", true),
    ]),
  );
}

function upheldAboveAverageFlag(figures: YearFigures, settings: FlagSettings): Flag | undefined {
  const upheld = figures.upheld;
  const comparison = versusAverage(upheld?.rate, upheld?.similarAverage);
  if (upheld === undefined || comparison === undefined || !(comparison.points > settings.aboveAverageMargin)) return undefined;
  return makeFlag(
    "upheld-above-average",
    figures,
    `Upheld ${formatRate(upheld.rate)} (${countOfBase(upheld.count, upheld.of, "investigations")}) is ` +
      `${formatPoints(comparison.points)} above the similar-authority average of ${formatRate(comparison.average)}: ` +
      "look at which services the upheld complaints concern and what they have in common.",
    evidence(figures, upheldEvidence(figures, true)),
  );
}

function remedyBelowAverageFlag(figures: YearFigures, settings: FlagSettings): Flag | undefined {
  const remedy = figures.satisfactoryRemedy;
  const comparison = versusAverage(remedy?.rate, remedy?.similarAverage);
  if (remedy === undefined || comparison === undefined || !(-comparison.points > settings.belowAverageMargin)) return undefined;
  return makeFlag(
    "remedy-below-average",
    figures,
    `Satisfactory remedy ${formatRate(remedy.rate)} (${countOfBase(remedy.count, remedy.of, "upheld decisions")}) is ` +
      `${formatPoints(comparison.points)} below the similar-authority average of ${formatRate(comparison.average)}: ` +
      "the council put things right before the complaint reached the Ombudsman less often than similar councils.",
    evidence(figures, [
      ...item("Satisfactory remedy %", remedy.rate, "satisfactoryRemedy.rate", true),
      ...item("Satisfactory remedies", remedy.count, "satisfactoryRemedy.count"),
      ...item("Upheld decisions", remedy.of, "satisfactoryRemedy.of"),
      ...item("Similar remedy %", remedy.similarAverage, "satisfactoryRemedy.similarAverage", true),
    ]),
  );
}

function per100kAboveAverageFlag(figures: YearFigures, settings: FlagSettings): Flag | undefined {
  const per100k = figures.upheldPer100k;
  const comparison = versusAverage(per100k?.value, per100k?.similarAverage);
  if (per100k === undefined || comparison === undefined || !(comparison.points > settings.aboveAverageMargin)) return undefined;
  const upheldCount = figures.upheld?.count;
  const base = upheldCount === undefined ? "" : ` (${counted(upheldCount, "upheld decision", "upheld decisions")})`;
  return makeFlag(
    "per100k-above-average",
    figures,
    `Upheld decisions per 100,000 residents ${per100k.value}${base} is above the average of ${comparison.average} ` +
      "for authorities of this type: more upheld complaints for the size of the population than similar councils.",
    evidence(figures, [
      ...item("Upheld per 100k", per100k.value, "upheldPer100k.value"),
      ...item("Upheld", upheldCount, "upheld.count"),
      ...item("Similar per 100k", per100k.similarAverage, "upheldPer100k.similarAverage"),
    ]),
  );
}

function upheldRisingFlag(figures: YearFigures, before: YearFigures | undefined, settings: FlagSettings): Flag | undefined {
  const now = figures.upheld;
  const then = before?.upheld;
  if (before === undefined || now === undefined || then === undefined) return undefined;
  if (before.year !== previousYear(figures.year) || !comparableWithPreviousYear(figures.year)) return undefined;
  // A successor council's trend never chains a predecessor's years (docs/design.md §1).
  if (councilKey(before) !== councilKey(figures)) return undefined;
  const rise = pointsBetween(now.rate, then.rate);
  if (!(rise >= settings.risingPoints)) return undefined;
  return makeFlag(
    "upheld-rising",
    figures,
    `Upheld ${formatRate(now.rate)} (${countOfBase(now.count, now.of, "investigations")}) is up ${formatPoints(rise)} on ` +
      `${before.year} (${formatRate(then.rate)}, ${countOfBase(then.count, then.of, "investigations")}): ask what changed.`,
    `${evidence(before, upheldEvidence(before, false))}; ${evidence(figures, upheldEvidence(figures, false))}`,
  );
}

function lowBaseFlag(figures: YearFigures, settings: FlagSettings): Flag | undefined {
  const lowBases: { text: string; items: EvidenceItem[] }[] = [];
  const check = (label: string, rate: number | undefined, base: number | undefined, noun: [string, string], basePath: string, ratePath: string) => {
    if (rate === undefined || base === undefined || !(base < settings.lowBaseUnder)) return;
    lowBases.push({
      text: `${label} ${formatRate(rate)} rests on ${counted(base, noun[0], noun[1])}`,
      items: [...item(`${label} %`, rate, ratePath, true), ...item(noun[1][0]!.toUpperCase() + noun[1].slice(1), base, basePath)],
    });
  };
  check("Upheld", figures.upheld?.rate, figures.upheld?.of, ["investigation", "investigations"], "upheld.of", "upheld.rate");
  check("Compliance", figures.compliance?.rate, figures.compliance?.of, ["compliance outcome", "compliance outcomes"], "compliance.of", "compliance.rate");
  // The remedy base is the number of upheld decisions (docs/design.md §1).
  const remedyBase = figures.satisfactoryRemedy?.of ?? figures.upheld?.count;
  const remedyBasePath = figures.satisfactoryRemedy?.of !== undefined ? "satisfactoryRemedy.of" : "upheld.count";
  check("Satisfactory remedy", figures.satisfactoryRemedy?.rate, remedyBase, ["upheld decision", "upheld decisions"], remedyBasePath, "satisfactoryRemedy.rate");
  if (lowBases.length === 0) return undefined;
  return makeFlag(
    "low-base",
    figures,
    `${lowBases.map((low) => low.text).join("; ")}: a base under ${settings.lowBaseUnder}, where one case moves the rate a long way, so read with care.`,
    evidence(figures, lowBases.flatMap((low) => low.items)),
  );
}

function inconsistentFiguresFlag(figures: YearFigures, settings: FlagSettings): Flag | undefined {
  const mismatches: { text: string; items: EvidenceItem[] }[] = [];
  const check = (label: string, group: "upheld" | "satisfactoryRemedy", noun: string) => {
    const figure = figures[group];
    if (figure?.count === undefined || figure.of === undefined || figure.of === 0) return;
    const recomputed = Math.round((100 * figure.count) / figure.of);
    if (!(Math.abs(recomputed - figure.rate) > settings.inconsistencyTolerance)) return;
    mismatches.push({
      text: `${label} is published as ${formatRate(figure.rate)} but ${figure.count} of ${figure.of} ${noun} is ${formatRate(recomputed)}`,
      items: [
        ...item(`${label} %`, figure.rate, `${group}.rate`, true),
        ...item("count", figure.count, `${group}.count`),
        ...item("of", figure.of, `${group}.of`),
      ],
    });
  };
  check("Upheld", "upheld", "investigations");
  check("Satisfactory remedy", "satisfactoryRemedy", "upheld decisions");
  if (mismatches.length === 0) return undefined;
  return makeFlag(
    "figures-inconsistent",
    figures,
    `${mismatches.map((mismatch) => mismatch.text).join("; ")}: the published figures disagree by more than ` +
      `${formatPoints(settings.inconsistencyTolerance)}, so check the source before quoting them.`,
    evidence(figures, mismatches.flatMap((mismatch) => mismatch.items)),
  );
}

/**
 * The flags for one council's year, in docs/design.md §3 order. `before` is the same council's
 * figures for the year before (for `upheld-rising`), if held.
 */
export function flagsForYear(
  figures: YearFigures,
  before: YearFigures | undefined,
  settings: FlagSettings = DEFAULT_FLAG_SETTINGS,
): Flag[] {
  const flags = [
    complianceFlag(figures, settings),
    upheldAboveAverageFlag(figures, settings),
    remedyBelowAverageFlag(figures, settings),
    per100kAboveAverageFlag(figures, settings),
    upheldRisingFlag(figures, before, settings),
    lowBaseFlag(figures, settings),
    inconsistentFiguresFlag(figures, settings),
  ];
  return flags.filter((flag): flag is Flag => flag !== undefined);
}

/** Which council a record is about: its GSS code where matched, else LGSCO's name. */
function councilKey(figures: YearFigures): string {
  return figures.gss ?? `name:${figures.authority.trim().toLowerCase()}`;
}

/**
 * The flags for every year held of one or more councils, sorted by year then docs/design.md §3 order.
 * A year is compared only with the same council's year before (matched by GSS code, else by
 * name), so a successor council never chains a predecessor's years.
 */
export function flagsForCouncilYears(years: readonly YearFigures[], settings: FlagSettings = DEFAULT_FLAG_SETTINGS): Flag[] {
  const byCouncilAndYear = new Map(years.map((figures) => [`${councilKey(figures)}|${figures.year}`, figures]));
  return [...years]
    .sort((a, b) => compareYears(a.year, b.year))
    .flatMap((figures) => flagsForYear(figures, byCouncilAndYear.get(`${councilKey(figures)}|${previousYear(figures.year)}`), settings));
}
