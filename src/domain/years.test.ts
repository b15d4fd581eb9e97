import { describe, expect, it } from "vitest";
import {
  comparableWithPreviousYear,
  endingYearOf,
  parseYear,
  previousYear,
  yearOfDate,
  yearRange,
  yearSpan,
} from "./years";

describe("statistical years", () => {
  it("reads the ways analysts write a year", () => {
    expect(parseYear("2019-20")).toBe("2019-20");
    expect(parseYear("2019/20")).toBe("2019-20");
    expect(parseYear("2019-2020")).toBe("2019-20");
    expect(parseYear("2019–20")).toBe("2019-20");
    expect(parseYear("2020")).toBe("2019-20");
    expect(parseYear(2020)).toBe("2019-20");
    expect(parseYear("2020-03-31")).toBe("2019-20");
    expect(parseYear("1999-00")).toBe("1999-00");
  });

  it("refuses what is not a year", () => {
    expect(parseYear("2019-22")).toBeUndefined();
    expect(parseYear("20")).toBeUndefined();
    expect(parseYear(2020.5)).toBeUndefined();
    expect(parseYear("last year")).toBeUndefined();
    expect(parseYear("2020-04-01")).toBeUndefined();
  });

  it("places a date in the year running 1 April to 31 March", () => {
    expect(yearOfDate("2020-03-31")).toBe("2019-20");
    expect(yearOfDate("2020-04-01")).toBe("2020-21");
    expect(yearOfDate("2019-04-01")).toBe("2019-20");
  });

  it("spans a year from 1 April to 31 March", () => {
    expect(yearSpan("2019-20")).toEqual({ start: "2019-04-01", end: "2020-03-31" });
    expect(yearSpan("1999-00")).toEqual({ start: "1999-04-01", end: "2000-03-31" });
    expect(() => yearSpan("2019-22")).toThrow(RangeError);
  });

  it("counts years", () => {
    expect(endingYearOf("2019-20")).toBe(2020);
    expect(previousYear("2000-01")).toBe("1999-00");
    expect(yearRange("2019-20", "2021-22")).toEqual(["2019-20", "2020-21", "2021-22"]);
    expect(yearRange("2021-22", "2019-20")).toEqual([]);
  });

  it("never compares across a break in comparability", () => {
    expect(comparableWithPreviousYear("2022-23")).toBe(false);
    expect(comparableWithPreviousYear("2018-19")).toBe(false);
    expect(comparableWithPreviousYear("2014-15")).toBe(false);
    expect(comparableWithPreviousYear("2019-20")).toBe(true);
    expect(comparableWithPreviousYear("2023-24")).toBe(true);
    expect(comparableWithPreviousYear("2016-17")).toBe(true);
  });
});
