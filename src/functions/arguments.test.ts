import { describe, expect, it } from "vitest";
import { Register } from "../domain/register";
import type { Authority } from "../domain/types";
import { readCouncil, readMeasure, readYear } from "./arguments";

describe("readYear", () => {
  it("reads the ways an analyst writes a statistical year", () => {
    for (const input of ["2019-20", "2019/20", "2019-2020", " 2019–20 ", 2020, "2020"]) expect(readYear(input), String(input)).toBe("2019-20");
  });

  it("refuses anything else with a #VALUE! saying how to write it", () => {
    for (const input of ["2019-21", "last year", 1850, 2020.5, true, null, undefined, ""]) {
      expect(readYear(input), String(input)).toMatchObject({ kind: "error", code: "#VALUE!", message: expect.stringContaining('"2019-20" or as the year it ends, 2020') });
    }
  });
});

describe("readMeasure", () => {
  const measures = ["upheld", "per100k"] as const;
  it("matches without regard to case, spaces, hyphens or underscores", () => {
    for (const input of ["per100k", "Per 100k", "PER-100K", "per_100k", " upheld "]) {
      expect(readMeasure(input, measures, "AVERAGE"), input).toBe(input.trim().toLowerCase().startsWith("up") ? "upheld" : "per100k");
    }
  });

  it("refuses an unknown or missing measure, listing the function's measures", () => {
    expect(readMeasure("rate", measures, "AVERAGE")).toEqual({ kind: "error", code: "#VALUE!", message: '"rate" is not a measure of LGSCO.AVERAGE: use "upheld" or "per100k".' });
    expect(readMeasure(3, measures, "AVERAGE")).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^No measure was given to LGSCO.AVERAGE/) });
  });
});

describe("readCouncil", () => {
  const council = (gss: string, name: string, shortName: string, extra: Partial<Authority> = {}): Authority => ({
    gss, name, shortName, type: "Unitary Council", slug: name.toLowerCase().replace(/\s+/g, "-"), slugConfirmed: false,
    alternativeSlugs: [], predecessors: [], successors: [], ...extra,
  });
  // A composed register: an abolished and a current council sharing a short name.
  const register = new Register([
    council("E10000009", "Dorset County Council", "Dorset", { type: "County Council", validTo: "2019-03-31", successors: ["E06000059"] }),
    council("E06000059", "Dorset Council", "Dorset", { validFrom: "2019-04-01", predecessors: ["E10000009"] }),
  ]);

  it("reads a shared name as the council that existed in the year", () => {
    expect(readCouncil(register, "Dorset", "2017-18")).toMatchObject({ gss: "E10000009" });
    expect(readCouncil(register, "Dorset", "2020-21")).toMatchObject({ gss: "E06000059" });
  });

  it("refuses what names no council, with the register's reason", () => {
    expect(readCouncil(register, "Wessex", "2020-21")).toMatchObject({ code: "#VALUE!", message: 'No council in the register matches "Wessex".' });
    expect(readCouncil(register, 12, "2020-21")).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^12 is not a council/) });
    expect(readCouncil(register, "  ", "2020-21")).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^No council was named/) });
  });
});
