// What sort of document a figure in the source tables came from, read from its `source` column
// (an address, or a title for a document held as text), and how far it is trusted when two
// sources disagree: LGSCO's statistics page, then LGSCO's annual review letter, then a council's
// own report, then the press (docs/design.md §2).
import type { FigureSource } from "../../../domain/types";

export type TableSourceKind = "statistics-page" | "annual-letter" | "council-report" | "press";

/** Lower ranks first: the order in which disagreeing sources are preferred. */
export const SOURCE_RANK: Record<TableSourceKind, number> = {
  "statistics-page": 1,
  "annual-letter": 2,
  "council-report": 3,
  press: 4,
};

export const SOURCE_KIND_NAMES: Record<TableSourceKind, string> = {
  "statistics-page": "LGSCO's statistics page",
  "annual-letter": "LGSCO's annual review letter",
  "council-report": "a council's own report",
  press: "a press report",
};

export interface ClassifiedSource {
  kind: TableSourceKind;
  source: FigureSource;
}

function isLgscoHost(host: string): boolean {
  return host === "lgo.org.uk" || host.endsWith(".lgo.org.uk");
}

// Councils publish on their own *.gov.uk sites and on ModernGov committee sites (<council>.moderngov.co.uk).
function isCouncilHost(host: string): boolean {
  return (host.endsWith(".gov.uk") && host !== "www.gov.uk") || host.endsWith(".moderngov.co.uk");
}

/**
 * Classifies the `source` column: an lgo.org.uk council statistics page; anything naming an
 * "Annual Review letter" (also a letter a council republished); a council's site; else the press.
 * Returns undefined for text that is neither an http(s) address nor a letter's title.
 */
export function classifySource(text: string): ClassifiedSource | undefined {
  const trimmed = text.trim();
  const namesLetter = (value: string): boolean => /annual\s+review\s+letter/i.test(value);
  if (!/^https?:\/\//i.test(trimmed)) {
    return namesLetter(trimmed) ? { kind: "annual-letter", source: { kind: "annual-letter", title: trimmed } } : undefined;
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  let decodedPath = url.pathname;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape: classify on the path as written.
  }
  if (isLgscoHost(host) && /^\/your-councils-performance\/[a-z0-9-]+\/statistics\/?$/i.test(url.pathname)) {
    return { kind: "statistics-page", source: { kind: "statistics-page", url: trimmed } };
  }
  if (namesLetter(decodedPath)) return { kind: "annual-letter", source: { kind: "annual-letter", url: trimmed } };
  if (isCouncilHost(host)) return { kind: "council-report", source: { kind: "council-report", url: trimmed } };
  return { kind: "press", source: { kind: "press", url: trimmed } };
}
