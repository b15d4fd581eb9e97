// The import sections' review flow without rendering: read, check, add only when asked, and
// where the focus goes at each step.
import { describe, expect, it } from "vitest";
import { PaneProblem } from "../workbook/pane/pane-api";
import { focusAfter, problemOf, reviewStep, waiting, type ReviewEvent, type ReviewState } from "./review-state";

type Reading = { council: string };
const HARROW: Reading = { council: "London Borough of Harrow" };
const UNREADABLE = new PaneProblem("The letter could not be read", "No year's figures were found in it.", "Check it is LGSCO's annual review letter.");
const NOT_WRITTEN = new PaneProblem("The letter was not added", "A sheet could not be written.", "Try again.");
const ADDED = { title: "Letter added", message: "London Borough of Harrow 2019-20 from harrow.pdf is in the workbook." };

const run = (events: ReviewEvent<Reading>[], from: ReviewState<Reading> = waiting) => events.reduce((state, event) => reviewStep(state, event), from);

describe("reviewStep", () => {
  it("reads, shows what was read, and adds only when the analyst confirms", () => {
    const reading = run([{ type: "read-started" }]);
    expect(reading).toEqual({ step: "reading" });
    const read = reviewStep(reading, { type: "read", reading: HARROW });
    expect(read).toEqual({ step: "read", reading: HARROW });
    expect(reviewStep(read, { type: "added", added: ADDED })).toEqual({ step: "added", added: ADDED });
  });

  it("a document that cannot be read is a problem, with nothing to add", () => {
    const state = run([{ type: "read-started" }, { type: "read-failed", problem: UNREADABLE }]);
    expect(state).toEqual({ step: "problem", problem: UNREADABLE });
    expect(problemOf(state)).toBe(UNREADABLE);
    // An "added" answer with nothing read (a stale one) changes nothing.
    expect(reviewStep(state, { type: "added", added: ADDED })).toBe(state);
  });

  it("a failed add keeps what was read beside the problem, to try again or cancel", () => {
    const state = run([{ type: "read-started" }, { type: "read", reading: HARROW }, { type: "add-failed", problem: NOT_WRITTEN }]);
    expect(state).toEqual({ step: "read", reading: HARROW, problem: NOT_WRITTEN });
    expect(problemOf(state)).toBe(NOT_WRITTEN);
    expect(reviewStep(state, { type: "cancelled" })).toEqual(waiting);
  });

  it("reading again clears the last outcome", () => {
    const state = run([{ type: "read-started" }, { type: "read", reading: HARROW }, { type: "added", added: ADDED }, { type: "read-started" }]);
    expect(state).toEqual({ step: "reading" });
    expect(problemOf(state)).toBeUndefined();
  });
});

describe("focusAfter", () => {
  const read: ReviewState<Reading> = { step: "read", reading: HARROW };

  it("moves the focus to what was read when it is first shown, then to the outcome", () => {
    expect(focusAfter({ step: "reading" }, read)).toBe("reading");
    expect(focusAfter(read, { step: "added", added: ADDED })).toBe("outcome");
    expect(focusAfter(read, { step: "read", reading: HARROW, problem: NOT_WRITTEN })).toBe("outcome");
  });

  it("leaves the focus where it is while reading, after a read that failed, on cancel and on a re-render", () => {
    expect(focusAfter(waiting, { step: "reading" })).toBeUndefined();
    expect(focusAfter({ step: "reading" }, { step: "problem", problem: UNREADABLE })).toBeUndefined();
    expect(focusAfter(read, waiting)).toBeUndefined();
    expect(focusAfter(read, read)).toBeUndefined();
  });
});
