// The arguments of the =LGSCO.* functions, read once into typed values: a council as an analyst
// names it, a statistical year as "2019-20" or the year it ends (2020), a measure by its name.
// Anything else is a #VALUE! error that says what was wrong and what would do.
import type { LookupResult } from "../domain/register";
import type { Authority } from "../domain/types";
import { parseYear } from "../domain/years";
import { invalidValue, type FormulaError } from "./formula-result";

/** The store's part that names councils (FiguresStore fits). */
export interface CouncilFinder {
  lookup(query: string, options?: { year?: string }): LookupResult;
}

function shown(input: unknown): string {
  return typeof input === "string" ? `"${input}"` : String(input);
}

/** "2019-20", "2019/20", 2020 or "2020" → "2019-20". */
export function readYear(input: unknown): string | FormulaError {
  if (typeof input === "string" || typeof input === "number") {
    const year = parseYear(input);
    if (year !== undefined) return year;
  }
  if (input === null || input === undefined || input === "") return invalidValue('No year was given: write it as "2019-20" or as the year it ends, 2020.');
  return invalidValue(`${shown(input)} is not a statistical year: write it as "2019-20" or as the year it ends, 2020.`);
}

/**
 * The council `input` names (full name, short name, LGSCO page name or GSS code) in `year`: a
 * name shared by an abolished and a current council means the one that existed that year.
 */
export function readCouncil(finder: CouncilFinder, input: unknown, year: string): Authority | FormulaError {
  if (typeof input !== "string" || input.trim() === "") {
    return invalidValue(
      input === null || input === undefined || typeof input === "string"
        ? "No council was named: give its name, short name (\"Harrow\"), LGSCO page name or GSS code."
        : `${shown(input)} is not a council: give its name, short name ("Harrow"), LGSCO page name or GSS code.`,
    );
  }
  const found = finder.lookup(input, { year });
  return found.kind === "found" ? found.authority : invalidValue(found.message);
}

/** A measure name, matched without regard to case, spaces or hyphens ("per 100k" is "per100k"). */
export function readMeasure<M extends string>(input: unknown, measures: readonly M[], functionName: string): M | FormulaError {
  const list = measures.map((measure) => `"${measure}"`);
  const choices = `${list.slice(0, -1).join(", ")} or ${list[list.length - 1]}`;
  if (typeof input !== "string" || input.trim() === "") {
    return invalidValue(`No measure was given to LGSCO.${functionName}: use ${choices}.`);
  }
  const key = input.toLowerCase().replace(/[\s_-]+/g, "");
  const measure = measures.find((candidate) => candidate.toLowerCase() === key);
  return measure ?? invalidValue(`${shown(input)} is not a measure of LGSCO.${functionName}: use ${choices}.`);
}
