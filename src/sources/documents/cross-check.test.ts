import { describe, expect, it } from "vitest";
import type { YearFigures } from "../../domain/types";
import { crossCheck } from "./cross-check";

const base: YearFigures = { authority: "London Borough of Harrow", year: "2019-20", source: { kind: "annual-letter" } };

describe("crossCheck", () => {
  it("accepts rates that match their counts within rounding (Harrow 2019-20)", () => {
    expect(
      crossCheck({
        ...base,
        upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 },
        satisfactoryRemedy: { rate: 8, count: 2, of: 24, similarAverage: 15 },
      }),
    ).toEqual([]);
  });

  it("allows one point either way and reports more, without changing the rate", () => {
    expect(crossCheck({ ...base, upheld: { rate: 74, count: 24, of: 33 } })).toEqual([]);
    const figures: YearFigures = { ...base, upheld: { rate: 75, count: 24, of: 33 } };
    const [found] = crossCheck(figures);
    expect(found).toMatchObject({ measure: "upheld.rate", published: 75, recomputed: 73 });
    expect(found?.message).toBe("The upheld rate is published as 75% but 24 of 33 is 73%.");
    expect(figures.upheld?.rate).toBe(75);
  });

  it("checks the remedy rate against its base of upheld decisions", () => {
    expect(crossCheck({ ...base, satisfactoryRemedy: { rate: 8, count: 2, of: 33 } })[0]?.measure).toBe("satisfactoryRemedy.rate");
  });

  it("reports a remedy base that differs from the upheld count", () => {
    const found = crossCheck({ ...base, upheld: { rate: 73, count: 24, of: 33 }, satisfactoryRemedy: { rate: 8, count: 2, of: 25 } });
    expect(found.map((f) => f.measure)).toEqual(["satisfactoryRemedy.of"]);
  });

  it("checks table totals and the uphold rate of a pre-2019-20 letter", () => {
    expect(
      crossCheck({
        ...base,
        received: { total: 455, byCategory: { housing: 102, other: 353 } },
        decisions: { invalidOrIncomplete: 21, adviceGiven: 34, referredBackForLocalResolution: 221, closedAfterInitialEnquiries: 93, notUpheld: 29, upheld: 43, upholdRate: 60, total: 441 },
      }),
    ).toEqual([]);
    const found = crossCheck({ ...base, received: { total: 450, byCategory: { housing: 102, other: 353 } }, decisions: { notUpheld: 29, upheld: 43, upholdRate: 70 } });
    expect(found.map((f) => [f.measure, f.recomputed])).toEqual([
      ["decisions.upholdRate", 60],
      ["received.total", 455],
    ]);
  });

  it("checks the overview adds up to the complaints dealt with", () => {
    expect(crossCheck({ ...base, overview: { dealtWith: 218, notForUs: 113, assessedAndClosed: 69, investigated: 36 } })).toEqual([]);
    expect(crossCheck({ ...base, overview: { dealtWith: 219, notForUs: 113, assessedAndClosed: 69, investigated: 36 } })[0]?.measure).toBe("overview.dealtWith");
  });

  it("says nothing where a base is missing or zero", () => {
    expect(crossCheck({ ...base, upheld: { rate: 0, count: 0, of: 0 }, compliance: { rate: 100 } })).toEqual([]);
  });
});
