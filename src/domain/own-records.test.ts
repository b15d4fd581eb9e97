import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countByYear, escalation, measuresNotRecorded, readLgscoDecision, readStage, type OwnComplaint } from "./own-records";

const outcome = (text: string) => {
  const reading = readLgscoDecision(text);
  return reading.kind === "outcome" ? reading.outcome : reading.kind;
};

describe("readLgscoDecision", () => {
  it("knows LGSCO's published outcome names in any case", () => {
    expect(outcome("Upheld")).toBe("upheld");
    expect(outcome("NOT UPHELD")).toBe("not-upheld");
    expect(outcome("closed after initial enquiries")).toBe("closed-after-initial-enquiries");
    expect(outcome("Referred back for local resolution")).toBe("referred-back-for-local-resolution");
    expect(outcome("Advice given")).toBe("advice-given");
    expect(outcome("Invalid or incomplete")).toBe("invalid-or-incomplete");
  });
  it("knows the variants registers use", () => {
    expect(outcome("Upheld: maladministration and injustice")).toBe("upheld");
    expect(outcome("Upheld - maladministration, no injustice")).toBe("upheld");
    expect(outcome("Maladministration & injustice")).toBe("upheld");
    expect(outcome("upheld (partly)")).toBe("upheld");
    expect(outcome("Fault causing injustice")).toBe("upheld");
    expect(outcome("Not upheld: no maladministration")).toBe("not-upheld");
    expect(outcome("No fault")).toBe("not-upheld");
    expect(outcome("Closed after initial enquiries – out of jurisdiction")).toBe("closed-after-initial-enquiries");
    expect(outcome("CAIE")).toBe("closed-after-initial-enquiries");
    expect(outcome("Premature")).toBe("referred-back-for-local-resolution");
    expect(outcome("Invalid / incomplete")).toBe("invalid-or-incomplete");
  });
  it("tells a decision not yet made from one it does not recognise", () => {
    expect(outcome("Pending")).toBe("pending");
    expect(outcome("Awaiting decision")).toBe("pending");
    expect(outcome("")).toBe("pending");
    expect(outcome("Withdrawn")).toBe("unrecognised");
    expect(outcome("Upholstery")).toBe("unrecognised");
  });
  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string(), (text) => void readLgscoDecision(text)));
  });
});

describe("readStage", () => {
  it("reads stages as registers write them", () => {
    for (const [input, stage] of [[1, 1], ["Stage 1", 1], ["stage one", 1], ["S2", 2], ["2", 2], ["Second stage", 2], ["Stage 2 review", 2], ["Review", 2], [3, 3]] as const) {
      expect(readStage(input)).toEqual({ kind: "stage", stage });
    }
    expect(readStage("Ombudsman")).toEqual({ kind: "ombudsman" });
    expect(readStage("LGSCO")).toEqual({ kind: "ombudsman" });
    expect(readStage("Informal").kind).toBe("unrecognised");
    expect(readStage(4).kind).toBe("unrecognised");
  });
});

let serial = 0;
function complaint(fields: Partial<OwnComplaint>): OwnComplaint {
  serial += 1;
  return { reference: `R${serial}`, rows: [serial + 1], reachedLgsco: fields.lgscoDecision !== undefined, ...fields };
}

describe("countByYear", () => {
  it("counts by LGSCO decision date in LGSCO's year, 1 April to 31 March", () => {
    const counts = countByYear([
      complaint({ lgscoDecision: "upheld", lgscoDecisionDate: "2020-03-31", satisfactoryRemedy: true, remedyCompliedWith: true }),
      complaint({ lgscoDecision: "upheld", lgscoDecisionDate: "2020-04-01", satisfactoryRemedy: false }),
      complaint({ lgscoDecision: "not-upheld", lgscoDecisionDate: "2019-04-01" }),
      complaint({ lgscoDecision: "closed-after-initial-enquiries", lgscoDecisionDate: "2019-05-01" }),
      complaint({ dateReceived: "2019-06-01", stage: 2 }),
    ]);
    expect(counts.years.map((y) => [y.year, y["Detailed investigations"].length, y.Upheld.length, y["Satisfactory remedies"].length, y["Compliance outcomes"].length])).toEqual([
      ["2019-20", 2, 1, 1, 1],
      ["2020-21", 1, 1, 0, 0],
    ]);
    expect(counts.span).toEqual({ from: "2019-04-01", to: "2020-04-01" });
    expect(counts.uncounted).toEqual([]);
  });
  it("counts a compliance outcome, yes or no, in the year of its compliance date, else of the decision", () => {
    const counts = countByYear([
      complaint({ reference: "LATE", lgscoDecision: "upheld", lgscoDecisionDate: "2020-03-01", remedyCompliedWith: true, complianceDate: "2020-05-01" }),
      complaint({ reference: "NO", lgscoDecision: "upheld", lgscoDecisionDate: "2020-03-01", remedyCompliedWith: false }),
      complaint({ reference: "DATE", lgscoDecision: "upheld", lgscoDecisionDate: "2019-09-01", complianceDate: "2019-10-01" }),
    ]);
    const compliance = Object.fromEntries(counts.years.map((y) => [y.year, y["Compliance outcomes"].map((c) => c.reference)]));
    expect(compliance).toEqual({ "2019-20": ["NO", "DATE"], "2020-21": ["LATE"] });
  });
  it("lists what it cannot place instead of guessing", () => {
    const counts = countByYear([
      complaint({ reference: "NODATE", lgscoDecision: "upheld" }),
      complaint({ reference: "ODD", lgscoDecisionUnrecognised: "Withdrawn", lgscoDecisionDate: "2019-09-01", reachedLgsco: true }),
      complaint({ reference: "REMEDY", lgscoDecision: "not-upheld", lgscoDecisionDate: "2019-09-01", satisfactoryRemedy: true }),
      complaint({ reference: "HARMLESS", lgscoDecision: "not-upheld", lgscoDecisionDate: "2019-09-01", satisfactoryRemedy: false, remedyCompliedWith: false }),
    ]);
    expect(counts.uncounted.map((u) => [u.reference, u.reason, u.measures])).toEqual([
      ["NODATE", "LGSCO's decision (Upheld) has no decision date", ["Detailed investigations", "Upheld", "Satisfactory remedies", "Compliance outcomes"]],
      ["ODD", 'its LGSCO decision "Withdrawn" is not an outcome LGSCO publishes', ["Detailed investigations", "Upheld", "Satisfactory remedies", "Compliance outcomes"]],
      ["REMEDY", 'a satisfactory remedy is recorded but the decision is "Not upheld", not upheld', ["Upheld", "Satisfactory remedies"]],
    ]);
    expect(counts.years[0]?.["Detailed investigations"].map((c) => c.reference)).toEqual(["REMEDY", "HARMLESS"]);
    expect(counts.years[0]?.["Satisfactory remedies"]).toEqual([]);
  });
  it("keeps upheld within investigations and remedies and compliance within upheld, for any register", () => {
    const outcomeArb = fc.constantFrom(undefined, "upheld", "not-upheld", "advice-given", "closed-after-initial-enquiries" as const);
    const dateArb = fc.option(fc.integer({ min: 0, max: 2000 }).map((days) => new Date(Date.UTC(2018, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)), { nil: undefined });
    const complaintArb = fc.record({
      lgscoDecision: outcomeArb,
      lgscoDecisionDate: dateArb,
      satisfactoryRemedy: fc.option(fc.boolean(), { nil: undefined }),
      remedyCompliedWith: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(complaintArb, { maxLength: 40 }), (records) => {
        const complaints = records.map((fields, i) => {
          const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
          return { reference: `R${i}`, rows: [i + 2], reachedLgsco: true, ...defined } as OwnComplaint;
        });
        const counts = countByYear(complaints);
        const total = (measure: "Detailed investigations" | "Upheld" | "Satisfactory remedies" | "Compliance outcomes") =>
          counts.years.reduce((sum, y) => sum + y[measure].length, 0);
        expect(total("Upheld")).toBeLessThanOrEqual(total("Detailed investigations"));
        expect(total("Satisfactory remedies")).toBeLessThanOrEqual(total("Upheld"));
        expect(total("Compliance outcomes")).toBeLessThanOrEqual(total("Upheld"));
        const dated = complaints.filter((c) => (c.lgscoDecision === "upheld" || c.lgscoDecision === "not-upheld") && c.lgscoDecisionDate);
        expect(total("Detailed investigations")).toBe(dated.length);
      }),
    );
  });
});

describe("escalation", () => {
  it("follows each year's complaints from stage 1 to LGSCO's investigation, with rates", () => {
    const result = escalation([
      complaint({ dateReceived: "2019-04-01", stage: 1 }),
      complaint({ dateReceived: "2019-05-01", stage: 2 }),
      complaint({ dateReceived: "2019-06-01", stage: 2, reachedLgsco: true, lgscoDecision: "upheld", lgscoDecisionDate: "2020-06-01" }),
      complaint({ dateReceived: "2019-07-01", stage: 2, reachedLgsco: true, lgscoDecision: "referred-back-for-local-resolution" }),
      complaint({ dateReceived: "2020-04-01" }),
      complaint({ reference: "UNDATED", stage: 1 }),
    ]);
    expect(result.rows).toEqual([
      { year: "2019-20", stage1: 4, stage2: 3, reachedLgsco: 2, investigated: 1, stage2Rate: 75, reachedLgscoRate: 50, investigatedRate: 50 },
      { year: "2020-21", stage1: 1, stage2: 0, reachedLgsco: 0, investigated: 0, stage2Rate: 0, reachedLgscoRate: 0 },
    ]);
    expect(result.undated).toEqual(["UNDATED"]);
  });

  it("leaves stage 2 out, never 0, when the register has no stage column", () => {
    const result = escalation([complaint({ dateReceived: "2019-04-01" }), complaint({ dateReceived: "2019-05-01", reachedLgsco: true })], ["Stage 2"]);
    expect(result.rows).toEqual([{ year: "2019-20", stage1: 2, reachedLgsco: 1, investigated: 0, reachedLgscoRate: 50, investigatedRate: 0 }]);
  });
});

describe("measuresNotRecorded", () => {
  it("names the counts a register's missing columns cannot give", () => {
    expect(measuresNotRecorded({ stage: true, satisfactoryRemedy: true, compliance: true })).toEqual([]);
    expect(measuresNotRecorded({ stage: false, satisfactoryRemedy: false, compliance: false })).toEqual(["Satisfactory remedies", "Compliance outcomes", "Stage 2"]);
  });

  it("is carried by countByYear for the reconciliation measures only", () => {
    expect(countByYear([], ["Compliance outcomes", "Stage 2"]).notRecorded).toEqual(["Compliance outcomes"]);
    expect(countByYear([]).notRecorded).toBeUndefined();
  });
});
