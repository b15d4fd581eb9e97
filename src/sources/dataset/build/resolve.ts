// Where several rows give the same figure: equal values merge; different values are settled by
// the source order (LGSCO's page, letter, council report, press) and the figure not taken is kept
// as a note. Sources of the same rank that disagree cannot be settled by the order: the build
// fails unless data/source-decisions.csv records which to prefer and why.
import type { FigureSource } from "../../../domain/types";
import { SOURCE_KIND_NAMES, SOURCE_RANK, type TableSourceKind } from "./source-kind";

/** One figure from one row of the figures table. */
export interface Fact {
  /** Where it goes: a YearFigures path, or "otherFigures.<metric>". */
  path: string;
  value: number;
  kind: TableSourceKind;
  source: FigureSource;
  /** The `source` column as written, which decisions name. */
  sourceText: string;
  metric: string;
  line: number;
}

/** A row of data/source-decisions.csv, resolved to the figures it is about. */
export interface SourceDecision {
  line: number;
  /** Subject key (see `subjectKey` in build.ts), year, metric: which conflict it settles. */
  subject: string;
  year: string;
  metric: string;
  preferSource: string;
  reason: string;
  used: boolean;
}

export interface Resolution {
  kept: Fact[];
  notes: { line: number; text: string }[];
  /** Set when sources of equal rank disagree and no decision settles it. */
  problem?: string;
}

export function byRankThenLine(a: Fact, b: Fact): number {
  return SOURCE_RANK[a.kind] - SOURCE_RANK[b.kind] || a.line - b.line;
}

export function describeSource(fact: Fact): string {
  return `${SOURCE_KIND_NAMES[fact.kind]} (${fact.source.url ?? fact.source.title})`;
}

/**
 * Settles the facts that give one quantity for one subject and year. `label` names it in notes
 * and errors ("Croydon 2018-19 complaints and enquiries received").
 */
export function resolveFacts(facts: readonly Fact[], label: string, subject: string, year: string, decisions: readonly SourceDecision[]): Resolution {
  const ordered = [...facts].sort(byRankThenLine);
  const best = ordered[0];
  if (!best) return { kept: [], notes: [] };
  const topRank = ordered.filter((fact) => fact.kind === best.kind);
  let winner = best;
  let decision: SourceDecision | undefined;
  if (new Set(topRank.map((fact) => fact.value)).size > 1) {
    decision = decisions.find(
      (candidate) =>
        candidate.subject === subject &&
        candidate.year === year &&
        topRank.some((fact) => fact.metric === candidate.metric && fact.sourceText === candidate.preferSource),
    );
    if (!decision) {
      const lines = topRank.map((fact) => fact.line).join(", ");
      const values = topRank.map((fact) => `${fact.value} from ${describeSource(fact)}`).join("; ");
      return {
        kept: [],
        notes: [],
        problem: `data/lgsco-figures.csv lines ${lines}: ${label}: sources of the same rank disagree (${values}); the source order cannot settle it, so record which to prefer and why in data/source-decisions.csv`,
      };
    }
    decision.used = true;
    winner = topRank.find((fact) => fact.sourceText === decision!.preferSource)!;
  }
  const kept = ordered.filter((fact) => fact.value === winner.value);
  const why = decision
    ? `the project's choice between sources of the same rank: ${decision.reason}`
    : `${SOURCE_KIND_NAMES[winner.kind]} ranks first`;
  const notes = ordered
    .filter((fact) => fact.value !== winner.value)
    .map((fact) => ({
      line: fact.line,
      text: `${label}: ${winner.value} from ${describeSource(winner)} is used; ${describeSource(fact)} gave ${fact.value} (${why}).`,
    }));
  return { kept, notes };
}
