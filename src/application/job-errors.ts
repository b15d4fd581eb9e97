// The ways a job stops that its callers word for the analyst (the pane's problems, the CLI's
// one line): typed, so no caller matches on message text.
import type { Authority, YearFigures } from "../domain/types";
import type { LivePullStatus } from "../sources/live/council-figures";
import type { YearSpan } from "../workbook/plan/plan-for-councils";

/** The chosen council has no published figure for the years asked: nothing was read or written. */
export class NoFiguresError extends Error {
  override readonly name = "NoFiguresError";
  constructor(
    readonly council: Authority,
    readonly years: YearSpan | undefined,
    /** Every year held for the council, oldest first. */
    readonly heldYears: readonly string[],
    readonly live: LivePullStatus,
    readonly datasetAsOf: string,
  ) {
    const range = years === undefined ? "" : ` for ${years.from === years.to ? years.from : `${years.from} to ${years.to}`}`;
    super(`No published figures are held for ${council.name}${range}.`);
  }
}

/** Refresh found no council of the add-in's in the workbook: nothing was written. */
export class NothingToRefreshError extends Error {
  override readonly name = "NothingToRefreshError";
  constructor() {
    super("No council has been fetched into this workbook, so there are no comparisons to refresh.");
  }
}

/**
 * The renderer failed after the plan was built: the workbook may hold part of it (the add-in's
 * own sheets only), and the next Fetch or Refresh finishes the job.
 */
export class WriteFailure extends Error {
  override readonly name = "WriteFailure";
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** A document read for one council names another: nothing was held or written. */
export class DocumentForAnotherCouncilError extends Error {
  override readonly name = "DocumentForAnotherCouncilError";
  constructor(
    readonly council: Authority,
    /** The years read that are not the council's, each citing its document. */
    readonly years: readonly YearFigures[],
  ) {
    const named = [...new Set(years.map((year) => `${year.source.title ?? "a document"} (${year.authority}, ${year.year})`))].join("; ");
    super(`${named} is not for ${council.name}.`);
  }
}
