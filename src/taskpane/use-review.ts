// An import section's review flow for React: the state (review-state.ts) in a reducer, the focus
// moved to what was read and then to the outcome, and the section's read / add / cancel.
import { useEffect, useReducer, useRef, type RefObject } from "react";
import type { JobOutcome } from "./pane-jobs";
import { focusAfter, reviewStep, waiting, type ReviewAdded, type ReviewEvent, type ReviewState } from "./review-state";

export interface ReviewJobs<Input, Reading> {
  read: (input: Input) => Promise<JobOutcome<Reading>>;
  /** Adds what was read; its outcome says what is now in the workbook. */
  add: (reading: Reading) => Promise<JobOutcome<ReviewAdded>>;
}

export interface Review<Input, Reading> {
  state: ReviewState<Reading>;
  read(input: Input): Promise<void>;
  /** Adds what was read: nothing is added before the analyst says so. */
  confirm(): Promise<void>;
  cancel(): void;
  /** For the "Check what was read" heading, which takes the focus when a reading is shown. */
  headingRef: RefObject<HTMLHeadingElement>;
  /** For the outcome's message, which takes the focus once adding has answered. */
  outcomeRef: RefObject<HTMLDivElement>;
}

export function useReview<Input, Reading>(jobs: ReviewJobs<Input, Reading>): Review<Input, Reading> {
  const [state, dispatch] = useReducer((current: ReviewState<Reading>, event: ReviewEvent<Reading>) => reviewStep(current, event), waiting as ReviewState<Reading>);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const shown = useRef<ReviewState<Reading>>(state);

  // Keyboard and screen-reader users land on what was read, then on the outcome.
  useEffect(() => {
    const focus = focusAfter(shown.current, state);
    shown.current = state;
    if (focus === "reading") headingRef.current?.focus();
    if (focus === "outcome") outcomeRef.current?.focus();
  }, [state]);

  return {
    state,
    headingRef,
    outcomeRef,
    async read(input) {
      dispatch({ type: "read-started" });
      const outcome = await jobs.read(input);
      dispatch(outcome.ok ? { type: "read", reading: outcome.value } : { type: "read-failed", problem: outcome.problem });
    },
    async confirm() {
      if (state.step !== "read") return;
      const outcome = await jobs.add(state.reading);
      dispatch(outcome.ok ? { type: "added", added: outcome.value } : { type: "add-failed", problem: outcome.problem });
    },
    cancel: () => dispatch({ type: "cancelled" }),
  };
}
