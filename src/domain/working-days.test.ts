import { describe, expect, it } from "vitest";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";
import { isWorkingDay, workingDaysBetween } from "./working-days";

describe("working days (Monday to Friday less England and Wales bank holidays)", () => {
  it("counts across the late May bank holiday: Fri 24 May 2024 to Mon 10 Jun 2024 is 10 working days", () => {
    // Hand count: 28, 29, 30, 31 May (27 May a bank holiday), 3–7 Jun, 10 Jun.
    expect(workingDaysBetween("2024-05-24", "2024-06-10")).toBe(10);
  });

  it("counts across Christmas and New Year: Mon 23 Dec 2024 to Fri 3 Jan 2025 is 6", () => {
    // 24, 27, 30, 31 Dec, 2, 3 Jan (25, 26 Dec and 1 Jan bank holidays).
    expect(workingDaysBetween("2024-12-23", "2025-01-03")).toBe(6);
  });

  it("counts across Easter: Thu 28 Mar 2024 to Thu 4 Apr 2024 is 3", () => {
    // Good Friday 29 Mar and Easter Monday 1 Apr are bank holidays: 2, 3, 4 Apr.
    expect(workingDaysBetween("2024-03-28", "2024-04-04")).toBe(3);
  });

  it("skips weekends and counts from the day after receipt", () => {
    expect(workingDaysBetween("2024-06-07", "2024-06-10")).toBe(1); // Friday to Monday
    expect(workingDaysBetween("2024-06-08", "2024-06-09")).toBe(0); // Saturday to Sunday
    expect(workingDaysBetween("2024-06-10", "2024-06-10")).toBe(0);
    expect(workingDaysBetween("2024-06-10", "2024-06-03")).toBe(0);
  });

  it("knows the substitute days: Boxing Day 2020 fell on a Saturday, so Monday 28 December was off", () => {
    expect(isWorkingDay("2020-12-28")).toBe(false);
    expect(isWorkingDay("2020-12-29")).toBe(true);
    expect(workingDaysBetween("2020-12-24", "2020-12-31")).toBe(3); // 29, 30, 31
  });

  it("refuses a count outside the years shipped (2014 to 2027)", () => {
    expect(workingDaysBetween("2013-12-20", "2014-01-06")).toBeUndefined();
    expect(workingDaysBetween("2027-12-20", "2028-01-06")).toBeUndefined();
  });

  it("ships only weekdays, each once, eight or more a year", () => {
    expect(new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS).size).toBe(ENGLAND_AND_WALES_BANK_HOLIDAYS.length);
    for (const date of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    for (let year = 2014; year <= 2027; year++) {
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((date) => date.startsWith(`${year}-`)).length).toBeGreaterThanOrEqual(8);
    }
  });
});
