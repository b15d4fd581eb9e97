// Import a letter, its first half: the document read into its council's years, each citing the
// document as one imported into this workbook, for the analyst to confirm before anything is kept.
import type { YearFigures } from "../../domain/types";
import { CouncilNotFoundError } from "../../domain/register";
import type { FiguresStore } from "../../sources/figures-store";
import type { PdfJsModule } from "../../sources/documents/pdf-text";
import { describeProblem } from "./describe-problem";
import { PaneProblem, type LetterInput, type LetterReading } from "./pane-api";
import { councilOption } from "./pane-results";

export interface LetterReadingDependencies {
  store: () => Promise<FiguresStore>;
  pdfjs?: () => Promise<PdfJsModule>;
  now: () => Date;
}

/** Reads one document the analyst gave into the years it holds, citing it; nothing is kept yet. */
export async function readLetter(input: LetterInput, deps: LetterReadingDependencies): Promise<LetterReading> {
  try {
    const [{ parseDocument }, store, pdfjs] = await Promise.all([
      import("../../sources/documents/parse-document"),
      deps.store(),
      input.kind === "pdf" && deps.pdfjs ? deps.pdfjs() : Promise.resolve(undefined),
    ]);
    const from = input.kind === "pdf" ? input.fileName : "pasted text";
    const retrieved = deps.now().toISOString();
    const parsed = await parseDocument(input.kind === "pdf" ? input.bytes : input.text, pdfjs ? { pdfjs } : {});
    const first = parsed[0];
    if (first === undefined) throw new PaneProblem("The letter could not be read", "No year's figures were found in it.", "Check it is LGSCO's annual review letter and that the whole text is there.");
    const kind = first.source.kind === "statistics-page" ? "statistics-page" : "annual-letter";
    const title = kind === "annual-letter" ? `LGSCO annual review letter, ${from}` : `LGSCO statistics page, ${from}`;
    const found = store.register.lookup(first.authority, { year: first.year });
    if (found.kind !== "found") throw new CouncilNotFoundError(found);
    const years: YearFigures[] = parsed.map((record) => {
      const { inconsistencies: _ignored, figureSources: _none, ...figures } = record;
      // Each figure cites the document the analyst gave: its name and when it was read here.
      return { ...figures, gss: found.authority.gss, source: { kind: record.source.kind, title, retrieved, carriedBy: "workbook" as const } };
    });
    return {
      council: councilOption(found.authority),
      documentKind: kind,
      years,
      warnings: parsed.flatMap((record) => (record.inconsistencies ?? []).map((inconsistency) => `${record.year}: ${inconsistency.message}`)),
      from,
    };
  } catch (error) {
    throw describeProblem(error, "read-letter");
  }
}
