import { describe, expect, it } from "vitest";
import { authorityFromRecord, AuthorityRecordError, parseAuthorityNotes, type AuthorityRecord } from "./authority-record";

// Notes copied from rows of data/authorities.csv.
describe("parseAuthorityNotes", () => {
  it("reads successors of an abolished council, one or several", () => {
    expect(parseAuthorityNotes("ONS name: Poole | abolished; successor(s): E06000058 Bournemouth, Christchurch and Poole Council").successors).toEqual([
      "E06000058",
    ]);
    expect(
      parseAuthorityNotes("ONS name: Cumbria | abolished; successor(s): E06000063 Cumberland Council; E06000064 Westmorland and Furness Council").successors,
    ).toEqual(["E06000063", "E06000064"]);
  });

  it("reads the councils a new council replaced", () => {
    const notes = parseAuthorityNotes(
      "ONS name: Somerset West and Taunton | abolished; successor(s): E06000066 Somerset Council | replaced: E07000190 Taunton Deane Borough Council (to 2019-03-31); E07000191 West Somerset District Council (to 2019-03-31) | existed only 2019-04-01 to 2023-03-31 | alt guess if LGSCO writes & (as for Brighton & Hove): somerset-west-taunton-council",
    );
    expect(notes.predecessors).toEqual(["E07000190", "E07000191"]);
    expect(notes.successors).toEqual(["E06000066"]);
    expect(notes.alternativeSlugs).toEqual(["somerset-west-taunton-council"]);
  });

  it("does not read a code in a remark as a successor", () => {
    const notes = parseAuthorityNotes(
      "ONS name: Dorset | abolished; successor(s): E06000059 Dorset Council | county functions in the Christchurch area passed to BCP (E06000058), not Dorset Council; mySociety lists Dorset Council only",
    );
    expect(notes.successors).toEqual(["E06000059"]);
  });

  it("reads other codes and other names", () => {
    expect(parseAuthorityNotes("ONS name: Sheffield | code alias: ONS recoded Sheffield to E08000039 in 2025 (LAD25); seen in third-party repos").otherCodes).toEqual(["E08000039"]);
    expect(parseAuthorityNotes("ONS name: Northumberland | earlier ONS code for same authority: E06000048 (to 2013-03-31)").otherCodes).toEqual(["E06000048"]);
    expect(parseAuthorityNotes("ONS name: Folkestone and Hythe | renamed from Shepway 2018-04-01, same code", "Folkestone and Hythe").otherNames).toEqual(["Shepway"]);
    expect(parseAuthorityNotes("ONS name: Kingston upon Hull, City of", "Kingston upon Hull").otherNames).toEqual(["Kingston upon Hull, City of"]);
    expect(parseAuthorityNotes("ONS name: Harrow", "Harrow").otherNames).toEqual([]);
    expect(
      parseAuthorityNotes("ONS name: Kensington and Chelsea | LGSCO name seen: Royal Borough of Kensington & Chelsea (LGO decision page 25 007 750)").otherNames,
    ).toContain("Royal Borough of Kensington & Chelsea");
  });
});

const record = (overrides: Partial<AuthorityRecord>): AuthorityRecord => ({
  gss_code: "E06000029",
  name: "Poole Borough Council",
  short_name: "Poole",
  lgsco_type: "Unitary Council",
  lgsco_slug: "poole-borough-council",
  slug_confirmed_by: "https://lgo.org.uk/your-councils-performance/poole-borough-council/statistics",
  guessed_slug: "",
  valid_from: "",
  valid_to: "2019-03-31",
  notes: "ONS name: Poole | abolished; successor(s): E06000058 Bournemouth, Christchurch and Poole Council",
  ...overrides,
});

describe("authorityFromRecord", () => {
  it("takes the confirmed slug, else the guessed one", () => {
    const confirmed = authorityFromRecord(record({}));
    expect(confirmed).toMatchObject({ gss: "E06000029", slug: "poole-borough-council", slugConfirmed: true, validTo: "2019-03-31", successors: ["E06000058"] });
    expect(confirmed.validFrom).toBeUndefined();
    const guessed = authorityFromRecord(record({ lgsco_slug: "", slug_confirmed_by: "", guessed_slug: "borough-of-poole" }));
    expect(guessed).toMatchObject({ slug: "borough-of-poole", slugConfirmed: false });
  });

  it("keeps a guessed slug that differs from the confirmed one as an alternative", () => {
    expect(authorityFromRecord(record({ guessed_slug: "borough-of-poole" })).alternativeSlugs).toEqual(["borough-of-poole"]);
  });

  it("refuses rows it cannot trust, naming the column", () => {
    expect(() => authorityFromRecord(record({ gss_code: "X123" }))).toThrow(/gss_code "X123"/);
    expect(() => authorityFromRecord(record({ lgsco_type: "Parish Council" }))).toThrow(AuthorityRecordError);
    expect(() => authorityFromRecord(record({ lgsco_slug: "", guessed_slug: "" }))).toThrow(/no usable slug/);
    expect(() => authorityFromRecord(record({ valid_to: "31/03/2019" }))).toThrow(/valid_to/);
    expect(() => authorityFromRecord(record({ short_name: " " }))).toThrow(/short_name/);
  });
});
