import { describe, expect, it } from "vitest";
import { complaintFunnel, councilUpheld, median, respondedInTime, timelinessByStage, type HandlingColumns } from "./complaint-handling";
import type { OwnComplaint } from "./own-records";

const ALL: HandlingColumns = { stage: true, service: true, dateAcknowledged: true, dateResponded: true, internalOutcome: true, reasonNotAccepted: true, lgsco: true };

// Composed complaints (not a council's), each dated to test one count by hand.
function complaint(reference: string, received: string, handling: { acknowledged?: string; responded?: string; stage?: 1 | 2 } = {}): OwnComplaint {
  return { reference, rows: [1], dateReceived: received, reachedLgsco: false, handling: [{ stage: handling.stage ?? 1, row: 1, received, ...handling }] };
}

describe("complaint handling against the Code's limits", () => {
  it("counts working days from the day after receipt across Christmas, Easter and the late May bank holiday", () => {
    // Mon 16 Dec 2024 → Thu 2 Jan 2025: 17, 18, 19, 20, 23, 24, 27, 30, 31 Dec, 2 Jan = 10 (25, 26 Dec, 1 Jan off).
    expect(respondedInTime({ stage: 1, row: 1, received: "2024-12-16", responded: "2025-01-02" })).toBe(true);
    expect(respondedInTime({ stage: 1, row: 1, received: "2024-12-16", responded: "2025-01-03" })).toBe(false);
    // Thu 28 Mar 2024 → Fri 12 Apr 2024: Good Friday and Easter Monday off: 2–5, 8–12 Apr = 9.
    expect(respondedInTime({ stage: 1, row: 1, received: "2024-03-28", responded: "2024-04-12" })).toBe(true);
    expect(respondedInTime({ stage: 1, row: 1, received: "2024-05-24", responded: "2024-06-10" })).toBe(true);
    expect(respondedInTime({ stage: 1, row: 1, received: "2024-05-24", responded: "2024-06-11" })).toBe(false);
    // Stage 2 has 20 working days; stage 3 is outside the Code.
    expect(respondedInTime({ stage: 2, row: 1, received: "2024-05-24", responded: "2024-06-21" })).toBe(true);
    expect(respondedInTime({ stage: 3, row: 1, received: "2024-05-24", responded: "2024-06-21" })).toBeUndefined();
  });

  it("counts acknowledgements within 5 working days and sets aside dates it cannot count", () => {
    const complaints = [
      complaint("A", "2024-05-24", { acknowledged: "2024-05-31", responded: "2024-06-10" }), // 28–31 May: 4 days to acknowledge
      complaint("B", "2024-05-24", { acknowledged: "2024-06-04" }), // 28–31 May, 3, 4 June: 6 days
      complaint("C", "2024-06-10", { responded: "2024-06-07" }), // answered before received: not counted
    ];
    const [stage1] = timelinessByStage(complaints, "2024-25", ALL);
    expect(stage1).toEqual({ stage: 1, limit: 10, received: 3, acknowledged: 2, acknowledgedInTime: 1, responded: 2, respondedInTime: 1, medianDaysToRespond: 10, notCounted: 1 });
    expect(timelinessByStage(complaints, "2024-25", { ...ALL, dateAcknowledged: false, dateResponded: false })[0]).toEqual({ stage: 1, limit: 10, received: 3, notCounted: 0 });
  });

  it("leaves funnel steps without a column absent, not 0", () => {
    expect(complaintFunnel([complaint("A", "2024-05-24")], "2024-25", { ...ALL, stage: false, lgsco: false })).toEqual({ stage1: 1 });
  });

  it("reads the council's own outcome and takes the middle of the days", () => {
    expect(["Upheld", "Partly upheld", "Not upheld", "Withdrawn"].map(councilUpheld)).toEqual([true, true, false, undefined]);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
