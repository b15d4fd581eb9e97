import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { percentScaleOf, readCount, readDate, readDecimal, readPercent, readYesNo } from "./values";

const valueOf = <T>(reading: { kind: string; value?: T }) => (reading.kind === "value" ? reading.value : reading.kind);

describe("readCount", () => {
  it("reads whole numbers as numbers and as text with thousands separators and spaces", () => {
    expect(valueOf(readCount(33))).toBe(33);
    expect(valueOf(readCount(" 1,234 "))).toBe(1234);
    expect(valueOf(readCount("0"))).toBe(0);
  });
  it("keeps empty and not-published cells apart from zero", () => {
    expect(readCount(null).kind).toBe("blank");
    expect(readCount("").kind).toBe("blank");
    expect(readCount("n/a").kind).toBe("not-published");
    expect(readCount("-").kind).toBe("not-published");
    expect(readCount("*").kind).toBe("not-published");
  });
  it("refuses fractions, negatives, words and Excel errors, saying why", () => {
    expect(readCount(12.5)).toMatchObject({ kind: "invalid", reason: "is not a whole number" });
    expect(readCount(-3).kind).toBe("invalid");
    expect(readCount("-3").kind).toBe("invalid");
    expect(readCount("twelve")).toMatchObject({ kind: "invalid", text: "twelve" });
    expect(readCount("#N/A").kind).toBe("invalid");
    expect(readCount("1,23").kind).toBe("invalid");
    expect(readCount(true).kind).toBe("invalid");
  });
  it("reads decimals for per-100k figures", () => {
    expect(valueOf(readDecimal("3.9"))).toBe(3.9);
    expect(valueOf(readDecimal(0.5))).toBe(0.5);
  });
});

describe("percentages", () => {
  it("reads '73%', 0.73 and 73 as 73 points on the column's scale", () => {
    expect(valueOf(readPercent("73%", "points"))).toBe(73);
    expect(valueOf(readPercent("73 %", "fraction"))).toBe(73);
    expect(valueOf(readPercent(0.73, "fraction"))).toBe(73);
    expect(valueOf(readPercent("0.73", "fraction"))).toBe(73);
    expect(valueOf(readPercent(73, "points"))).toBe(73);
    expect(valueOf(readPercent("68.8%", "points"))).toBe(68.8);
  });
  it("keeps a published decimal without floating-point noise", () => {
    expect(valueOf(readPercent(0.727, "fraction"))).toBe(72.7);
    expect(valueOf(readPercent(0.994, "fraction"))).toBe(99.4);
  });
  it("decides a column's scale from all its plain numbers", () => {
    expect(percentScaleOf([0.73, 1, "0.5", null, "n/a"])).toBe("fraction");
    expect(percentScaleOf([73, 100, "0.5"])).toBe("points");
    expect(percentScaleOf(["73%", "100%"])).toBe("points");
    expect(percentScaleOf([1, 0, 1])).toBe("ambiguous");
    expect(percentScaleOf([0, 0])).toBe("points");
  });
  it("refuses a rate it cannot place: over 100%, or 1 in a column of 0s and 1s", () => {
    expect(readPercent("173%", "points").kind).toBe("invalid");
    expect(readPercent(150, "points").kind).toBe("invalid");
    expect(readPercent(1, "ambiguous").kind).toBe("invalid");
    expect(valueOf(readPercent(0, "ambiguous"))).toBe(0);
    expect(readPercent("high", "points")).toMatchObject({ kind: "invalid", reason: "is not a percentage" });
    expect(readPercent("n/a", "points").kind).toBe("not-published");
  });
  it("never answers a rate outside 0-100 for any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.constant(null)), fc.constantFrom("points", "fraction", "ambiguous" as const), (cell, scale) => {
        const reading = readPercent(cell, scale);
        if (reading.kind === "value") {
          expect(reading.value).toBeGreaterThanOrEqual(0);
          expect(reading.value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe("readDate", () => {
  it("reads Excel dates, serial numbers, UK text and ISO as the same day", () => {
    expect(valueOf(readDate(new Date(Date.UTC(2020, 2, 31))))).toBe("2020-03-31");
    expect(valueOf(readDate(43921))).toBe("2020-03-31");
    expect(valueOf(readDate(43921.75))).toBe("2020-03-31");
    expect(valueOf(readDate("31/03/2020"))).toBe("2020-03-31");
    expect(valueOf(readDate("31-03-20"))).toBe("2020-03-31");
    expect(valueOf(readDate("1.4.2019"))).toBe("2019-04-01");
    expect(valueOf(readDate("2020-03-31"))).toBe("2020-03-31");
    expect(valueOf(readDate("2020-03-31T00:00:00Z"))).toBe("2020-03-31");
    expect(valueOf(readDate("31 March 2020"))).toBe("2020-03-31");
    expect(valueOf(readDate("1st Apr 2019"))).toBe("2019-04-01");
    expect(valueOf(readDate("01-Apr-19"))).toBe("2019-04-01");
    expect(valueOf(readDate("12/04/2019 14:30"))).toBe("2019-04-12");
  });
  it("reads 03/04/2020 in UK order and refuses US order rather than guess", () => {
    expect(valueOf(readDate("03/04/2020"))).toBe("2020-04-03");
    expect(readDate("04/25/2020").kind).toBe("invalid");
  });
  it("refuses impossible and implausible dates", () => {
    expect(readDate("31/02/2020").kind).toBe("invalid");
    expect(readDate("29/02/2019").kind).toBe("invalid");
    expect(valueOf(readDate("29/02/2020"))).toBe("2020-02-29");
    expect(readDate(2019)).toMatchObject({ kind: "invalid" });
    expect(readDate("Marchember 3 2020").kind).toBe("invalid");
    expect(readDate("3 Marchember 2020").kind).toBe("invalid");
    expect(readDate("soon").kind).toBe("invalid");
    expect(readDate(true).kind).toBe("invalid");
    expect(readDate("").kind).toBe("blank");
  });
  it("answers only real calendar dates for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{2,4}$/), fc.integer({ min: -1e6, max: 1e7 })), (cell) => {
        const reading = readDate(cell);
        if (reading.kind === "value") {
          expect(new Date(`${reading.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(reading.value);
        }
      }),
    );
  });
});

describe("readYesNo", () => {
  it("reads the ways registers write yes and no", () => {
    for (const yes of ["Yes", "y", "YES ", "TRUE", "Complied", "Yes - late", 1, true]) expect(valueOf(readYesNo(yes))).toBe(true);
    for (const no of ["No", "n", "false", "Not complied", "Did not comply", "Non-compliance", 0, false]) expect(valueOf(readYesNo(no))).toBe(false);
  });
  it("leaves blanks blank and refuses other text", () => {
    expect(readYesNo(" ").kind).toBe("blank");
    expect(readYesNo("maybe").kind).toBe("invalid");
    expect(readYesNo(2).kind).toBe("invalid");
  });
});
