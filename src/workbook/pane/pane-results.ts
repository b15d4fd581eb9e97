// What a job's typed outcome means for the pane: councils as options, flags in the panel's
// order. Nothing here reads a plan's tables back: the planner says what it wrote.
import { FLAG_ORDER, type Authority } from "../../domain/types";
import { compareYears } from "../../domain/years";
import type { CouncilPlanned } from "../plan/plan-for-councils";
import type { CouncilOption, PaneFlag } from "./pane-api";

export function councilOption(authority: Authority): CouncilOption {
  return {
    gss: authority.gss,
    name: authority.name,
    shortName: authority.shortName,
    type: authority.type,
    ...(authority.validTo === undefined ? {} : { abolished: authority.validTo }),
  };
}

/** A council's flags as the panel lists them (the same flags the `OmbudsmanFlags` table holds). */
export function paneFlags(councils: readonly CouncilPlanned[]): PaneFlag[] {
  return panelOrder(
    councils.flatMap(({ authority, flags }) =>
      flags.map((flag) => ({ council: authority.name, year: flag.year, id: flag.id, severity: flag.severity, message: flag.message, evidence: flag.evidence })),
    ),
  );
}

const rank = (id: string): number => {
  const at = (FLAG_ORDER as readonly string[]).indexOf(id);
  return at < 0 ? FLAG_ORDER.length : at;
};

/**
 * The order the flags panel lists flags in: compliance below 100% first (LGSCO asks councils
 * to scrutinise every such case), then the latest year first, docs/design.md §3 order within a year.
 */
export function panelOrder(flags: readonly PaneFlag[]): PaneFlag[] {
  const compliance = (flag: PaneFlag): number => (flag.id === "compliance-below-100" ? 0 : 1);
  return [...flags].sort(
    (a, b) => compliance(a) - compliance(b) || compareYears(b.year, a.year) || rank(a.id) - rank(b.id) || a.council.localeCompare(b.council),
  );
}
