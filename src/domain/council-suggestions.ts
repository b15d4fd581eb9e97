// "Did you mean": councils whose names come close to what was typed. Shared by the register's
// lookup (the CLI and the =LGSCO.* functions) and the pane's Council box, so both suggest alike.
import { coreCouncilName, editDistance, normaliseCouncilName } from "./council-names";

/** What a suggestion needs of a council: its names. */
export interface NamedCouncil {
  name: string;
  shortName: string;
  otherNames?: readonly string[];
}

/**
 * Councils whose names come close to `query`, best first, at most `limit`: a name containing the
 * query's words (or contained in it), or one a few letters away. Suggestions only, never a match.
 */
export function suggestCouncils<T extends NamedCouncil>(query: string, councils: readonly T[], limit = 5): T[] {
  const wanted = coreCouncilName(query);
  if (!wanted) return [];
  const scored: { council: T; score: number }[] = [];
  for (const council of councils) {
    let best = Number.POSITIVE_INFINITY;
    const places = [normaliseCouncilName(council.shortName), coreCouncilName(council.name), ...(council.otherNames ?? []).map(coreCouncilName)];
    for (const place of places) {
      if (` ${place} `.includes(` ${wanted} `) || ` ${wanted} `.includes(` ${place} `)) best = Math.min(best, 0);
      const distance = editDistance(wanted, place);
      if (distance <= Math.max(1, Math.floor(wanted.length / 4))) best = Math.min(best, distance);
    }
    if (Number.isFinite(best)) scored.push({ council, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.council.name.localeCompare(b.council.name));
  return scored.slice(0, limit).map((entry) => entry.council);
}
