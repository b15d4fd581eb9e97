// Every figure the add-in shows carries its source. A YearFigures record names one source for
// the whole record, and `figureSources` overrides it figure by figure where a merged record
// took figures from several documents.
import type { FigureSource, YearFigures } from "./types";

// Keyed by string so a kind added to FigureSource later still gets a name (its own).
const KIND_NAMES: Readonly<Record<string, string>> = {
  "statistics-page": "LGSCO council statistics page",
  "annual-letter": "LGSCO annual review letter",
  "data-file": "LGSCO data file",
  dataset: "embedded dataset",
  "council-report": "council report",
  press: "press report",
};

/**
 * The source of the figure at `path` ("upheld.rate", "received.byCategory.housing"): its own
 * entry in `figureSources`, else the entry of the nearest enclosing path ("upheld"), else the
 * record's source.
 */
export function sourceOfFigure(figures: YearFigures, path: string): FigureSource {
  const parts = path.split(".");
  for (let length = parts.length; length > 0; length--) {
    const own = figures.figureSources?.[parts.slice(0, length).join(".")];
    if (own) return own;
  }
  return figures.source;
}

/** How a source is named to the analyst: its address, else its title, else what kind of document it was. */
export function sourceLabel(source: FigureSource): string {
  const name = source.carriedBy === "workbook" ? carriedName(source) : (source.url ?? source.title ?? KIND_NAMES[source.kind] ?? source.kind);
  return source.replaced === undefined ? name : `${name} (${source.replaced})`;
}

/** What a workbook carries, in the analyst's words: a letter, a saved statistics page, a data table. */
const CARRIED_KINDS: Partial<Record<FigureSource["kind"], string>> = { "statistics-page": "statistics page", "data-file": "data table" };

/** "letter", "statistics page" or "data table": the kind of document an analyst imported. */
export function importedDocumentKind(kind: FigureSource["kind"]): string {
  return CARRIED_KINDS[kind] ?? "letter";
}

/** "harrow.pdf (letter imported into this workbook on 2026-11-25)": what a workbook carried, as what it is. */
function carriedName(source: FigureSource): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(source.retrieved ?? "")?.[0];
  return `${source.title ?? "a document with no name"} (${importedDocumentKind(source.kind)} imported into this workbook ${date === undefined ? "on a date not recorded" : `on ${date}`})`;
}

/** The distinct labels of the sources of the figures at `paths`, in first-seen order. */
export function distinctSourceLabels(figures: YearFigures, paths: readonly string[]): string[] {
  const labels: string[] = [];
  for (const path of paths) {
    const label = sourceLabel(sourceOfFigure(figures, path));
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}
