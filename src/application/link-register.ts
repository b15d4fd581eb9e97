// Link the register, the job behind the pane's "Your complaints register" section: the
// council's own register, picked in the workbook and its columns confirmed, is read with the
// mapping (a missing required column refuses the link) and the link kept with the workbook, so
// every Fetch and Refresh sets it beside the published figures (docs/design.md §4). The register
// itself is only ever read. Where it is (a table, a block of a sheet) is the caller's to say.
import { countByYear } from "../domain/own-records";
import { readRegister, type RegisterMapping, type RegisterProblem } from "../sources/records/complaints-register";
import type { Cell } from "../sources/tables/cells";

/** What a mapping reads from the register, shown before the link is kept. */
export interface RegisterCheck {
  complaints: number;
  /** Complaints with an LGSCO decision (upheld or not upheld) dated, per LGSCO year. */
  investigationsByYear: { year: string; count: number }[];
  problems: RegisterProblem[];
}

/** A link as kept: whose register, where it is, and the columns the analyst confirmed. */
export interface KeptLink<Place> {
  /** GSS code of the council whose register it is. */
  council: string;
  /** Its name as the pane showed it when the register was linked. */
  councilName?: string;
  place: Place;
  mapping: RegisterMapping;
}

export interface RegisterToLink<Place> {
  council: { gss: string; name: string };
  place: Place;
  /** The register's cells as read from its place, header row first. */
  cells: Cell[][];
  mapping: RegisterMapping;
}

/** Reads the register with `mapping`. Throws RegisterReadError naming a required column it lacks. */
export function checkRegister(cells: Cell[][], mapping: RegisterMapping): RegisterCheck {
  const { complaints, problems, notRecorded } = readRegister(cells, mapping);
  const counts = countByYear(complaints, notRecorded);
  return {
    complaints: complaints.length,
    investigationsByYear: counts.years.map((year) => ({ year: year.year, count: year["Detailed investigations"].length })).filter((entry) => entry.count > 0),
    problems,
  };
}

/** Checks the register reads with the mapping, then keeps the link; nothing is kept when it does not. */
export async function linkRegister<Place>(
  request: RegisterToLink<Place>,
  keep: (link: KeptLink<Place>) => Promise<void>,
): Promise<{ link: KeptLink<Place>; check: RegisterCheck }> {
  const check = checkRegister(request.cells, request.mapping);
  const link: KeptLink<Place> = { council: request.council.gss, councilName: request.council.name, place: request.place, mapping: request.mapping };
  await keep(link);
  return { link, check };
}
