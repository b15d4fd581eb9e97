// Import documents, the one job behind the pane's imports and `cli fetch --import/--data-file`:
// the years read from the council's own letters and pages (and from LGSCO's data tables, which
// hold every council) are checked, held where the figures and the formulas see them, the council
// is fetched with them, and they are kept with the workbook only once its sheets are written, so
// a document is kept only if it reached the sheets (docs/design.md §5).
import type { Authority, YearFigures } from "../domain/types";
import { withYearsRead } from "../sources/documents/read-documents";
import { fetchMyCouncil, type FetchOutcome } from "./fetch-my-council";
import type { PlanChoices } from "./figures-held";
import { DocumentForAnotherCouncilError } from "./job-errors";
import type { FiguresHeld, JobContext } from "./ports";

export interface ImportRequest extends PlanChoices {
  /** The council fetched with what was read. */
  council: Authority;
  /** Years read from the council's own annual letters and statistics pages, each citing its document. */
  documents?: readonly YearFigures[];
  /** Years read from LGSCO's data tables: any council's. */
  dataTables?: readonly YearFigures[];
}

/** Where imported years go: the figures held (and the formulas), then the workbook. */
export interface ImportedFigures {
  hold(years: readonly YearFigures[]): void;
  /** Keeps the years with the workbook (the pane's settings); the CLI's file keeps nothing more. */
  keep?(years: readonly YearFigures[]): Promise<void>;
}

export interface ImportOutcome {
  /** The Fetch written with the years read. */
  fetched: FetchOutcome;
  /** False when keeping the years with the workbook failed (the sheets were written). */
  kept: boolean;
}

export async function importDocuments(request: ImportRequest, context: JobContext, imported: ImportedFigures): Promise<ImportOutcome> {
  const { documents = [], dataTables = [], ...fetch } = request;
  // A council's letter is its own figures: one for another council never reaches its sheets.
  const others = documents.filter((year) => year.gss !== fetch.council.gss);
  if (others.length > 0) throw new DocumentForAnotherCouncilError(fetch.council, others);

  const held = yearsImported({ documents, dataTables });
  imported.hold(held);
  const fetched = await fetchMyCouncil(fetch, context);
  return { fetched, kept: await keep(imported, held) };
}

/** Every year imported, data tables first and each council's own documents over them (a letter is its own figures; a table is everyone's). */
export function yearsImported(imports: Pick<ImportRequest, "documents" | "dataTables">): YearFigures[] {
  return withYearsRead(imports.dataTables ?? [], imports.documents ?? []);
}

/** LGSCO's data tables without a council to fetch: every council's years held and kept, nothing written. */
export async function holdDataTables(dataTables: readonly YearFigures[], imported: ImportedFigures): Promise<{ kept: boolean }> {
  imported.hold(dataTables);
  return { kept: await keep(imported, dataTables) };
}

async function keep(imported: ImportedFigures, years: readonly YearFigures[]): Promise<boolean> {
  if (!imported.keep) return true;
  return imported.keep(years).then(
    () => true,
    () => false,
  );
}

/**
 * Figures held with imported years over them, for a caller with no store of its own (the CLI):
 * what `hold` is given is what `figuresFor` answers with from then on.
 */
export function heldWithImports(base: FiguresHeld): FiguresHeld & ImportedFigures {
  let read: YearFigures[] = [];
  return {
    register: base.register,
    asOf: base.asOf,
    figuresFor: (gss) => withYearsRead(base.figuresFor(gss), read.filter((year) => year.gss === gss)),
    similarAverages: (type, year) => base.similarAverages(type, year),
    hold(years) {
      read = withYearsRead(read, years);
    },
  };
}
