import { describe, expect, it } from "vitest";
import type { YearFigures } from "../../domain/types";
import { describeSourceEntry, describeYears, paneLiveStatus, summariseSources } from "./sources-summary";

const OFF = { state: "off" as const, message: "Showing the embedded figures as of 2026-11-26 (live pull off)." };
const record = (year: string, source: YearFigures["source"], extra: Partial<YearFigures> = {}): YearFigures => ({
  authority: "Leeds City Council",
  year,
  upheld: { rate: 75 },
  source,
  ...extra,
});

describe("summariseSources", () => {
  it("groups the years by where their figures came from: the live page, an imported letter, the embedded dataset", () => {
    const page = { kind: "statistics-page" as const, url: "https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics", retrieved: "2026-11-20T09:15:00.000Z" };
    const summary = summariseSources(
      [
        record("2019-20", { kind: "press", url: "https://news.example/leeds" }),
        record("2020-21", { kind: "annual-letter", title: "LGSCO annual review letter, leeds.pdf", retrieved: "2026-11-25T08:00:00.000Z" }),
        record("2022-23", { kind: "statistics-page", url: "https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics" }),
        // The page's year, with one group the page did not show kept from the dataset.
        record("2023-24", page, { compliance: { rate: 100 }, figureSources: { compliance: { kind: "statistics-page", url: page.url } } }),
      ],
      OFF,
      "2026-11-26",
    );
    expect(summary.entries).toEqual([
      { kind: "live-page", label: "LGSCO's statistics page", url: page.url, when: page.retrieved, years: ["2023-24"] },
      { kind: "letter", label: "LGSCO annual review letter, leeds.pdf", when: "2026-11-25T08:00:00.000Z", years: ["2020-21"] },
      { kind: "dataset", label: "the embedded dataset", when: "2026-11-26", years: ["2019-20", "2022-23", "2023-24"] },
    ]);
    expect(summary.live).toBe(OFF);
    expect(summary.entries.map(describeSourceEntry)).toEqual([
      "2023-24 from LGSCO's statistics page, read 2026-11-20 09:15 UTC.",
      "2020-21 from LGSCO annual review letter, leeds.pdf, a letter imported into this workbook on 2026-11-25 08:00 UTC.",
      "2019-20, 2022-23 and 2023-24 from the embedded dataset as of 2026-11-26 (each figure's document is in the Sources column).",
    ]);
  });

  it("shows a letter the workbook carried as a letter imported into it, whatever address it claims or date it lacks", () => {
    const carried = { kind: "annual-letter" as const, title: "harrow-2019-20.pdf", carriedBy: "workbook" as const };
    const summary = summariseSources([record("2019-20", carried)], OFF, "2026-11-26");
    expect(summary.entries).toEqual([{ kind: "letter", label: "harrow-2019-20.pdf", years: ["2019-20"] }]);
    expect(summary.entries.map(describeSourceEntry)).toEqual(["2019-20 from harrow-2019-20.pdf, a letter imported into this workbook on a date not recorded."]);
  });

  it("names an imported statistics page or data table as what it is", () => {
    const page = { kind: "statistics-page" as const, title: "LGSCO statistics page, sutton.html", retrieved: "2026-12-02T10:00:00.000Z", carriedBy: "workbook" as const };
    const table = { kind: "data-file" as const, title: "decisions.csv", retrieved: "2026-12-02T10:00:00.000Z" };
    const summary = summariseSources([record("2023-24", page), record("2024-25", table)], OFF, "2026-11-26");
    expect(summary.entries.map(describeSourceEntry)).toEqual([
      "2023-24 from LGSCO statistics page, sutton.html, a statistics page imported into this workbook on 2026-12-02 10:00 UTC.",
      "2024-25 from decisions.csv, a data table imported into this workbook on 2026-12-02 10:00 UTC.",
    ]);
  });

  it("has no entries for no figures", () => {
    expect(summariseSources([], OFF, "2026-11-26").entries).toEqual([]);
  });
});

describe("describeYears", () => {
  it("runs consecutive years together and lists the rest", () => {
    expect(describeYears(["2019-20"])).toBe("2019-20");
    expect(describeYears(["2020-21", "2019-20"])).toBe("2019-20 and 2020-21");
    expect(describeYears(["2014-15", "2015-16", "2016-17"])).toBe("2014-15 to 2016-17");
    expect(describeYears(["2014-15", "2016-17", "2017-18"])).toBe("2014-15, 2016-17 and 2017-18");
  });

  it("marks a live page not found, so the pane can offer the page name, and nothing else", () => {
    expect(paneLiveStatus({ state: "failed", reason: "not-found", message: "LGSCO has no statistics page for Hull." })).toEqual({
      state: "failed",
      message: "LGSCO has no statistics page for Hull.",
      pageNotFound: true,
    });
    expect(paneLiveStatus({ state: "failed", reason: "timeout", message: "LGSCO's site did not answer." })).toEqual({ state: "failed", message: "LGSCO's site did not answer." });
    expect(paneLiveStatus({ state: "off", message: "Live pull off." })).toEqual({ state: "off", message: "Live pull off." });
  });
});
