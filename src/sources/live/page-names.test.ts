import { describe, expect, it } from "vitest";
import type { Authority } from "../../domain/types";
import { loadRegister } from "../dataset/dataset";
import { MemoryStorage } from "./page-cache";
import { MAX_PAGE_NAME_CANDIDATES, PageNameError, RememberedPageNames, capitalisedPageName, checkLgscoPageName, pageNameCandidates } from "./page-names";

const register = await loadRegister();
const council = (query: string): Authority => register.resolve(query);

describe("page name candidates", () => {
  it("tries a London borough's register name, then the prefixed and short forms, then capitals", () => {
    expect(pageNameCandidates(council("Harrow"))).toEqual([
      "london-borough-of-harrow",
      "royal-borough-of-harrow",
      "harrow-council",
      "London-Borough-Of-Harrow",
    ]);
  });

  it("puts a known name first, then the register's, the official name, the short name with the type's endings, capitals last", () => {
    const hull = council("Hull");
    expect(hull.slugConfirmed).toBe(false);
    const candidates = pageNameCandidates(hull, { known: "Kingston-Upon-Hull-City-Council" });
    expect(candidates.slice(0, 3)).toEqual(["Kingston-Upon-Hull-City-Council", "hull-city-council", "kingston-upon-hull-council"]);
    expect(candidates).toContain("kingston-upon-hull-city-council");
    expect(candidates.at(-2)).toBe("Hull-City-Council");
    expect(candidates.at(-1)).toBe("Kingston-Upon-Hull-Council");
    expect(new Set(candidates).size).toBe(candidates.length);
  });

  it("writes LGSCO's capitalised form of North Northamptonshire, after its lower-case one", () => {
    const candidates = pageNameCandidates(council("North Northamptonshire"));
    expect(candidates[0]).toBe("north-northamptonshire-council");
    expect(candidates).toContain("North-Northamptonshire-Council");
    expect(candidates.indexOf("North-Northamptonshire-Council")).toBeGreaterThan(candidates.indexOf("north-northamptonshire-borough-council"));
  });

  it("keeps a confirmed name first and drops \"&\" as LGSCO does, then spells it out", () => {
    const brighton = council("Brighton and Hove");
    expect(brighton.slugConfirmed).toBe(true);
    const candidates = pageNameCandidates(brighton);
    expect(candidates[0]).toBe("brighton-hove-city-council");
    expect(candidates).toContain("brighton-and-hove-city-council");
  });

  it("never gives more than the limit, and always a name the relay accepts, for every council in the register", () => {
    for (const authority of register.all()) {
      const candidates = pageNameCandidates(authority);
      expect(candidates.length).toBeLessThanOrEqual(MAX_PAGE_NAME_CANDIDATES);
      expect(candidates[0]).toBe(authority.slug);
      for (const name of candidates) expect(name).toMatch(/^[A-Za-z0-9-]{1,100}$/);
    }
  });

  it("capitalises every word", () => {
    expect(capitalisedPageName("north-northamptonshire-council")).toBe("North-Northamptonshire-Council");
  });
});

describe("the analyst's page name", () => {
  it.each([
    ["North-Northamptonshire-Council", "North-Northamptonshire-Council"],
    ["  hull-city-council ", "hull-city-council"],
    ["https://www.lgo.org.uk/your-councils-performance/hull-city-council/statistics", "hull-city-council"],
    ["www.lgo.org.uk/your-councils-performance/North-Northamptonshire-Council", "North-Northamptonshire-Council"],
  ])("reads %j as %j", (typed, name) => {
    expect(checkLgscoPageName(typed)).toBe(name);
  });

  it.each(["", "hull city council", "../admin", "hull_city_council", "https://evil.example/x%2F/statistics", "a".repeat(101)])("refuses %j, saying what a page name is", (typed) => {
    expect(() => checkLgscoPageName(typed)).toThrow(PageNameError);
  });
});

describe("remembered page names", () => {
  it("gives back the name that answered for a council, and keeps nothing that is not a page name", () => {
    const storage = new MemoryStorage();
    const remembered = new RememberedPageNames(storage);
    expect(remembered.get("E06000010")).toBeUndefined();
    remembered.remember("E06000010", "Hull-City-Council");
    expect(new RememberedPageNames(storage).get("E06000010")).toBe("Hull-City-Council");
    remembered.remember("E06000010", "../admin");
    expect(remembered.get("E06000010")).toBe("Hull-City-Council");
    storage.setItem("ombudsman-scrutiny:lgsco-page-name:E06000011", "not a name!");
    expect(remembered.get("E06000011")).toBeUndefined();
  });
});
