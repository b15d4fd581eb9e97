// What the committee pack is built from (issue 14): one council and one LGSCO year, every
// figure held, the type averages, and the council's own register when it has one. The context
// is worked out once and each sheet builder reads it.
import type { HandlingColumns } from "../../../domain/complaint-handling";
import type { OwnComplaint, RecordableMeasure } from "../../../domain/own-records";
import { isValidIn } from "../../../domain/register";
import { withTypeAverages } from "../../../domain/similar-averages";
import type { Authority, AuthorityType, SimilarAverages, YearFigures } from "../../../domain/types";
import { compareYears } from "../../../domain/years";
import { holdsAnyFigure } from "../key-stats-sheet";
import { figuresAreFor, PlanRequestError } from "../plan-for-councils";
import type { CouncilInPlan } from "../plan-input";

/** The council's register as the pack reads it. */
export interface PackRegister {
  complaints: OwnComplaint[];
  /** Where it was read from: `own.xlsx, sheet "Log"`. */
  source: string;
  /** Which optional columns it has. */
  columns: HandlingColumns;
  /** Reconciliation measures it has no column for. */
  notRecorded: RecordableMeasure[];
}

export interface PackRequest {
  council: Authority;
  /** The LGSCO year; the latest held for the council when absent. */
  year?: string;
  /** Every published figure held, all councils. */
  held: readonly YearFigures[];
  similarAverages: (type: AuthorityType, year: string) => SimilarAverages | undefined;
  register: readonly Authority[];
  asOf: string;
  records?: PackRegister;
  /** The analyst's peer set (GSS codes) for the council. */
  peerSet?: readonly string[];
  /** Ranks only among at least this many councils (FlagSettings.peerRankMinimum); 10 when absent. */
  peerRankMinimum?: number;
  /** GSS codes of the councils already fetched into the workbook: kept in its marker. */
  workbookCouncils?: readonly string[];
}

export interface PackContext {
  request: PackRequest;
  council: Authority;
  year: string;
  /** The council's figures, every year held, oldest first, beside its type's averages. */
  years: YearFigures[];
  /** This year's figures. */
  thisYear: YearFigures;
  /** The council as the shared header block names it. */
  inPlan: CouncilInPlan[];
}

/** The council's years held, each beside the published average for its type where its document printed none. */
function councilYears(request: PackRequest): YearFigures[] {
  const { council } = request;
  return request.held
    .filter((figures) => figuresAreFor(council, figures) && holdsAnyFigure(figures))
    .map((figures) => withTypeAverages(figures, isValidIn(council, figures.year) ? request.similarAverages(council.type, figures.year) : undefined))
    .sort((a, b) => compareYears(a.year, b.year));
}

/** The pack's context; PlanRequestError when no figures are held for the council, or none for the year asked. */
export function packContext(request: PackRequest): PackContext {
  const years = councilYears(request);
  const latest = years[years.length - 1];
  if (latest === undefined) throw new PlanRequestError("no-figures", `No published figures are held for ${request.council.name}.`);
  const year = request.year ?? latest.year;
  const thisYear = years.find((figures) => figures.year === year);
  if (thisYear === undefined) {
    throw new PlanRequestError(
      "no-figures",
      `No published figures are held for ${request.council.name} in ${year}; held: ${years.map((figures) => figures.year).join(", ")}.`,
      { [request.council.name]: years.map((figures) => figures.year) },
    );
  }
  return { request, council: request.council, year, years, thisYear, inPlan: [{ authority: request.council, years: [thisYear], flags: [] }] };
}
