// The pane's bulk imports (issue 11): several letters and saved statistics pages at once, read
// into one row per document for the analyst to confirm; and LGSCO's data tables, every council
// in them kept for Fetch, Refresh, peers and the =LGSCO.* formulas. Reading keeps nothing; adding
// goes through the same store, settings and Fetch as a single letter. excel-workbook.ts hands in
// its internals and spreads these jobs into the PaneWorkbook.
import type { YearFigures } from "../../domain/types";
import type { FiguresStore } from "../../sources/figures-store";
import type { PdfJsModule } from "../../sources/documents/pdf-text";
import { describeProblem } from "./describe-problem";
import { councilOption } from "./pane-results";
import {
  PaneProblem,
  type DataTableInput,
  type DataTablesAdded,
  type DataTablesReading,
  type DocumentInput,
  type DocumentReadingRow,
  type FetchChoice,
  type FetchResult,
  type PaneWorkbook,
  type ProgressListener,
  type YearSpan,
} from "./pane-api";

export interface BulkImportDependencies {
  openStore(): Promise<FiguresStore>;
  pdfjs?: () => Promise<PdfJsModule>;
  now(): Date;
  /** The Import documents job for one council: held, fetched, kept (one job at a time with Fetch and Refresh). */
  fetchWith(choice: FetchChoice, imports: { documents?: readonly YearFigures[]; dataTables?: readonly YearFigures[] }, onProgress?: ProgressListener): Promise<FetchResult & { kept: boolean }>;
  /** The same job for data tables without the chosen council: held and kept, nothing written. */
  holdDataTables(dataTables: readonly YearFigures[]): Promise<{ kept: boolean }>;
}

export type BulkImportJobs = Pick<PaneWorkbook, "readDocuments" | "addDocuments" | "readDataTables" | "addDataTables">;

const problem = (title: string, whatHappened: string, whatToDo: string) => new PaneProblem(title, whatHappened, whatToDo);

export function bulkImportJobs(deps: BulkImportDependencies): BulkImportJobs {
  async function readDocuments(inputs: readonly DocumentInput[], council?: string): Promise<DocumentReadingRow[]> {
    try {
      const [{ readDocuments: read }, store] = await Promise.all([import("../../sources/documents/read-documents"), deps.openStore()]);
      const needsPdf = inputs.some((input) => input.kind === "file" && /\.pdf$/i.test(input.fileName));
      const pdfjs = needsPdf && deps.pdfjs ? await deps.pdfjs() : undefined;
      const chosen = council === undefined ? undefined : store.register.get(council);
      const rows = await read(
        inputs.map((input) => (input.kind === "file" ? { name: input.fileName, content: input.bytes } : { name: "pasted text", content: input.text })),
        { register: store.register, ...(chosen ? { council: chosen } : {}), ...(pdfjs ? { pdfjs } : {}), retrieved: deps.now().toISOString() },
      );
      return rows.map((row) => ({
        document: row.document,
        ...(row.kind ? { kind: row.kind } : {}),
        ...(row.council ? { council: councilOption(row.council) } : {}),
        // Kept in the workbook's settings once added: cited as a document imported into it, as on reopening.
        years: row.years.map((year) => ({ ...year, source: { ...year.source, carriedBy: "workbook" as const } })),
        warnings: row.warnings,
        ...(row.problem ? { problem: row.problem } : {}),
      }));
    } catch (error) {
      throw describeProblem(error, "read-letter");
    }
  }

  async function addDocuments(rows: readonly DocumentReadingRow[], choice: { years?: YearSpan }, onProgress?: ProgressListener): Promise<FetchResult> {
    const usable = rows.filter((row) => row.problem === undefined && row.council !== undefined && row.years.length > 0);
    const councils = new Map(usable.map((row) => [row.council!.gss, row.council!]));
    if (councils.size !== 1) {
      throw problem(
        "The documents were not added",
        councils.size === 0 ? "None of the documents can be added." : `The documents are for ${councils.size} councils: ${[...councils.values()].map((c) => c.name).join(", ")}.`,
        "Choose your council first, then the documents for it.",
      );
    }
    const council = [...councils.values()][0]!;
    const { kept: _said, ...fetched } = await deps.fetchWith({ gss: council.gss, ...(choice.years ? { years: choice.years } : {}) }, { documents: usable.flatMap((row) => row.years) }, onProgress);
    return fetched;
  }

  async function readDataTables(files: readonly DataTableInput[]): Promise<DataTablesReading> {
    const [{ importDataFiles, describeDataFileReport, DataFileError }, { readTableFile }, { TableFileError }, store] = await Promise.all([
      import("../../sources/data-files/data-file"),
      import("../../sources/tables/read-table-file"),
      import("../../sources/tables/table-file-error"),
      deps.openStore(),
    ]).catch((error: unknown) => {
      throw describeProblem(error, "load");
    });
    const refused = (what: string) => problem("The data tables could not be read", what, "Check each file is one of LGSCO's data tables (CSV, XLSX or Unicode Text) and choose them again. Nothing was kept.");
    const read = [];
    for (const file of files) {
      try {
        read.push({ sheets: await readTableFile(file.bytes, file.fileName), options: { lookup: (name: string, year: string) => store.register.resolve(name, { year }), fileName: file.fileName } });
      } catch (error) {
        if (error instanceof TableFileError) throw refused(`${file.fileName}: ${error.message}`);
        throw describeProblem(error, "load");
      }
    }
    try {
      const { figures, reports, conflicts } = importDataFiles(read);
      return {
        files: files.map((file) => file.fileName),
        figures,
        councils: new Set(figures.map((figure) => figure.gss)).size,
        years: [...new Set(figures.map((figure) => figure.year))].sort(),
        report: [...reports.flatMap(describeDataFileReport), ...conflicts.map((conflict) => `${conflict}.`)],
      };
    } catch (error) {
      if (error instanceof DataFileError) throw refused(error.message);
      throw describeProblem(error, "load");
    }
  }

  async function addDataTables(reading: DataTablesReading, choice: { gss?: string; years?: YearSpan }, onProgress?: ProgressListener): Promise<DataTablesAdded> {
    // Every council's figures are held and kept; the chosen council's sheets are written when the tables hold it.
    if (choice.gss !== undefined && reading.figures.some((figures) => figures.gss === choice.gss)) {
      const { kept, ...fetched } = await deps.fetchWith({ gss: choice.gss, ...(choice.years ? { years: choice.years } : {}) }, { dataTables: reading.figures }, onProgress);
      return { councils: reading.councils, years: reading.years, fetched, kept };
    }
    const { kept } = await deps.holdDataTables(reading.figures);
    return { councils: reading.councils, years: reading.years, kept };
  }

  return {
    readDocuments,
    addDocuments,
    readDataTables,
    addDataTables,
  };
}
