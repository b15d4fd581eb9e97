// Build committee pack (issue 14) as a job the pane, the CLI and the bench share: the pack's plan
// for one council and one LGSCO year from every figure held (and the council's register when
// there is one), checked before the workbook is read, then written by the caller's renderer.
import type { Authority } from "../domain/types";
import type {
  PackRegister,
  PackRequest,
} from "../workbook/plan/pack/pack-input";
import { planForPack, type PackPlan } from "../workbook/plan/pack/pack-plan";
import type { FiguresHeld, PlanRenderer } from "./ports";
import { writePlan } from "./write-plan";

export interface CommitteePackRequest {
  council: Authority;
  /** The LGSCO year; the latest held for the council when absent. */
  year?: string;
  records?: PackRegister;
  /** The analyst's peer set (GSS codes). */
  peerSet?: readonly string[];
  peerRankMinimum?: number;
}

/** The pack written; PlanRequestError (nothing read or written) when no figures are held for the council or year. */
export async function buildCommitteePack(
  figures: FiguresHeld,
  renderer: PlanRenderer,
  request: CommitteePackRequest,
): Promise<{ pack: PackPlan; notes: string[] }> {
  const register = figures.register.all();
  const base: PackRequest = {
    council: request.council,
    ...(request.year === undefined ? {} : { year: request.year }),
    held: register.flatMap((authority) => figures.figuresFor(authority.gss)),
    similarAverages: (type, year) => figures.similarAverages(type, year),
    register,
    asOf: figures.asOf,
    ...(request.records === undefined ? {} : { records: request.records }),
    ...(request.peerSet === undefined ? {} : { peerSet: request.peerSet }),
    ...(request.peerRankMinimum === undefined
      ? {}
      : { peerRankMinimum: request.peerRankMinimum }),
  };
  // A year with no figures is refused before the workbook is touched.
  planForPack(base);
  const { planned, notes } = await writePlan(renderer, (state) =>
    planForPack({ ...base, workbookCouncils: state.councils }),
  );
  return { pack: planned, notes };
}
