// Letters kept in a workbook's settings come with the workbook, from whoever saved it: they are
// checked like any letter before the figures store takes them, and cited as what they are (a
// letter imported into this workbook, by its document's name), never as the embedded dataset or
// as an LGSCO address the workbook claims.
import type { LookupResult } from "../../domain/register";
import type { FigureSource, YearFigures } from "../../domain/types";
import { crossCheck } from "../../sources/documents/cross-check";

export type CarriedLetter = { ok: true; letter: YearFigures } | { ok: false; problem: string };

const LETTER_KINDS: readonly FigureSource["kind"][] = ["annual-letter", "statistics-page"];

/** The letter as the store should hold it, or why it is not used, in the analyst's words. */
export function checkCarriedLetter(letter: YearFigures, register: { lookup(query: string, options?: { year?: string }): LookupResult }): CarriedLetter {
  const named = `A letter kept in this workbook (${letter.authority}, ${letter.year})`;
  const found = register.lookup(letter.authority, { year: letter.year });
  const candidates = found.kind === "found" ? [found.authority] : found.kind === "ambiguous" ? found.candidates : [];
  const council = letter.gss === undefined ? (candidates.length === 1 ? candidates[0] : undefined) : candidates.find((candidate) => candidate.gss === letter.gss);
  if (council === undefined) {
    const whose = candidates.length === 0 ? `"${letter.authority}", a council the register does not know` : candidates.map((candidate) => candidate.name).join(" or ");
    return { ok: false, problem: `${named} was not used: it names ${whose}, not the council it is kept for.` };
  }
  const disagreements = crossCheck(letter);
  if (disagreements.length > 0) {
    return { ok: false, problem: `${named} was not used: its figures disagree with its own counts. ${disagreements.map((d) => d.message).join(" ")}` };
  }
  const { figureSources: _perFigure, ...figures } = letter;
  return { ok: true, letter: { ...figures, gss: council.gss, source: carriedSource(letter.source) } };
}

/** The letter's own name and when it was imported; any address or other claim it carried is left out. */
function carriedSource(source: FigureSource): FigureSource {
  const kind = LETTER_KINDS.includes(source.kind) ? source.kind : "annual-letter";
  const carried: FigureSource = { kind, carriedBy: "workbook" };
  if (source.title !== undefined) carried.title = source.title;
  if (source.retrieved !== undefined && Number.isFinite(Date.parse(source.retrieved))) carried.retrieved = source.retrieved;
  return carried;
}
