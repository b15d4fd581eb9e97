import { describe, expect, it } from "vitest";
import {
  BARNET,
  BARNET_2023_24,
  BUCKINGHAMSHIRE,
  BUCKINGHAMSHIRE_COUNTY,
  CROYDON,
  CROYDON_2023_24,
  HARROW,
  HARROW_2019_20,
  LEEDS,
  TOWER_HAMLETS,
  TOWER_HAMLETS_2023_24,
} from "../../test/fixtures/published-figures";
import {
  describeStanding,
  peersInYear,
  pointsBetween,
  quartileOf,
  rankAmong,
  standingsAmong,
  versusAverage,
  type CouncilYear,
} from "./comparisons";
import { isValidIn } from "./register";
import type { Authority, YearFigures } from "./types";

describe("points against the similar-authority average", () => {
  it("Harrow 2019-20: upheld 73% is 3 points above 70%; remedy 8% is 7 points below 15%; compliance 100% is 1 above 99%", () => {
    expect(versusAverage(73, 70)).toEqual({ value: 73, average: 70, points: 3, direction: "above" });
    expect(versusAverage(8, 15)).toMatchObject({ points: -7, direction: "below" });
    expect(versusAverage(100, 99)).toMatchObject({ points: 1, direction: "above" });
  });

  it("equal is equal, and an unpublished figure or average gives no comparison", () => {
    expect(versusAverage(85, 85)?.direction).toBe("equal");
    expect(versusAverage(85, undefined)).toBeUndefined();
    expect(versusAverage(undefined, 85)).toBeUndefined();
  });

  it("per-100k differences read without floating-point noise (Croydon 2023-24: 11 vs 8.2)", () => {
    expect(pointsBetween(11, 8.2)).toBe(2.8);
    expect(pointsBetween(14.6, 8.3)).toBe(6.3);
  });
});

describe("which councils existed in a year", () => {
  it("reorganisations land on 1 April", () => {
    expect(isValidIn(BUCKINGHAMSHIRE_COUNTY, "2019-20")).toBe(true);
    expect(isValidIn(BUCKINGHAMSHIRE_COUNTY, "2020-21")).toBe(false);
    expect(isValidIn(BUCKINGHAMSHIRE, "2019-20")).toBe(false);
    expect(isValidIn(BUCKINGHAMSHIRE, "2020-21")).toBe(true);
    expect(isValidIn(HARROW, "2014-15")).toBe(true);
  });
});

describe("rank and quartile among councils of the same type", () => {
  const held: CouncilYear[] = [
    { authority: CROYDON, figures: CROYDON_2023_24 },
    { authority: BARNET, figures: BARNET_2023_24 },
    { authority: TOWER_HAMLETS, figures: TOWER_HAMLETS_2023_24 },
    { authority: HARROW, figures: HARROW_2019_20 },
  ];

  it("London Boroughs held for 2023-24: Barnet 81% ranks 1st, Tower Hamlets 87% 2nd, Croydon 90% 3rd of 3 (fewest upheld first)", () => {
    const peers = peersInYear(CROYDON, "2023-24", held);
    expect(peers.map((peer) => peer.authority.shortName)).toEqual(["Croydon", "Barnet", "Tower Hamlets"]);
    const upheld = standingsAmong(peers, "upheld");
    expect(upheld.get(BARNET.gss)).toEqual({ measure: "upheld", rank: 1, of: 3 });
    expect(upheld.get(TOWER_HAMLETS.gss)).toEqual({ measure: "upheld", rank: 2, of: 3 });
    expect(upheld.get(CROYDON.gss)).toEqual({ measure: "upheld", rank: 3, of: 3 });
  });

  it("higher is better for compliance and remedy: Barnet 100% first, Tower Hamlets 96% last; Barnet's 9% remedy first", () => {
    const peers = peersInYear(CROYDON, "2023-24", held);
    const compliance = standingsAmong(peers, "compliance");
    expect(compliance.get(BARNET.gss)?.rank).toBe(1);
    expect(compliance.get(CROYDON.gss)?.rank).toBe(2);
    expect(compliance.get(TOWER_HAMLETS.gss)?.rank).toBe(3);
    expect(standingsAmong(peers, "satisfactoryRemedy").get(BARNET.gss)?.rank).toBe(1);
    expect(standingsAmong(peers, "upheldPer100k").get(BARNET.gss)?.rank).toBe(1);
  });

  it("only councils of the same type that existed that year, with the figure held, are ranked", () => {
    const leeds: CouncilYear = {
      authority: LEEDS,
      figures: { authority: "Leeds City Council", gss: LEEDS.gss, year: "2023-24", upheld: { rate: 75 }, source: { kind: "dataset" } },
    };
    const abolished: Authority = { ...BARNET, gss: "E09000999", validTo: "2023-03-31" };
    const gone: CouncilYear = { authority: abolished, figures: { ...BARNET_2023_24, gss: abolished.gss } };
    const noUpheld: CouncilYear = {
      authority: { ...HARROW },
      figures: { authority: "London Borough of Harrow", gss: HARROW.gss, year: "2023-24", received: { total: 5 }, source: { kind: "dataset" } },
    };
    const peers = peersInYear(CROYDON, "2023-24", [...held, leeds, gone, noUpheld]);
    expect(peers.map((peer) => peer.authority.gss)).not.toContain(LEEDS.gss);
    expect(peers.map((peer) => peer.authority.gss)).not.toContain("E09000999");
    const upheld = standingsAmong(peers, "upheld");
    expect(upheld.get(CROYDON.gss)?.of).toBe(3);
    expect(upheld.has(HARROW.gss)).toBe(false);
  });

  it("equal figures share a rank (1, 2, 2, 4) and quartiles need at least 4 councils", () => {
    const withRate = (gss: string, rate: number): CouncilYear => {
      const figures: YearFigures = { authority: gss, gss, year: "2023-24", upheld: { rate }, source: { kind: "dataset", title: "composed for a test" } };
      return { authority: { ...CROYDON, gss }, figures };
    };
    const standings = standingsAmong([withRate("a", 70), withRate("b", 80), withRate("c", 80), withRate("d", 90)], "upheld");
    expect([...standings.values()].map((s) => [s.rank, s.quartile])).toEqual([
      [1, 1],
      [2, 2],
      [2, 2],
      [4, 4],
    ]);
    expect(standingsAmong([withRate("a", 70)], "upheld").get("a")).toEqual({ measure: "upheld", rank: 1, of: 1 });
  });

  it("quartiles split ranks into quarters, 1 = best", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((rank) => quartileOf(rank, 8))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(quartileOf(3, 10)).toBe(1);
    expect(quartileOf(10, 10)).toBe(4);
    expect(quartileOf(1, 3)).toBeUndefined();
  });

  it("says how many it was ranked among", () => {
    expect(describeStanding({ measure: "upheld", rank: 3, of: 3 })).toBe("3rd of 3");
    expect(describeStanding({ measure: "upheld", rank: 11, of: 40, quartile: 2 })).toBe("11th of 40 (second quarter)");
    expect(describeStanding({ measure: "upheld", rank: 1, of: 12, quartile: 1 })).toBe("1st of 12 (top quarter)");
    expect(describeStanding({ measure: "upheld", rank: 22, of: 30, quartile: 3 })).toBe("22nd of 30 (third quarter)");
  });
});

describe("a rank only among enough councils", () => {
  const held: CouncilYear[] = [
    { authority: BARNET, figures: BARNET_2023_24 },
    { authority: TOWER_HAMLETS, figures: TOWER_HAMLETS_2023_24 },
    { authority: CROYDON, figures: CROYDON_2023_24 },
  ];

  it("gives no rank or quartile among 3 London boroughs held when 10 are needed, and says 3 are held", () => {
    expect(rankAmong(held, "upheld", 10)).toEqual({ held: 3, ranked: false, standings: new Map() });
  });

  it("ranks once the minimum is met", () => {
    const ranking = rankAmong(held, "upheld", 3);
    expect(ranking.ranked).toBe(true);
    expect(ranking.standings.get(CROYDON.gss)).toMatchObject({ rank: 3, of: 3 });
  });

  it("ranks a set the analyst chose of fewer than the minimum only when every member holds the figure", () => {
    expect(rankAmong(held, "upheld", 10, { setSize: 3 }).ranked).toBe(true);
    expect(rankAmong(held, "upheld", 10, { setSize: 4 })).toMatchObject({ held: 3, ranked: false });
  });

  it("counts only councils holding the figure", () => {
    const withoutUpheld = { ...BARNET_2023_24 };
    delete withoutUpheld.upheld;
    const ranking = rankAmong([{ authority: BARNET, figures: withoutUpheld }, ...held.slice(1)], "upheld", 2);
    expect(ranking.held).toBe(2);
    expect(ranking.standings.has(BARNET.gss)).toBe(false);
  });
});
