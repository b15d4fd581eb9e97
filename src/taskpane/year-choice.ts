// The From and To years: every year the sources hold unless the analyst narrows them. "Every
// year" is sent as no range at all, so a newer year the live page brings is not cut off.
import { compareYears } from "../domain/years";
import type { YearSpan } from "../workbook/pane/pane-api";

export interface YearSelection {
  from: string;
  to: string;
}

/** The selection shown: the saved range where it is within the years held, else every year. */
export function initialYears(held: readonly string[], saved: YearSpan | undefined): YearSelection | undefined {
  const first = held[0];
  const last = held[held.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (saved !== undefined && held.includes(saved.from) && held.includes(saved.to)) return { from: saved.from, to: saved.to };
  return { from: first, to: last };
}

export type YearsToFetch = { ok: true; years: YearSpan | undefined } | { ok: false; message: string };

/** What Fetch asks for: no range for every year held, the range otherwise; refused when From is after To. */
export function yearsToFetch(selection: YearSelection | undefined, held: readonly string[]): YearsToFetch {
  if (selection === undefined) return { ok: true, years: undefined };
  if (compareYears(selection.from, selection.to) > 0) return { ok: false, message: `From (${selection.from}) is after To (${selection.to}): choose a From year no later than the To year.` };
  const everyYear = selection.from === held[0] && selection.to === held[held.length - 1];
  return { ok: true, years: everyYear ? undefined : { from: selection.from, to: selection.to } };
}
