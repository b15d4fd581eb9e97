// What the document parsers return: `YearFigures` (docs/design.md §3) plus what the parser noticed.
// Fields are written in the order of the data model so the CLI's JSON reads the same way for
// every document; absent figures are left out, never written as 0 or null.
import type { FigureSource, YearFigures } from "../../domain/types";
import { crossCheck, type Inconsistency } from "./cross-check";

export interface ParsedYearFigures extends YearFigures {
  /** Rates or totals that disagree with the document's own counts: reported, never corrected. */
  inconsistencies?: Inconsistency[];
}

export interface ParseOptions {
  /** Where the document came from: its address, title, when it was fetched. */
  source?: Omit<FigureSource, "kind">;
}

type FigureParts = Omit<YearFigures, "source" | "authority" | "year" | "notes">;

/** One year's figures in data-model order, cross-checked, with notes only when there are some. */
export function assembleYearFigures(
  authority: string,
  year: string,
  parts: FigureParts,
  source: FigureSource,
  notes: string[],
): ParsedYearFigures {
  const figures: ParsedYearFigures = {
    authority,
    year,
    ...(parts.upheld && { upheld: parts.upheld }),
    ...(parts.upheldPer100k && { upheldPer100k: parts.upheldPer100k }),
    ...(parts.compliance && { compliance: parts.compliance }),
    ...(parts.satisfactoryRemedy && { satisfactoryRemedy: parts.satisfactoryRemedy }),
    ...(parts.overview && { overview: parts.overview }),
    ...(parts.received && { received: parts.received }),
    ...(parts.decisions && { decisions: parts.decisions }),
    source,
  };
  const inconsistencies = crossCheck(figures);
  if (inconsistencies.length > 0) figures.inconsistencies = inconsistencies;
  const uniqueNotes = [...new Set(notes)];
  if (uniqueNotes.length > 0) figures.notes = uniqueNotes;
  return figures;
}

/** The source of a parsed document: its kind, then what the caller knows about it. */
export function documentSource(kind: FigureSource["kind"], found: Omit<FigureSource, "kind">, options: ParseOptions = {}): FigureSource {
  const source: FigureSource = { kind };
  const merged = { ...found, ...options.source };
  if (merged.url !== undefined) source.url = merged.url;
  if (merged.title !== undefined) source.title = merged.title;
  if (merged.retrieved !== undefined) source.retrieved = merged.retrieved;
  return source;
}
