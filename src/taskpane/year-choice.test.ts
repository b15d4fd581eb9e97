import { describe, expect, it } from "vitest";
import { initialYears, yearsToFetch } from "./year-choice";

const HELD = ["2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"];

describe("initialYears", () => {
  it("defaults to every year held, and restores a saved range", () => {
    expect(initialYears(HELD, undefined)).toEqual({ from: "2014-15", to: "2024-25" });
    expect(initialYears(HELD, { from: "2019-20", to: "2021-22" })).toEqual({ from: "2019-20", to: "2021-22" });
    expect(initialYears(HELD, { from: "2009-10", to: "2021-22" })).toEqual({ from: "2014-15", to: "2024-25" });
    expect(initialYears([], undefined)).toBeUndefined();
  });
});

describe("yearsToFetch", () => {
  it("asks for every year (no range) when every year held is chosen, else the range", () => {
    expect(yearsToFetch({ from: "2014-15", to: "2024-25" }, HELD)).toEqual({ ok: true, years: undefined });
    expect(yearsToFetch({ from: "2019-20", to: "2024-25" }, HELD)).toEqual({ ok: true, years: { from: "2019-20", to: "2024-25" } });
  });

  it("refuses From after To, saying what to do", () => {
    expect(yearsToFetch({ from: "2023-24", to: "2019-20" }, HELD)).toEqual({ ok: false, message: "From (2023-24) is after To (2019-20): choose a From year no later than the To year." });
  });
});
