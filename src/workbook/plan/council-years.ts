// The year range's one meaning (docs/design.md §5), for Fetch my council, Refresh comparisons and
// `cli fetch` alike:
// - Fetch writes the chosen council's held years in the chosen range, plus the years it already
//   has rows for; every other council gets exactly the years it already has rows for.
// - Refresh writes, for every council, the years it has rows for plus any held year later than
//   its latest row (a new publication).
// - A council the workbook lists but has no rows for (a Fetch that did not finish) gets every
//   year held, as a Fetch of every year would have written.
import type { Authority, YearFigures } from "../../domain/types";
import { compareYears } from "../../domain/years";
import { figuresAreFor, inYearSpan, type YearSpan } from "./plan-for-councils";

export type YearsJob = { kind: "fetch"; council: string; years?: YearSpan } | { kind: "refresh" };

function normalName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The years `authority` has rows for, from the workbook's rows by council name. */
function rowYearsOf(authority: Authority, rowYears: Readonly<Record<string, readonly string[]>>): string[] {
  const names = new Set([authority.name, ...(authority.otherNames ?? [])].map(normalName));
  return Object.entries(rowYears).flatMap(([name, years]) => (names.has(normalName(name)) ? [...years] : []));
}

/**
 * Each council's years (by GSS code, oldest first) for the job: `councils` are the plan's,
 * `rowYears` the workbook as read (WorkbookState.rowYears), `held` every record held.
 */
export function councilYears(
  job: YearsJob,
  councils: readonly Authority[],
  rowYears: Readonly<Record<string, readonly string[]>>,
  held: readonly YearFigures[],
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const authority of councils) {
    const heldYears = held.filter((figures) => figuresAreFor(authority, figures)).map((figures) => figures.year);
    const rows = rowYearsOf(authority, rowYears);
    let years: string[];
    if (job.kind === "fetch" && job.council === authority.gss) {
      years = [...rows, ...heldYears.filter((year) => inYearSpan(year, job.years))];
    } else if (rows.length === 0) {
      // Listed by the marker but without a row: a Fetch that did not finish. Finish it.
      years = heldYears;
    } else if (job.kind === "fetch") {
      years = rows;
    } else {
      const latest = [...rows].sort(compareYears).at(-1)!;
      years = [...rows, ...heldYears.filter((year) => compareYears(year, latest) > 0)];
    }
    result[authority.gss] = [...new Set(years)].sort(compareYears);
  }
  return result;
}
