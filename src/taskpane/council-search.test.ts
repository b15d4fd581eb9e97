import { describe, expect, it } from "vitest";
import type { CouncilOption } from "../workbook/pane/pane-api";
import { bestCouncilMatch, councilDetail, councilMatches, councilSuggestions, groupCouncils } from "./council-search";

const HARROW: CouncilOption = { gss: "E09000015", name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough" };
const HARROGATE: CouncilOption = { gss: "E07000165", name: "Harrogate Borough Council", shortName: "Harrogate", type: "District Council", abolished: "2023-03-31" };
const HULL: CouncilOption = { gss: "E06000010", name: "Hull City Council", shortName: "Kingston upon Hull", type: "Unitary Council" };
const BCP: CouncilOption = { gss: "E06000058", name: "Bournemouth, Christchurch and Poole Council", shortName: "Bournemouth, Christchurch and Poole", type: "Unitary Council" };
const HAVERING: CouncilOption = { gss: "E09000016", name: "London Borough of Havering", shortName: "Havering", type: "London Borough" };
const ALL = [HULL, HARROGATE, HAVERING, HARROW, BCP];

describe("councilMatches", () => {
  it("finds a council by part of its name, its short name or its GSS code", () => {
    expect(councilMatches(HARROW, "harr")).toBe(true);
    expect(councilMatches(HULL, "kingston")).toBe(true);
    expect(councilMatches(HARROW, "e0900001")).toBe(true);
    expect(councilMatches(HARROW, "E09000015")).toBe(true);
    expect(councilMatches(BCP, "christchurch & poole")).toBe(true);
    expect(councilMatches(HARROW, "borough harrow")).toBe(true);
    expect(councilMatches(HARROW, "leeds")).toBe(false);
  });
});

describe("groupCouncils", () => {
  it("groups the matches by type, in the register's type order, A to Z, abolished last", () => {
    const groups = groupCouncils(ALL, "har");
    expect(groups.map((group) => [group.label, group.councils.map((c) => c.shortName)])).toEqual([
      ["London boroughs", ["Harrow"]],
      ["District councils", ["Harrogate"]],
    ]);
    expect(groupCouncils([...ALL, { ...HARROGATE, gss: "E07000999", name: "Harrogate Town Council", shortName: "Harrogate Town", abolished: undefined }], "harrogate").map((group) => group.councils.map((c) => c.shortName))).toEqual([
      ["Harrogate Town", "Harrogate"],
    ]);
    expect(groupCouncils(ALL, "").flatMap((group) => group.councils)).toHaveLength(ALL.length);
    expect(groupCouncils(ALL, "nowhere")).toEqual([]);
  });
});

describe("councilDetail", () => {
  it("shows the type, an abolition and the code", () => {
    expect(councilDetail(HARROW)).toBe("London Borough · E09000015");
    expect(councilDetail(HARROGATE)).toBe("District Council · abolished 2023 · E07000165");
  });
});

describe("bestCouncilMatch", () => {
  const KENT: CouncilOption = { gss: "E10000016", name: "Kent County Council", shortName: "Kent", type: "County Council" };
  const HARLOW: CouncilOption = { gss: "E07000073", name: "Harlow District Council", shortName: "Harlow", type: "District Council" };
  const COUNCILS = [...ALL, KENT, HARLOW];

  it('picks a current council starting with the text before an abolished one: "harr" is Harrow, not Harrogate', () => {
    expect(bestCouncilMatch(COUNCILS, "harr")?.name).toBe("London Borough of Harrow");
    expect(bestCouncilMatch(COUNCILS, "Harr ")?.name).toBe("London Borough of Harrow");
  });

  it("picks an exact name, short name or code first, and an abolished council only when nothing current fits", () => {
    expect(bestCouncilMatch(COUNCILS, "kent")?.name).toBe("Kent County Council");
    expect(bestCouncilMatch(COUNCILS, "harrogate")?.name).toBe("Harrogate Borough Council");
    expect(bestCouncilMatch(COUNCILS, "e09000016")?.name).toBe("London Borough of Havering");
    expect(bestCouncilMatch(COUNCILS, "christchurch")?.name).toBe("Bournemouth, Christchurch and Poole Council");
    expect(bestCouncilMatch(COUNCILS, "harow")).toBeUndefined();
    expect(bestCouncilMatch(COUNCILS, "")).toBeUndefined();
  });
});

describe("councilSuggestions", () => {
  it('offers "did you mean" for a misspelling, as the CLI does', () => {
    const HARLOW: CouncilOption = { gss: "E07000073", name: "Harlow District Council", shortName: "Harlow", type: "District Council" };
    expect(councilSuggestions([...ALL, HARLOW], "Harow").map((council) => council.name)).toEqual(["Harlow District Council", "London Borough of Harrow"]);
    expect(councilSuggestions(ALL, "zzzz")).toEqual([]);
  });
});
