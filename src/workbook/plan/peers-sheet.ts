// The `Ombudsman peers` sheet: table `OmbudsmanPeers`. For each year of the plan, the councils of
// the same type whose figures we hold, or the analyst's own peer set (each member shown, with
// figures where held), ranked on Upheld % (1 = fewest upheld) only among enough councils holding
// it: a rank among the few the add-in holds ("1 of 1") says nothing. Below that the header's note
// says how many are held and what would complete them.
import { DEFAULT_FLAG_SETTINGS } from "../../domain/flag-settings";
import { peersInYear, rankAmong, type CouncilYear, type PeerRanking } from "../../domain/comparisons";
import { isValidIn } from "../../domain/register";
import type { Authority, AuthorityType, YearFigures } from "../../domain/types";
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

/** A council in a group; `figures` absent for a member of the analyst's set with none held that year. */
interface PeerRow {
  authority: Authority;
  figures?: YearFigures;
}

/** The councils compared in one year: all of a type held, or one council's own peer set. */
interface PeerGroup {
  year: string;
  rows: PeerRow[];
  ranking: PeerRanking;
  /** What the group is, for the note: "London Borough" or "the peer set of London Borough of Harrow". */
  label: string;
  /** How many councils the group would hold if complete. */
  size: number;
  /** The analyst's own set (sorted before the type's councils in its year). */
  ownSet: boolean;
}

function holdsKeyStatistic(figures: YearFigures | undefined): figures is YearFigures {
  if (figures === undefined) return false;
  const { upheld, upheldPer100k, compliance, satisfactoryRemedy } = figures;
  return upheld !== undefined || upheldPer100k !== undefined || compliance !== undefined || satisfactoryRemedy !== undefined;
}

function heldFigures(input: PlanInput): Map<string, CouncilYear> {
  // The fetched councils' own figures count as held, whether or not the comparators list them.
  const held = new Map<string, CouncilYear>();
  for (const peer of input.comparators) held.set(`${peer.authority.gss}|${peer.figures.year}`, peer);
  for (const council of input.councils) {
    for (const figures of council.years) held.set(`${council.authority.gss}|${figures.year}`, { authority: council.authority, figures });
  }
  return held;
}

/** One group per year and type the plan's councils need, and one per year for each council with its own peer set. */
function peerGroups(input: PlanInput): PeerGroup[] {
  const minimum = input.peers?.minimumRanked ?? DEFAULT_FLAG_SETTINGS.peerRankMinimum;
  const register = input.peers?.register ?? [];
  const held = heldFigures(input);
  const heldList = [...held.values()];
  const typeGroups = new Map<string, { type: AuthorityType; year: string }>();
  const groups: PeerGroup[] = [];
  for (const { council, figures } of orderedCouncilYears(input.councils)) {
    const set = input.peers?.sets?.[council.authority.gss] ?? [];
    if (set.length === 0) {
      typeGroups.set(`${figures.year}|${council.authority.type}`, { type: council.authority.type, year: figures.year });
      continue;
    }
    const rows: PeerRow[] = [council.authority, ...set].map((authority) => {
      const found = held.get(`${authority.gss}|${figures.year}`)?.figures;
      return holdsKeyStatistic(found) ? { authority, figures: found } : { authority };
    });
    const withFigures = rows.filter((row): row is CouncilYear => row.figures !== undefined);
    groups.push({
      year: figures.year,
      rows,
      ranking: rankAmong(withFigures, "upheld", minimum, { setSize: rows.length }),
      label: `the peer set of ${council.authority.name}`,
      size: rows.length,
      ownSet: true,
    });
  }
  for (const { type, year } of typeGroups.values()) {
    const rows = peersInYear({ type }, year, heldList).filter((peer) => holdsKeyStatistic(peer.figures));
    if (rows.length === 0) continue;
    const existing = register.filter((authority) => authority.type === type && isValidIn(authority, year)).length;
    groups.push({ year, rows, ranking: rankAmong(rows, "upheld", minimum), label: type, size: Math.max(existing, rows.length), ownSet: false });
  }
  return groups.sort((a, b) => compareYears(a.year, b.year) || Number(b.ownSet) - Number(a.ownSet) || a.label.localeCompare(b.label));
}

function rowsOf(group: PeerGroup): PlanCell[][] {
  const rankOf = (row: PeerRow): number => group.ranking.standings.get(row.authority.gss)?.rank ?? Number.POSITIVE_INFINITY;
  const ordered = [...group.rows].sort(
    (a, b) =>
      Number(a.figures === undefined) - Number(b.figures === undefined) ||
      rankOf(a) - rankOf(b) ||
      a.authority.name.localeCompare(b.authority.name, "en-GB"),
  );
  return ordered.map(({ authority, figures }) => {
    const standing = group.ranking.standings.get(authority.gss);
    return [
      textCell(authority.name),
      textCell(group.year),
      percentCell(figures?.upheld?.rate),
      per100kCell(figures?.upheldPer100k?.value),
      percentCell(figures?.compliance?.rate),
      percentCell(figures?.satisfactoryRemedy?.rate),
      countCell(standing?.rank),
      countCell(standing?.of),
    ];
  });
}

/** The one-line note: how ranks are given, and for each group not ranked, how many are held and what would complete it. */
function peersNote(groups: readonly PeerGroup[], minimum: number): string {
  const rule =
    `Rank is on Upheld % (1 = fewest upheld), given only among at least ${minimum} councils holding it ` +
    `(or every council of your own peer set): Of says how many.`;
  const short = groups.filter((group) => !group.ranking.ranked);
  if (short.length === 0) return rule;
  const counts = short.map((group) => `${group.year} ${group.label}: Upheld % held for ${group.ranking.held} of ${group.size}`).join("; ");
  return (
    `${rule} Not ranked, too few held: ${counts}. ` +
    `LGSCO's data tables for those years would complete them (cli fetch … --data-file FILE, or Import LGSCO data tables in the pane).`
  );
}

export function peersSheet(input: PlanInput): PlanSheet {
  const groups = peerGroups(input);
  const seen = new Set<string>();
  // A council-year appears once, in its first group (its own peer set sorts before its type).
  const cells: PlanCell[][] = groups.flatMap(rowsOf).filter((row) => {
    const key = `${String(row[0]!.value)}|${String(row[1]!.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sources = recordSources(groups.flatMap((group) => group.rows.flatMap((row) => (row.figures === undefined ? [] : [row.figures]))));
  return {
    key: "peers",
    name: PEERS_SHEET,
    header: sheetHeader({
      title: "Ombudsman Scrutiny: councils of the same type",
      councils: input.councils,
      sources,
      asOf: input.asOf,
      note: peersNote(groups, input.peers?.minimumRanked ?? DEFAULT_FLAG_SETTINGS.peerRankMinimum),
    }),
    tables: [{ name: PEERS_TABLE, columns: [...PEERS_COLUMNS], ...toTableBody(cells), highlights: [], rowKey: { columns: ["Council", "Year"], gone: "blank" } }],
    charts: [],
  };
}
