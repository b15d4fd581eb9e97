// Documents in bulk: the analyst's years of annual letters (PDF, text) and saved statistics pages
// (HTML, text), read together into one row per document — the council it is for, the years and
// figures read, any problem — for the pane to show and the CLI to check before anything is
// written. A document for another council than the one chosen is refused by name. Pure: no
// Node, Office or React; PDFs are read with the pdfjs module the caller gives.
import type { LookupResult } from "../../domain/register";
import type { Authority, YearFigures } from "../../domain/types";
import { DocumentParseError } from "./parse-error";
import { parseDocument, type DocumentKind } from "./parse-document";
import type { PdfJsModule } from "./pdf-text";

export interface DocumentInput {
  /** The file's name as the analyst knows it, or "pasted text". */
  name: string;
  /** The file's bytes (PDF, HTML or text) or pasted text. */
  content: string | Uint8Array;
}

export interface DocumentRow {
  document: string;
  kind?: DocumentKind;
  /** The council the document is for, when it names one the register knows. */
  council?: Authority;
  /** One record per year the document holds, each citing the document. Empty when there is a problem. */
  years: YearFigures[];
  /** Where its rates disagree with its own counts: shown, never corrected. */
  warnings: string[];
  /** Why the document cannot be used, in one sentence naming it; absent when it can. */
  problem?: string;
}

export interface ReadDocumentsOptions {
  register: { lookup(query: string, options?: { year?: string }): LookupResult };
  /** The council chosen: a document for another council is refused. */
  council?: Authority;
  pdfjs?: PdfJsModule;
  /** ISO date-time the documents were read, kept in each year's source. */
  retrieved?: string;
}

function titleOf(kind: DocumentKind, document: string): string {
  return kind === "annual-letter" ? `LGSCO annual review letter, ${document}` : `LGSCO statistics page, ${document}`;
}

function reasonOf(error: unknown): string {
  if (error instanceof DocumentParseError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

async function readOne(input: DocumentInput, options: ReadDocumentsOptions): Promise<DocumentRow> {
  const document = input.name;
  const refused = (problem: string, more: Partial<DocumentRow> = {}): DocumentRow => ({ document, years: [], warnings: [], ...more, problem });
  let parsed;
  try {
    parsed = await parseDocument(input.content, options.pdfjs ? { pdfjs: options.pdfjs } : {});
  } catch (error) {
    return refused(`${document} could not be read: ${reasonOf(error)}.`);
  }
  const first = parsed[0];
  if (first === undefined) return refused(`${document} holds no year's figures.`);
  const kind: DocumentKind = first.source.kind === "annual-letter" ? "annual-letter" : "statistics-page";
  const found = options.register.lookup(first.authority, { year: first.year });
  if (found.kind !== "found") return refused(`${document} is for "${first.authority}", which is not one council in the register: ${found.message}`, { kind });
  const council = found.authority;
  if (options.council !== undefined && council.gss !== options.council.gss) {
    return refused(`${document} is for ${council.name}, not ${options.council.name}.`, { kind, council });
  }
  const source = { kind: first.source.kind, title: titleOf(kind, document), ...(options.retrieved ? { retrieved: options.retrieved } : {}) };
  const years: YearFigures[] = parsed.map((record) => {
    const { inconsistencies: _reported, figureSources: _none, ...figures } = record;
    return { ...figures, gss: council.gss, source };
  });
  const warnings = parsed.flatMap((record) => (record.inconsistencies ?? []).map((inconsistency) => `${record.year}: ${inconsistency.message}`));
  return { document, kind, council, years, warnings };
}

/**
 * One row per document, in the order given. Two documents giving the same council's year with
 * different figures: the later one is refused, naming the earlier.
 */
export async function readDocuments(inputs: readonly DocumentInput[], options: ReadDocumentsOptions): Promise<DocumentRow[]> {
  const rows: DocumentRow[] = [];
  const seen = new Map<string, { document: string; figures: string }>();
  for (const input of inputs) {
    const row = await readOne(input, options);
    const clash = row.years
      .map((year) => ({ year, earlier: seen.get(`${year.gss}|${year.year}`) }))
      .find(({ year, earlier }) => earlier !== undefined && earlier.figures !== figuresOnly(year));
    if (clash?.earlier) {
      rows.push({ ...row, years: [], problem: `${row.document} gives ${row.council?.name ?? ""} ${clash.year.year} differently from ${clash.earlier.document}: use one of them.` });
      continue;
    }
    for (const year of row.years) seen.set(`${year.gss}|${year.year}`, { document: row.document, figures: figuresOnly(year) });
    rows.push(row);
  }
  return rows;
}

function figuresOnly(year: YearFigures): string {
  const { source: _source, authority: _authority, notes: _notes, ...figures } = year;
  return JSON.stringify(figures);
}

/** The rows that cannot be used, for a caller that refuses the whole set when any is unusable. */
export function documentProblems(rows: readonly DocumentRow[]): string[] {
  return rows.flatMap((row) => (row.problem === undefined ? [] : [row.problem]));
}

/**
 * The figures held with the years read put over them: each council-year read replaces the one
 * held (as a live page's year does), citing its own document; the rest stay as they were.
 */
export function withYearsRead(held: readonly YearFigures[], read: readonly YearFigures[]): YearFigures[] {
  const replaced = new Set(read.map((year) => `${year.gss}|${year.year}`));
  return [...held.filter((year) => !replaced.has(`${year.gss}|${year.year}`)), ...read];
}

/** Every year read from the usable rows. */
export function yearsRead(rows: readonly DocumentRow[]): YearFigures[] {
  return rows.flatMap((row) => (row.problem === undefined ? row.years : []));
}
