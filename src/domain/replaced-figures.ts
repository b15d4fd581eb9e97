// When a newer publication's figures for a year differ from the ones held, the newer ones are
// used (docs/design.md §2) and the analyst is told what they replaced, figure by figure, in Sources.
import { publishedFigureValues } from "./figure-paths";
import { sourceLabel, sourceOfFigure } from "./figure-sources";
import type { YearFigures } from "./types";

const GROUP_WORDS: Readonly<Record<string, string>> = {
  upheld: "complaints upheld",
  upheldPer100k: "upheld decisions per 100,000 residents",
  compliance: "compliance with recommendations",
  satisfactoryRemedy: "satisfactory remedy",
  overview: "complaint overview",
  received: "complaints received",
  decisions: "decisions made",
};

const FIELD_WORDS: Readonly<Record<string, string>> = {
  rate: "rate",
  count: "count",
  of: "out of",
  value: "value",
  similarAverage: "similar average",
};

/** "complaints upheld rate 83%" from a path and its value. */
function describeFigure(path: string, value: number): string {
  const [group = path, ...rest] = path.split(".");
  const field = rest.join(".");
  const percent = field === "rate" || field === "similarAverage" || field === "upholdRate" ? "%" : "";
  return `${GROUP_WORDS[group] ?? group} ${FIELD_WORDS[field] ?? field} ${value}${percent}`.replace(/\s+/g, " ");
}

/**
 * What `newer` replaces in `held` (same council and year): every figure both hold that differs,
 * with the held value and its document; undefined when they agree on every shared figure.
 */
export function describeReplacedFigures(newer: YearFigures, held: YearFigures): string | undefined {
  const newValues = publishedFigureValues(newer);
  const bySource = new Map<string, string[]>();
  for (const [path, value] of publishedFigureValues(held)) {
    const replacement = newValues.get(path);
    if (replacement === undefined || replacement === value) continue;
    const { replaced: _earlier, ...heldSource } = sourceOfFigure(held, path);
    const label = sourceLabel(heldSource);
    bySource.set(label, [...(bySource.get(label) ?? []), describeFigure(path, value)]);
  }
  if (bySource.size === 0) return undefined;
  const parts = [...bySource.entries()].map(([label, figures]) => `${figures.join(", ")} from ${label}`);
  return `replaced ${held.year} figures held before: ${parts.join("; ")}`;
}
