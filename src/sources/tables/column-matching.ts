// Matching columns by what their headers mean, not their exact text: "% upheld", "Upheld rate"
// and "Uphold rate (%)" are one column; "LGO ref" and "Ombudsman reference" another. Headers are
// reduced to sets of canonical words, and a column matches a field when its header holds every
// word of one of the field's phrases and none of the words that rule it out.
import { cellText, type Cell } from "./cells";

export interface ColumnSpec<K extends string> {
  key: K;
  /** The field in the analyst's words, for reports and the mapping the pane shows. */
  label: string;
  /** Alternatives, each a phrase whose every word must appear in the header (in any order). */
  phrases: readonly string[];
  /** Words that rule a header out, e.g. "average" for a council's own rate. */
  unless?: readonly string[];
}

export interface Vocabulary<K extends string> {
  specs: readonly ColumnSpec<K>[];
  /** Word → canonical word ("lgo" → "ombudsman", "ref" → "reference"), applied to headers and phrases. */
  synonyms?: Readonly<Record<string, string>>;
  /** Text rewrites applied before splitting into words ("per cent" → "percent", "100,000" → "100k"). */
  rewrites?: readonly (readonly [RegExp, string])[];
}

/** Words that carry no meaning in a header. */
const FILLER_WORDS = new Set(["the", "of", "by", "a", "an", "to", "for", "in", "on", "at", "and", "or", "with", "from", "is", "was", "were", "we"]);

const COMMON_REWRITES: readonly (readonly [RegExp, string])[] = [
  [/&/g, " and "],
  [/%/g, " percent "],
  [/\bper\s*cent(age)?\b/g, " percent "],
  [/\bpercentage\b/g, " percent "],
  [/\bno\.(?=\s|$)/g, " number "],
];

/** The canonical words of a header or phrase: lower case, punctuation gone, synonyms applied, filler dropped. */
export function headerWords<K extends string>(text: string, vocabulary: Vocabulary<K>): string[] {
  let normalised = text.toLowerCase().replace(/[\u2018\u2019']/g, "");
  for (const [pattern, replacement] of [...COMMON_REWRITES, ...(vocabulary.rewrites ?? [])]) {
    normalised = normalised.replace(pattern, replacement);
  }
  return normalised
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => vocabulary.synonyms?.[word] ?? word)
    .filter((word) => !FILLER_WORDS.has(word));
}

/**
 * How well `header` fits `spec`: the number of words of the longest phrase it holds, a little
 * more for an exact fit and a little less for each extra word; undefined when it does not fit.
 */
export function matchScore<K extends string>(header: string, spec: ColumnSpec<K>, vocabulary: Vocabulary<K>): number | undefined {
  const words = headerWords(header, vocabulary);
  if (words.length === 0) return undefined;
  const wordSet = new Set(words);
  if ((spec.unless ?? []).some((word) => headerWords(word, vocabulary).some((w) => wordSet.has(w)))) return undefined;
  let best: number | undefined;
  for (const phrase of spec.phrases) {
    const phraseWords = [...new Set(headerWords(phrase, vocabulary))];
    if (phraseWords.length === 0 || !phraseWords.every((word) => wordSet.has(word))) continue;
    const extra = wordSet.size - phraseWords.length;
    const score = phraseWords.length + (extra === 0 ? 0.5 : -0.01 * extra);
    if (best === undefined || score > best) best = score;
  }
  return best;
}

export interface HeaderCell {
  /** 0-based column index. */
  column: number;
  header: string;
}

export interface ColumnMatch<K extends string> {
  /** Field → 0-based column index of the column holding it. */
  columns: Partial<Record<K, number>>;
  /** Columns whose header fits a field another column fits better (or equally, further left). */
  duplicates: (HeaderCell & { key: K })[];
  /** Headed columns that fit no field. */
  unmatched: HeaderCell[];
}

/**
 * Gives each field the column that fits it best, each column to at most one field: the best
 * fits are settled first, so "Upheld rate" goes to the rate and "Upheld" to the count.
 */
export function matchColumns<K extends string>(headerRow: readonly Cell[], vocabulary: Vocabulary<K>): ColumnMatch<K> {
  const candidates: { column: number; key: K; score: number }[] = [];
  const headers: HeaderCell[] = [];
  headerRow.forEach((cell, column) => {
    const header = cellText(cell);
    if (header === "") return;
    headers.push({ column, header });
    for (const spec of vocabulary.specs) {
      const score = matchScore(header, spec, vocabulary);
      if (score !== undefined) candidates.push({ column, key: spec.key, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  const columns: Partial<Record<K, number>> = {};
  const assignedColumns = new Set<number>();
  for (const candidate of candidates) {
    if (assignedColumns.has(candidate.column) || columns[candidate.key] !== undefined) continue;
    columns[candidate.key] = candidate.column;
    assignedColumns.add(candidate.column);
  }
  const duplicates: (HeaderCell & { key: K })[] = [];
  const unmatched: HeaderCell[] = [];
  for (const header of headers) {
    if (assignedColumns.has(header.column)) continue;
    const fit = candidates.find((candidate) => candidate.column === header.column);
    if (fit) duplicates.push({ ...header, key: fit.key });
    else unmatched.push(header);
  }
  return { columns, duplicates, unmatched };
}
