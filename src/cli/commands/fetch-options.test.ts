import { describe, expect, it } from "vitest";
import { CliInputError } from "../cli-error";
import { parseFetchOptions, parseYearSpan } from "./fetch-options";

describe("cli fetch options", () => {
  it("read the council, the output file, the years and --live", () => {
    expect(parseFetchOptions(["Harrow", "--out", "harrow.xlsx"])).toEqual({ council: "Harrow", out: "harrow.xlsx", live: false });
    expect(parseFetchOptions(["London", "Borough", "of", "Harrow", "--out=h.xlsx", "--years", "2019-20..2024-25", "--live"])).toEqual({
      council: "London Borough of Harrow",
      out: "h.xlsx",
      years: { from: "2019-20", to: "2024-25" },
      live: true,
    });
  });

  it("read the council's own register and its sheet", () => {
    expect(parseFetchOptions(["Harrow", "--records", "own.xlsx", "--out", "h.xlsx"])).toEqual({ council: "Harrow", out: "h.xlsx", live: false, records: "own.xlsx" });
    expect(parseFetchOptions(["Harrow", "--out", "h.xlsx", "--records=own records.xlsx", "--records-sheet", "Complaints 2019-20"])).toEqual({
      council: "Harrow",
      out: "h.xlsx",
      live: false,
      records: "own records.xlsx",
      recordsSheet: "Complaints 2019-20",
    });
  });

  it("read --lgsco-page (a name, capitals allowed, or LGSCO's address) and --peers", () => {
    expect(parseFetchOptions(["Hull", "--live", "--lgsco-page", "Hull-City-Council", "--out", "h.xlsx", "--peers", "Leeds; Sheffield"])).toEqual({
      council: "Hull",
      out: "h.xlsx",
      live: true,
      lgscoPage: "Hull-City-Council",
      peers: "Leeds; Sheffield",
    });
    expect(parseFetchOptions(["Hull", "--live", "--lgsco-page=https://www.lgo.org.uk/your-councils-performance/hull-city-council/statistics", "--out", "h.xlsx"]).lgscoPage).toBe("hull-city-council");
  });

  it("refuse a page name that cannot be LGSCO's, and --lgsco-page without --live", () => {
    expect(() => parseFetchOptions(["Hull", "--live", "--lgsco-page", "../admin", "--out", "h.xlsx"])).toThrow(/^--lgsco-page: "..\/admin" is not an LGSCO page name/);
    expect(() => parseFetchOptions(["Hull", "--lgsco-page", "hull-city-council", "--out", "h.xlsx"])).toThrow(CliInputError);
  });

  it("accept a single year and the ways analysts write years", () => {
    expect(parseYearSpan("2023-24")).toEqual({ from: "2023-24", to: "2023-24" });
    expect(parseYearSpan("2019/20..2024")).toEqual({ from: "2019-20", to: "2023-24" });
  });

  it.each([
    [["--out", "h.xlsx"], /Name a council/],
    [["Harrow"], /--out FILE.xlsx is required/],
    [["Harrow", "--out"], /--out needs a value/],
    [["Harrow", "--out", "h.csv"], /must name an .xlsx file/],
    [["Harrow", "--out", "h.xlsx", "--years", "2024-25..2019-20"], /range 2024-25..2019-20 is empty/],
    [["Harrow", "--out", "h.xlsx", "--years", "2019-22"], /"2019-22" is not a statistical year/],
    [["Harrow", "--out", "h.xlsx", "--years", "2019-20..2020-21..2021-22"], /not a year range/],
    [["Harrow", "--out", "h.xlsx", "--register", "own.xlsx"], /Unknown option --register/],
    [["Harrow", "--out", "h.xlsx", "--records"], /--records needs a value/],
    [["Harrow", "--out", "h.xlsx", "--records-sheet", "Log"], /--records-sheet names a sheet of the register: give the register with --records/],
    [["Harrow", "--out", "h.xlsx", "--live=yes"], /--live takes no value/],
  ])("refuse %j with one clear line", (args, message) => {
    expect(() => parseFetchOptions(args)).toThrow(CliInputError);
    expect(() => parseFetchOptions(args)).toThrow(message);
  });
});
