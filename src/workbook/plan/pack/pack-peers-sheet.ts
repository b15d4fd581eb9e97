// `Pack peers`: the council among councils of its type (or the analyst's peer set) in the pack's
// year, built by the peers sheet's own rules (ranks only among enough councils) under the pack's
// sheet and table names.
import type { CouncilYear } from "../../../domain/comparisons";
import { DEFAULT_FLAG_SETTINGS } from "../../../domain/flag-settings";
import type { Authority } from "../../../domain/types";
import type { PlanSheet } from "../plan";
import { peersSheet } from "../peers-sheet";
import { figuresAreFor } from "../plan-for-councils";
import type { PackContext } from "./pack-input";

export const PACK_PEERS_SHEET = "Pack peers";
export const PACK_PEERS_TABLE = "PackPeers";

export function packPeersSheet(context: PackContext): PlanSheet {
  const { request, year } = context;
  const byCode = (gss: string): Authority | undefined => request.register.find((candidate) => candidate.gss === gss || (candidate.otherCodes ?? []).includes(gss));
  const comparators: CouncilYear[] = request.held
    .filter((figures) => figures.year === year)
    .flatMap((figures) => {
      const authority = request.register.find((candidate) => figuresAreFor(candidate, figures));
      return authority ? [{ authority, figures }] : [];
    });
  const set = (request.peerSet ?? []).flatMap((gss) => byCode(gss) ?? []);
  const sheet = peersSheet({
    councils: context.inPlan,
    comparators,
    asOf: request.asOf,
    peers: {
      minimumRanked: request.peerRankMinimum ?? DEFAULT_FLAG_SETTINGS.peerRankMinimum,
      register: request.register,
      sets: set.length === 0 ? {} : { [context.council.gss]: set },
    },
  });
  const header = sheet.header.map((row, i) => (i === 0 ? [`Committee pack ${year}: ${context.council.name} among similar councils`] : row));
  return { ...sheet, key: "packPeers", name: PACK_PEERS_SHEET, header, tables: sheet.tables.map((table) => ({ ...table, name: PACK_PEERS_TABLE })) };
}
