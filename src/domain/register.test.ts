import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/expected-error";
import { CouncilNotFoundError, describeAuthority, existenceSpan, isValidIn, Register, RegisterError } from "./register";
import type { Authority } from "./types";

// A small register composed by us from rows of data/authorities.csv (some shortened), plus two
// invented councils ("Twinford") to show a short name shared by two current councils.
const authority = (fields: Partial<Authority> & Pick<Authority, "gss" | "name" | "shortName" | "type">): Authority => ({
  slug: fields.name.toLowerCase().replace(/&/g, "").replace(/[^a-z0-9]+/g, "-"),
  slugConfirmed: false,
  alternativeSlugs: [],
  predecessors: [],
  successors: [],
  ...fields,
});

const harrow = authority({ gss: "E09000015", name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough" });
const harlow = authority({ gss: "E07000073", name: "Harlow District Council", shortName: "Harlow", type: "District Council" });
const dorsetCounty = authority({
  gss: "E10000009",
  name: "Dorset County Council",
  shortName: "Dorset",
  type: "County Council",
  validTo: "2019-03-31",
  successors: ["E06000059"],
});
const dorset = authority({
  gss: "E06000059",
  name: "Dorset Council",
  shortName: "Dorset",
  type: "Unitary Council",
  validFrom: "2019-04-01",
  predecessors: ["E10000009"],
});
const poole = authority({
  gss: "E06000029",
  name: "Poole Borough Council",
  shortName: "Poole",
  type: "Unitary Council",
  slugConfirmed: true,
  validTo: "2019-03-31",
  successors: ["E06000058"],
});
const bcp = authority({
  gss: "E06000058",
  name: "Bournemouth, Christchurch and Poole Council",
  shortName: "Bournemouth, Christchurch and Poole",
  type: "Unitary Council",
  validFrom: "2019-04-01",
  alternativeSlugs: ["bournemouth-christchurch-poole-council"],
});
const brighton = authority({
  gss: "E06000043",
  name: "Brighton & Hove City Council",
  shortName: "Brighton and Hove",
  type: "Unitary Council",
  slug: "brighton-hove-city-council",
  slugConfirmed: true,
});
const sheffield = authority({
  gss: "E08000019",
  name: "Sheffield City Council",
  shortName: "Sheffield",
  type: "Metropolitan Borough",
  otherCodes: ["E08000039"],
});
const york = authority({ gss: "E06000014", name: "City of York Council", shortName: "York", type: "Unitary Council" });
const hull = authority({
  gss: "E06000010",
  name: "Hull City Council",
  shortName: "Kingston upon Hull",
  type: "Unitary Council",
  otherNames: ["Kingston upon Hull, City of"],
});
const durham = authority({ gss: "E06000047", name: "Durham County Council", shortName: "County Durham", type: "Unitary Council" });
const twinfordNorth = authority({ gss: "E07999991", name: "Twinford Borough Council", shortName: "Twinford", type: "District Council" });
const twinfordSouth = authority({ gss: "E07999992", name: "Twinford District Council", shortName: "Twinford", type: "District Council" });

const register = new Register([harrow, harlow, dorsetCounty, dorset, poole, bcp, brighton, sheffield, york, hull, durham, twinfordNorth, twinfordSouth]);

function found(query: string, year?: string): string {
  const result = register.lookup(query, year === undefined ? {} : { year });
  if (result.kind !== "found") throw new Error(`${query}: ${result.kind}: ${result.message}`);
  return result.authority.gss;
}

describe("Register.lookup", () => {
  it("finds a council by full name, short name, GSS code or slug, whatever the case", () => {
    expect(found("London Borough of Harrow")).toBe(harrow.gss);
    expect(found("harrow")).toBe(harrow.gss);
    expect(found("HARROW")).toBe(harrow.gss);
    expect(found("e09000015")).toBe(harrow.gss);
    expect(found("london-borough-of-harrow")).toBe(harrow.gss);
    expect(found("https://www.lgo.org.uk/your-councils-performance/brighton-hove-city-council/statistics")).toBe(brighton.gss);
  });

  it("finds a council by an alternative slug and by another GSS code", () => {
    expect(found("bournemouth-christchurch-poole-council")).toBe(bcp.gss);
    expect(found("E08000039")).toBe(sheffield.gss);
  });

  it("matches the names LGSCO and the press use by meaning", () => {
    expect(found("City Of York Council")).toBe(york.gss);
    expect(found("Brighton and Hove")).toBe(brighton.gss);
    expect(found("Brighton & Hove City Council")).toBe(brighton.gss);
    expect(found("Kingston upon Hull City Council")).toBe(hull.gss);
    expect(found("Kingston upon Hull, City of")).toBe(hull.gss);
    expect(found("Hull")).toBe(hull.gss);
    expect(found("Durham County Council")).toBe(durham.gss);
    expect(found("County Durham")).toBe(durham.gss);
    expect(found("Sheffield Council")).toBe(sheffield.gss);
    expect(found("Bournemouth Christchurch & Poole")).toBe(bcp.gss);
  });

  it("never matches on closeness of spelling: a near miss is unknown, with suggestions", () => {
    const result = register.lookup("Harow");
    expect(result.kind).toBe("unknown");
    if (result.kind !== "unknown") return;
    expect(result.suggestions.map((suggested) => suggested.gss)).toEqual(expect.arrayContaining([harrow.gss, harlow.gss]));
    expect(result.message).toMatch(/No council in the register matches "Harow"\. Did you mean: .*London Borough of Harrow/);
  });

  it("says plainly when nothing is close", () => {
    const result = register.lookup("Atlantis");
    expect(result).toEqual({ kind: "unknown", message: 'No council in the register matches "Atlantis".', suggestions: [] });
    expect(register.lookup("   ").kind).toBe("unknown");
    expect(register.lookup("E99999999")).toMatchObject({ kind: "unknown", message: expect.stringMatching(/code E99999999/) });
  });

  it("a short name shared by an abolished and a current council means the current one", () => {
    expect(found("Dorset")).toBe(dorset.gss);
  });

  it("with a year, means the council that existed that year", () => {
    expect(found("Dorset", "2017-18")).toBe(dorsetCounty.gss);
    expect(found("Dorset", "2018-19")).toBe(dorsetCounty.gss);
    expect(found("Dorset", "2019-20")).toBe(dorset.gss);
  });

  it("keeps abolished councils findable by their own names", () => {
    expect(found("Poole Borough Council")).toBe(poole.gss);
    expect(found("Poole")).toBe(poole.gss);
    expect(found("Dorset County Council")).toBe(dorsetCounty.gss);
  });

  it("returns the candidates for a short name two current councils share", () => {
    const result = register.lookup("Twinford");
    expect(result.kind).toBe("ambiguous");
    if (result.kind !== "ambiguous") return;
    expect(result.candidates.map((candidate) => candidate.gss)).toEqual([twinfordNorth.gss, twinfordSouth.gss]);
    expect(result.message).toContain("Twinford Borough Council");
    expect(found("Twinford Borough Council")).toBe(twinfordNorth.gss);
  });

  it("says when no council of a shared name existed in the year asked", () => {
    // Invented: two councils called "Oldshire", with a gap between them.
    const first = authority({ gss: "E07999993", name: "Oldshire District Council", shortName: "Oldshire", type: "District Council", validFrom: "2000-04-01", validTo: "2009-03-31" });
    const second = authority({ gss: "E07999994", name: "Oldshire Council", shortName: "Oldshire", type: "District Council", validFrom: "2012-04-01" });
    const oldshire = new Register([first, second]);
    const result = oldshire.lookup("Oldshire", { year: "2010-11" });
    expect(result.kind).toBe("unknown");
    expect(result.kind === "unknown" && result.message).toBe(
      'No council named "Oldshire" existed in 2010-11; the register has Oldshire District Council (from 2000-04-01, to 2009-03-31); Oldshire Council (from 2012-04-01).',
    );
    expect(oldshire.lookup("Oldshire", { year: "2005-06" })).toMatchObject({ kind: "found", authority: first });
  });

  it("refuses a year that is not a statistical year", () => {
    expect(() => register.lookup("Dorset", { year: "2019-22" })).toThrow(RangeError);
  });
});

describe("Register.resolve", () => {
  it("returns the council or throws with the result", () => {
    expect(register.resolve("Harrow").gss).toBe(harrow.gss);
    expect(thrown(CouncilNotFoundError, () => register.resolve("Twinford")).result.kind).toBe("ambiguous");
  });
});

describe("years, types and reorganisations", () => {
  it("knows which councils existed in a year (reorganisations land on 1 April)", () => {
    expect(isValidIn(dorsetCounty, "2018-19")).toBe(true);
    expect(isValidIn(dorsetCounty, "2019-20")).toBe(false);
    expect(isValidIn(dorset, "2018-19")).toBe(false);
    expect(isValidIn(dorset, "2019-20")).toBe(true);
    expect(isValidIn(harrow, "2001-02")).toBe(true);
    expect(register.validIn("2018-19", "Unitary Council").map((a) => a.gss)).toEqual([poole.gss, brighton.gss, york.gss, hull.gss, durham.gss]);
    expect(register.validIn("2019-20", "Unitary Council").map((a) => a.gss)).toEqual([dorset.gss, bcp.gss, brighton.gss, york.gss, hull.gss, durham.gss]);
  });

  it("lists councils by type", () => {
    expect(register.ofType("County Council")).toEqual([dorsetCounty]);
    expect(register.ofType("London Borough")).toEqual([harrow]);
  });

  it("follows predecessors and successors from either side's row", () => {
    expect(register.successorsOf(poole.gss)).toEqual([bcp]);
    // BCP's own row here names no predecessors; Poole's row names BCP as its successor.
    expect(register.predecessorsOf(bcp.gss)).toEqual([poole]);
    expect(register.predecessorsOf(dorset.gss)).toEqual([dorsetCounty]);
    expect(register.successorsOf(harrow.gss)).toEqual([]);
  });

  it("lists the slugs to try, confirmed or best guess first", () => {
    expect(register.slugsOf(bcp)).toEqual(["bournemouth-christchurch-and-poole-council", "bournemouth-christchurch-poole-council"]);
  });

  it("describes a council with the years it existed", () => {
    expect(describeAuthority(dorsetCounty)).toBe("Dorset County Council (to 2019-03-31)");
    expect(describeAuthority(dorset)).toBe("Dorset Council (from 2019-04-01)");
    expect(describeAuthority(harrow)).toBe("London Borough of Harrow");
    expect(existenceSpan({ validFrom: "2019-04-01", validTo: "2023-03-31" })).toBe("from 2019-04-01, to 2023-03-31");
    expect(existenceSpan(harrow)).toBe("");
  });
});

describe("building a register", () => {
  it("refuses duplicate codes and links to councils it does not hold", () => {
    expect(() => new Register([harrow, harrow])).toThrow(RegisterError);
    expect(() => new Register([poole])).toThrow(/E06000058, which is not in the register/);
  });

  it("finds by code the council it holds", () => {
    expect(register.get("e09000015")).toBe(harrow);
    expect(register.get("E08000039")).toBeUndefined();
    expect(register.all()).toHaveLength(13);
  });
});

describe("lookup properties", () => {
  const councils = register.all();

  it("answers any text with found, ambiguous or unknown, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(["found", "ambiguous", "unknown"]).toContain(register.lookup(text).kind);
      }),
    );
  });

  it("finds each council however its full name is cased, spaced or punctuated", () => {
    const variant = fc.record({
      index: fc.nat({ max: councils.length - 1 }),
      upper: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
      separator: fc.constantFrom(" ", "  ", " - ", ", ", "\u00a0"),
    });
    fc.assert(
      fc.property(variant, ({ index, upper, separator }) => {
        const council = councils[index]!;
        const written = council.name
          .split(" ")
          .join(separator)
          .split("")
          .map((letter, position) => (upper[position % upper.length] ? letter.toUpperCase() : letter.toLowerCase()))
          .join("");
        const result = register.lookup(written);
        expect(result.kind).toBe("found");
        expect(result.kind === "found" && result.authority.gss).toBe(council.gss);
      }),
    );
  });

  it("never finds a council from a name with a letter changed", () => {
    fc.assert(
      fc.property(fc.nat({ max: councils.length - 1 }), fc.nat(), (index, at) => {
        const shortName = councils[index]!.shortName.toLowerCase();
        const position = at % shortName.length;
        if (!/[a-z]/.test(shortName[position]!)) return;
        const changed = shortName.slice(0, position) + (shortName[position] === "q" ? "x" : "q") + shortName.slice(position + 1);
        const result = register.lookup(changed);
        if (result.kind === "found") {
          // Only if the changed text really is another council's name (none is, in this register).
          expect(result.authority.shortName.toLowerCase()).toBe(changed);
        }
      }),
    );
  });
});
