// The `Ombudsman peers` sheet: table `OmbudsmanPeers`, the councils of the same type in each
// year of the plan whose figures we hold, ranked on Upheld % (1 = fewest upheld) "of" how many
// held that figure: the dataset does not hold every council, and the sheet says so.
import { peersInYear, standingsAmong, type CouncilYear } from "../../domain/comparisons";
import type { AuthorityType } from "../../domain/types";
import { compareYears } from "../../domain/years";
import { countCell, per100kCell, percentCell, textCell, toTableBody, type PlanCell } from "./cell-formats";
import { orderedCouncilYears } from "./key-stats-sheet";
import type { PlanColumn, PlanSheet } from "./plan";
import type { PlanInput } from "./plan-input";
import { recordSources, sheetHeader } from "./sheet-header";

export const PEERS_SHEET = "Ombudsman peers";
export const PEERS_TABLE = "OmbudsmanPeers";

export const PEERS_COLUMNS: readonly PlanColumn[] = [
  { name: "Council", width: 34 },
  { name: "Year", width: 9 },
  { name: "Upheld %", width: 9 },
  { name: "Upheld per 100k", width: 15 },
  { name: "Compliance %", width: 13 },
  { name: "Satisfactory remedy %", width: 21 },
  { name: "Rank", width: 6 },
  { name: "Of", width: 5 },
];

function holdsKeyStatistic(peer: CouncilYear): boolean {
  const { upheld, upheldPer100k, compliance, satisfactoryRemedy } = peer.figures;
  return upheld !== undefined || upheldPer100k !== undefined || compliance !== undefined || satisfactoryRemedy !== undefined;
}

/** One group per type and year the plan's councils need, holding every comparable council with a key statistic. */
function peerGroups(input: PlanInput): CouncilYear[][] {
  const wanted = new Map<string, { type: AuthorityType; year: string }>();
  for (const { council, figures } of orderedCouncilYears(input.councils)) {
    wanted.set(`${figures.year}|${council.authority.type}`, { type: council.authority.type, year: figures.year });
  }
  // The fetched councils' own figures count as held, whether or not the comparators list them.
  const held = new Map<string, CouncilYear>();
  for (const peer of input.comparators) held.set(`${peer.authority.gss}|${peer.figures.year}`, peer);
  for (const council of input.councils) {
    for (const figures of council.years) held.set(`${council.authority.gss}|${figures.year}`, { authority: council.authority, figures });
  }
  return [...wanted.values()]
    .sort((a, b) => compareYears(a.year, b.year) || a.type.localeCompare(b.type))
    .map(({ type, year }) => peersInYear({ type }, year, [...held.values()]).filter(holdsKeyStatistic))
    .filter((group) => group.length > 0);
}

export function peersSheet(input: PlanInput): PlanSheet {
  const groups = peerGroups(input);
  const cells: PlanCell[][] = groups.flatMap((group) => {
    const standings = standingsAmong(group, "upheld");
    const ranked = [...group].sort((a, b) => {
      const rankA = standings.get(a.authority.gss)?.rank ?? Number.POSITIVE_INFINITY;
      const rankB = standings.get(b.authority.gss)?.rank ?? Number.POSITIVE_INFINITY;
      return rankA - rankB || a.authority.name.localeCompare(b.authority.name, "en-GB");
    });
    return ranked.map((peer) => {
      const standing = standings.get(peer.authority.gss);
      return [
        textCell(peer.authority.name),
        textCell(peer.figures.year),
        percentCell(peer.figures.upheld?.rate),
        per100kCell(peer.figures.upheldPer100k?.value),
        percentCell(peer.figures.compliance?.rate),
        percentCell(peer.figures.satisfactoryRemedy?.rate),
        countCell(standing?.rank),
        countCell(standing?.of),
      ];
    });
  });
  const sources = recordSources(groups.flat().map((peer) => peer.figures));
  return {
    key: "peers",
    name: PEERS_SHEET,
    header: sheetHeader({
      title: "Ombudsman Scrutiny: councils of the same type",
      councils: input.councils,
      sources,
      asOf: input.asOf,
      note:
        "Rank is on Upheld % (1 = fewest upheld), among the councils of the same type that existed that year " +
        "and whose Upheld % we hold, not every council of the type: Of says how many.",
    }),
    tables: [{ name: PEERS_TABLE, columns: [...PEERS_COLUMNS], ...toTableBody(cells), highlights: [], rowKey: { columns: ["Council", "Year"], gone: "blank" } }],
    charts: [],
  };
}
