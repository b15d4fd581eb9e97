import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CROYDON_2022_23,
  CROYDON_2023_24,
  HARROW_2019_20,
  HARROW_LETTER,
  HAVERING_2020_21,
  HAVERING_2021_22,
  SOUTH_HAMS_2021_22,
  TOWER_HAMLETS_2022_23,
  TOWER_HAMLETS_2023_24,
} from "../../test/fixtures/published-figures";
import { resolveFlagSettings } from "./flag-settings";
import { flagsForCouncilYears, flagsForYear, joinFlagIds, sortFlags } from "./flags";
import { FLAG_ORDER, type Flag, type YearFigures } from "./types";

const ids = (flags: Flag[]) => flags.map((flag) => flag.id);
const only = (flags: Flag[], id: Flag["id"]) => {
  const found = flags.filter((flag) => flag.id === id);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("scrutiny flags on published figures", () => {
  it("Harrow 2019-20 (letter): upheld above and remedy below the average, compliance 100% is no flag", () => {
    const flags = flagsForYear(HARROW_2019_20, undefined);
    expect(ids(flags)).toEqual(["upheld-above-average", "remedy-below-average"]);

    const upheld = only(flags, "upheld-above-average");
    expect(upheld.severity).toBe("watch");
    expect(upheld.year).toBe("2019-20");
    expect(upheld.gss).toBe("E09000015");
    expect(upheld.message).toMatch(/^Upheld 73% \(24 of 33 investigations\) is 3 points above the similar-authority average of 70%/);
    expect(upheld.evidence).toContain("Upheld % = 73%, Upheld = 24, Investigations = 33, Similar upheld % = 70%");
    expect(upheld.evidence).toContain(HARROW_LETTER.title);

    const remedy = only(flags, "remedy-below-average");
    expect(remedy.message).toMatch(/^Satisfactory remedy 8% \(2 of 24 upheld decisions\) is 7 points below the similar-authority average of 15%/);
    expect(remedy.evidence).toContain("Upheld decisions = 24");
  });

  it("Croydon 2023-24 (LGSCO page): compliance 98% of 45 outcomes is to be scrutinised, among others", () => {
    const flags = flagsForYear(CROYDON_2023_24, CROYDON_2022_23);
    // Every base is 43 or more: no low-base.
    expect(ids(flags)).toEqual(["compliance-below-100", "upheld-above-average", "remedy-below-average", "per100k-above-average"]);
    const compliance = only(flags, "compliance-below-100");
    expect(compliance.severity).toBe("scrutinise");
    expect(compliance.message).toBe(
      "Compliance 98% (45 outcomes) is below 100%: scrutinise the complaints where recommendations were not implemented and identify the learning.",
    );
    expect(compliance.evidence).toBe(
      "2023-24: Compliance % = 98%, Compliance outcomes = 45, Similar compliance % = 99% " +
        "(source: https://www.lgo.org.uk/your-councils-performance/london-borough-of-croydon/statistics)",
    );
    expect(only(flags, "per100k-above-average").message).toMatch(/^Upheld decisions per 100,000 residents 11 \(43 upheld decisions\) is above the average of 8.2/);
    // 90% − 83% = 7 points: not a rise of 10.
    expect(ids(flags)).not.toContain("upheld-rising");
  });

  it("a council with 5 investigations gets low-base (South Hams 2021-22: 2 of 5 upheld)", () => {
    const flags = flagsForYear(SOUTH_HAMS_2021_22, undefined);
    const lowBase = only(flags, "low-base");
    expect(lowBase.severity).toBe("info");
    // The remedy rate was not published, so only the upheld rate is said to rest on a low base.
    expect(lowBase.message).toBe("Upheld 40% rests on 5 investigations: a base under 10, where one case moves the rate a long way, so read with care.");
    expect(lowBase.evidence).toContain("Investigations = 5");
    expect(lowBase.evidence).toContain("mg.swdevon.gov.uk");
    // No similar average was published: no above-average flag either way.
    expect(ids(flags)).toEqual(["low-base"]);
  });

  it("upheld-rising inside one comparability period (Havering 67% → 82%, 2020-21 → 2021-22; Tower Hamlets 73% → 87%, 2022-23 → 2023-24)", () => {
    const havering = only(flagsForCouncilYears([HAVERING_2021_22, HAVERING_2020_21]), "upheld-rising");
    expect(havering.year).toBe("2021-22");
    expect(havering.message).toMatch(/^Upheld 82% \(number of investigations not published\) is up 15 points on 2020-21 \(67%/);
    expect(havering.evidence).toMatch(/^2020-21: Upheld % = 67%.*; 2021-22: Upheld % = 82%/);

    const towerHamlets = only(flagsForCouncilYears([TOWER_HAMLETS_2022_23, TOWER_HAMLETS_2023_24]), "upheld-rising");
    expect(towerHamlets.message).toContain("is up 14 points on 2022-23 (73%, 22 of 30 investigations)");
  });
});

describe("scrutiny flags on composed figures (not published: built here to test the rules)", () => {
  const composed = (year: string, figures: Partial<YearFigures>, gss = "E09000099"): YearFigures => ({
    authority: "Composed Council",
    gss,
    year,
    source: { kind: "dataset", title: "composed for a test" },
    ...figures,
  });

  it("no upheld-rising across the 2021-22 → 2022-23 break, however large the rise", () => {
    const years = [composed("2021-22", { upheld: { rate: 50 } }), composed("2022-23", { upheld: { rate: 90 } })];
    expect(ids(flagsForCouncilYears(years))).not.toContain("upheld-rising");
    expect(ids(flagsForYear(years[1]!, years[0]))).not.toContain("upheld-rising");
  });

  it("no upheld-rising across 2017-18 → 2018-19 either, nor from a year that is not the one before", () => {
    expect(ids(flagsForCouncilYears([composed("2017-18", { upheld: { rate: 40 } }), composed("2018-19", { upheld: { rate: 80 } })]))).not.toContain(
      "upheld-rising",
    );
    expect(ids(flagsForCouncilYears([composed("2018-19", { upheld: { rate: 40 } }), composed("2020-21", { upheld: { rate: 80 } })]))).not.toContain(
      "upheld-rising",
    );
  });

  it("upheld-rising at exactly 10 points, not at 9", () => {
    const rising = (from: number, to: number) =>
      ids(flagsForCouncilYears([composed("2019-20", { upheld: { rate: from } }), composed("2020-21", { upheld: { rate: to } })]));
    expect(rising(60, 70)).toContain("upheld-rising");
    expect(rising(61, 70)).not.toContain("upheld-rising");
  });

  it("never chains a predecessor council's years: Buckinghamshire Council does not continue Buckinghamshire County Council", () => {
    const county = composed("2019-20", { authority: "Buckinghamshire County Council", upheld: { rate: 40 } }, "E10000002");
    const unitary = composed("2020-21", { authority: "Buckinghamshire Council", upheld: { rate: 90 } }, "E06000060");
    expect(ids(flagsForCouncilYears([county, unitary]))).not.toContain("upheld-rising");
    expect(ids(flagsForYear(unitary, county))).not.toContain("upheld-rising");
  });

  it("equal to the average is no flag; strictly above or below is", () => {
    const atAverage = composed("2023-24", {
      upheld: { rate: 85, similarAverage: 85 },
      upheldPer100k: { value: 8.2, similarAverage: 8.2 },
      satisfactoryRemedy: { rate: 12, similarAverage: 12 },
    });
    expect(flagsForYear(atAverage, undefined)).toEqual([]);
  });

  it("an absent similar average (published as n/a) is no comparison, not zero", () => {
    expect(flagsForYear(composed("2023-24", { upheld: { rate: 85 }, satisfactoryRemedy: { rate: 1 } }), undefined)).toEqual([]);
  });

  it("margins from the settings widen above/below", () => {
    const figures = composed("2023-24", { upheld: { rate: 88, similarAverage: 85 } });
    expect(ids(flagsForYear(figures, undefined))).toEqual(["upheld-above-average"]);
    expect(ids(flagsForYear(figures, undefined, resolveFlagSettings({ aboveAverageMargin: 3 })))).toEqual([]);
  });

  it("compliance without a published base says so", () => {
    const flag = only(flagsForYear(composed("2023-24", { compliance: { rate: 95 } }), undefined), "compliance-below-100");
    expect(flag.message).toMatch(/^Compliance 95% \(number of outcomes not published\) is below 100%/);
  });

  it("low-base on the remedy rate uses the upheld decisions, and lists every low base in one flag", () => {
    const flag = only(
      flagsForYear(
        composed("2022-23", { upheld: { rate: 60, count: 3, of: 5 }, compliance: { rate: 100, of: 2 }, satisfactoryRemedy: { rate: 33 } }),
        undefined,
      ),
      "low-base",
    );
    expect(flag.message).toBe(
      "Upheld 60% rests on 5 investigations; Compliance 100% rests on 2 compliance outcomes; Satisfactory remedy 33% rests on 3 upheld decisions: " +
        "a base under 10, where one case moves the rate a long way, so read with care.",
    );
  });

  it("figures-inconsistent when round(100 × count / of) is more than 1 point from the published rate, never corrected", () => {
    const harrowMisread = { ...HARROW_2019_20, satisfactoryRemedy: { rate: 8, count: 2, of: 33, similarAverage: 15 } };
    const flag = only(flagsForYear(harrowMisread, undefined), "figures-inconsistent");
    expect(flag.message).toContain("Satisfactory remedy is published as 8% but 2 of 33 upheld decisions is 6%");
    // 24/33 = 72.7% rounds to 73%: consistent.
    expect(ids(flagsForYear(HARROW_2019_20, undefined))).not.toContain("figures-inconsistent");
    // One decimal published (Hertfordshire 2014-15: 68.8%, 11 of 16): consistent.
    expect(ids(flagsForYear(composed("2014-15", { upheld: { rate: 68.8, count: 11, of: 16 } }), undefined))).not.toContain("figures-inconsistent");
  });

  it("flags always come in docs/design.md §3 order, and join with '; '", () => {
    fc.assert(
      fc.property(
        fc.record({
          rate: fc.integer({ min: 0, max: 100 }),
          average: fc.integer({ min: 0, max: 100 }),
          count: fc.integer({ min: 0, max: 40 }),
          of: fc.integer({ min: 1, max: 40 }),
          compliance: fc.integer({ min: 80, max: 100 }),
          per100k: fc.integer({ min: 0, max: 200 }).map((n) => n / 10),
        }),
        (f) => {
          const figures = composed("2023-24", {
            upheld: { rate: f.rate, count: f.count, of: f.of, similarAverage: f.average },
            compliance: { rate: f.compliance, of: f.of },
            satisfactoryRemedy: { rate: f.rate, count: f.count, of: f.of, similarAverage: f.average },
            upheldPer100k: { value: f.per100k, similarAverage: 5 },
          });
          const flags = flagsForYear(figures, composed("2022-23", { upheld: { rate: f.average } }));
          const positions = flags.map((flag) => FLAG_ORDER.indexOf(flag.id));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          expect(new Set(ids(flags)).size).toBe(flags.length);
          expect(joinFlagIds(flags)).toBe(ids(flags).join("; "));
          for (const flag of flags) expect(flag.evidence).toContain("composed for a test");
        },
      ),
    );
  });

  it("sortFlags and joinFlagIds put shuffled flags back in docs/design.md §3 order", () => {
    const flags = flagsForYear(CROYDON_2023_24, undefined).reverse();
    expect(joinFlagIds(flags)).toBe("compliance-below-100; upheld-above-average; remedy-below-average; per100k-above-average");
    expect(ids(sortFlags(flags))[0]).toBe("compliance-below-100");
  });
});
