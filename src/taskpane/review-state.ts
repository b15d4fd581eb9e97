// One import's review, as every import section runs it: read what the analyst gave, show it to be
// checked, add it only when they say so, and say what happened. Pure, so the flow is tested
// without rendering; use-review.ts binds it to a section.
import type { PaneProblem } from "../workbook/pane/pane-api";

/** What the section says once something was added: "Letter added", and what is now in the workbook. */
export interface ReviewAdded {
  title: string;
  message: string;
}

export type ReviewState<Reading> =
  | { step: "waiting" }
  | { step: "reading" }
  /** Read and shown for checking; `problem` when adding it failed (the reading stays to try again or cancel). */
  | { step: "read"; reading: Reading; problem?: PaneProblem }
  | { step: "problem"; problem: PaneProblem }
  | { step: "added"; added: ReviewAdded };

export type ReviewEvent<Reading> =
  | { type: "read-started" }
  | { type: "read"; reading: Reading }
  | { type: "read-failed"; problem: PaneProblem }
  | { type: "added"; added: ReviewAdded }
  | { type: "add-failed"; problem: PaneProblem }
  | { type: "cancelled" };

export const waiting = { step: "waiting" } as const;

export function reviewStep<Reading>(state: ReviewState<Reading>, event: ReviewEvent<Reading>): ReviewState<Reading> {
  switch (event.type) {
    case "read-started":
      return { step: "reading" };
    case "read":
      return { step: "read", reading: event.reading };
    case "read-failed":
      return { step: "problem", problem: event.problem };
    case "added":
      return state.step === "read" ? { step: "added", added: event.added } : state;
    case "add-failed":
      return state.step === "read" ? { step: "read", reading: state.reading, problem: event.problem } : state;
    case "cancelled":
      return waiting;
  }
}

/** Where the focus goes after this state: to what was read when it is first shown, to the outcome of adding. */
export function focusAfter<Reading>(previous: ReviewState<Reading>, next: ReviewState<Reading>): "reading" | "outcome" | undefined {
  if (next === previous) return undefined;
  if (next.step === "added") return "outcome";
  if (next.step === "read" && next.problem !== undefined) return "outcome";
  if (next.step === "read" && (previous.step !== "read" || previous.reading !== next.reading)) return "reading";
  return undefined;
}

/** The problem to show, whichever step it belongs to. */
export function problemOf<Reading>(state: ReviewState<Reading>): PaneProblem | undefined {
  return state.step === "problem" || state.step === "read" ? state.problem : undefined;
}
