// The figures a plan is built from: every council held, with the councils a job read afresh
// (LGSCO's page over the held years) in place of what was held for them.
import type { Authority, YearFigures } from "../domain/types";
import type { CouncilFigures } from "../sources/live/council-figures";
import type { CouncilPlanRequest, YearSpan } from "../workbook/plan/plan-for-councils";
import type { FlagSettings } from "../domain/flag-settings";
import type { FiguresHeld, PlanAddition } from "./ports";

export function heldWith(figures: FiguresHeld, fetched: Iterable<CouncilFigures>): YearFigures[] {
  const replaced = new Map<string, YearFigures[]>();
  for (const council of fetched) replaced.set(council.authority.gss, council.figures);
  return figures.register.all().flatMap((authority: Authority) => replaced.get(authority.gss) ?? figures.figuresFor(authority.gss));
}

/** The date the figures are as of: the latest page read, else the held figures' date. */
export function asOfDate(figures: FiguresHeld, fetched: Iterable<CouncilFigures>): string {
  const read = [...fetched].flatMap((council) => (council.live.state === "used" ? [council.live.retrieved.slice(0, 10)] : [])).sort();
  return read.at(-1) ?? figures.asOf;
}

/** What every job's plan request shares, with the caller's additions applied in order. */
export interface PlanChoices {
  years?: YearSpan;
  flagSettings?: FlagSettings;
  peerSets?: Readonly<Record<string, readonly string[]>>;
  additions?: readonly PlanAddition[];
}

export function planRequest(figures: FiguresHeld, held: YearFigures[], asOf: string, councils: readonly Authority[], choices: PlanChoices): CouncilPlanRequest {
  const base: CouncilPlanRequest = {
    councils,
    ...(choices.years === undefined ? {} : { years: choices.years }),
    ...(choices.flagSettings === undefined ? {} : { settings: choices.flagSettings }),
    held,
    similarAverages: (type, year) => figures.similarAverages(type, year),
    register: figures.register.all(),
    asOf,
    ...(choices.peerSets === undefined ? {} : { peerSets: choices.peerSets }),
  };
  return (choices.additions ?? []).reduce((request, add) => add(request), base);
}
