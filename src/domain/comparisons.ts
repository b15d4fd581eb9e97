// How a council's published figures compare: points above or below the similar-authority
// average LGSCO printed, and its rank among the councils of the same type whose figures we hold
// for that year. A rank always says how many it was among: the dataset does not hold every council.
import { isValidIn } from "./register";
import type { Authority, YearFigures } from "./types";

/** A difference in percentage points (or per-100k units), rounded to 0.1 so 73 − 70.1 reads 2.9, not 2.8999999. */
export function pointsBetween(value: number, reference: number): number {
  return Math.round((value - reference) * 10) / 10;
}

export interface VersusAverage {
  value: number;
  average: number;
  /** value − average, in points; positive above. */
  points: number;
  direction: "above" | "below" | "equal";
}

/** The figure against its similar-authority average, or undefined when either was not published. */
export function versusAverage(value: number | undefined, average: number | undefined): VersusAverage | undefined {
  if (value === undefined || average === undefined) return undefined;
  const points = pointsBetween(value, average);
  return { value, average, points, direction: points > 0 ? "above" : points < 0 ? "below" : "equal" };
}

/** The measures councils are ranked on, and which way is better. */
export const PEER_MEASURES = {
  upheld: { label: "Upheld %", better: "lower" },
  upheldPer100k: { label: "Upheld per 100k", better: "lower" },
  compliance: { label: "Compliance %", better: "higher" },
  satisfactoryRemedy: { label: "Satisfactory remedy %", better: "higher" },
} as const;
export type PeerMeasure = keyof typeof PEER_MEASURES;

/** The published figure for `measure`, or undefined when it was not published. */
export function measureValue(figures: YearFigures, measure: PeerMeasure): number | undefined {
  return measure === "upheldPer100k" ? figures.upheldPer100k?.value : figures[measure]?.rate;
}

/** A council's figures for one year, with its place in the register. */
export interface CouncilYear {
  authority: Authority;
  figures: YearFigures;
}

/**
 * The councils to compare `subject` with in `year`: the same type, existing that year, with
 * figures held for that year. Includes the subject itself when its figures are among `held`.
 */
export function peersInYear(subject: Pick<Authority, "type">, year: string, held: readonly CouncilYear[]): CouncilYear[] {
  return held.filter(
    (candidate) => candidate.figures.year === year && candidate.authority.type === subject.type && isValidIn(candidate.authority, year),
  );
}

export interface Standing {
  measure: PeerMeasure;
  /** 1 = best (fewest upheld, highest compliance); councils with equal figures share a rank. */
  rank: number;
  /** How many councils with the figure held it was ranked among (itself included). */
  of: number;
  /** 1 = best quarter; absent when fewer than 4 councils were ranked. */
  quartile?: 1 | 2 | 3 | 4;
}

/** Quartile of a rank among `of` councils, 1 = best; undefined when fewer than 4 were ranked. */
export function quartileOf(rank: number, of: number): 1 | 2 | 3 | 4 | undefined {
  if (of < 4) return undefined;
  return Math.min(4, Math.floor((4 * (rank - 1)) / of) + 1) as 1 | 2 | 3 | 4;
}

/**
 * Ranks every peer holding the figure for `measure` (standard competition ranking: 1, 2, 2, 4).
 * Keyed by GSS code; a peer without the figure gets no standing.
 */
export function standingsAmong(peers: readonly CouncilYear[], measure: PeerMeasure): Map<string, Standing> {
  const better = PEER_MEASURES[measure].better;
  const ranked = peers
    .map((peer) => ({ gss: peer.authority.gss, value: measureValue(peer.figures, measure) }))
    .filter((entry): entry is { gss: string; value: number } => entry.value !== undefined);
  const standings = new Map<string, Standing>();
  for (const entry of ranked) {
    const betterCount = ranked.filter((other) => (better === "lower" ? other.value < entry.value : other.value > entry.value)).length;
    const rank = betterCount + 1;
    const quartile = quartileOf(rank, ranked.length);
    standings.set(entry.gss, { measure, rank, of: ranked.length, ...(quartile === undefined ? {} : { quartile }) });
  }
  return standings;
}

/** How councils holding one figure were ranked, or why they were not. */
export interface PeerRanking {
  /** How many of the peers hold the figure. */
  held: number;
  /** Whether a rank means something: at least `minimum` hold the figure, or every member of a smaller set the analyst chose. */
  ranked: boolean;
  /** Empty unless `ranked`. */
  standings: Map<string, Standing>;
}

/**
 * Ranks the peers on `measure` only when enough hold it: `minimum` councils, or, for a set the
 * analyst chose of fewer (`setSize`, the council itself included), every one of them. Otherwise
 * no rank and no quartile: the caller says how many are held instead.
 */
export function rankAmong(peers: readonly CouncilYear[], measure: PeerMeasure, minimum: number, options: { setSize?: number } = {}): PeerRanking {
  const held = peers.filter((peer) => measureValue(peer.figures, measure) !== undefined).length;
  const needed = Math.max(1, Math.min(minimum, options.setSize ?? minimum));
  const ranked = held >= needed;
  return { held, ranked, standings: ranked ? standingsAmong(peers, measure) : new Map() };
}

/** "2nd of 3", "1st of 12 (top quarter)": how a standing is said to the analyst. */
export function describeStanding(standing: Standing): string {
  const quarter = standing.quartile === undefined ? "" : ` (${["top", "second", "third", "bottom"][standing.quartile - 1]} quarter)`;
  return `${ordinal(standing.rank)} of ${standing.of}${quarter}`;
}

function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
