import { describe, expect, it } from "vitest";
import type { Authority, YearFigures } from "../../domain/types";
import { councilYears } from "./council-years";

// Composed for tests: which years are held, no figure.
const croydon = { gss: "E09000008", name: "London Borough of Croydon", type: "London Borough" } as Authority;
const harrow = { gss: "E09000015", name: "London Borough of Harrow", type: "London Borough" } as Authority;
const held = (authority: Authority, years: string[]): YearFigures[] => years.map((year) => ({ authority: authority.name, gss: authority.gss, year }) as YearFigures);
const HELD = [...held(croydon, ["2018-19", "2019-20", "2020-21", "2021-22"]), ...held(harrow, ["2019-20", "2020-21", "2021-22"])];

describe("councilYears", () => {
  it("Fetch: the chosen council's years in range plus those it has rows for; the others exactly their rows", () => {
    const rows = { "London Borough of Croydon": ["2018-19", "2019-20"], "London Borough of Harrow": ["2018-19", "2021-22"] };
    expect(councilYears({ kind: "fetch", council: harrow.gss, years: { from: "2019-20", to: "2019-20" } }, [harrow, croydon], rows, HELD)).toEqual({
      [harrow.gss]: ["2018-19", "2019-20", "2021-22"],
      [croydon.gss]: ["2018-19", "2019-20"],
    });
  });

  it("Refresh: each council's rows plus held years after its latest row", () => {
    const rows = { "London Borough of Croydon": ["2019-20", "2018-19"] };
    expect(councilYears({ kind: "refresh" }, [croydon], rows, HELD)).toEqual({ [croydon.gss]: ["2018-19", "2019-20", "2020-21", "2021-22"] });
  });

  it("a council listed without any row (a Fetch that did not finish) gets every year held", () => {
    expect(councilYears({ kind: "refresh" }, [harrow], {}, HELD)).toEqual({ [harrow.gss]: ["2019-20", "2020-21", "2021-22"] });
  });
});
