import { describe, expect, it } from "vitest";
import { publishedFigurePaths } from "./figure-paths";
import { distinctSourceLabels, sourceLabel, sourceOfFigure } from "./figure-sources";
import type { YearFigures } from "./types";

const letter = { kind: "annual-letter", title: "Annual Review letter 2020 to London Borough of Harrow" } as const;
const page = { kind: "statistics-page", url: "https://www.lgo.org.uk/your-councils-performance/london-borough-of-croydon/statistics" } as const;
const press = { kind: "dataset", url: "https://insidecroydon.com/2019/08/08/official-figures-show-croydon-is-capitals-worst-for-complaints/" } as const;

const merged: YearFigures = {
  authority: "London Borough of Croydon",
  year: "2023-24",
  upheld: { rate: 90, count: 43, of: 48, similarAverage: 85 },
  received: { total: 211, byCategory: { housing: 23 } },
  source: page,
  figureSources: { received: press, "upheld.similarAverage": letter },
};

describe("figure sources", () => {
  it("take a figure's own source, else its group's, else the record's", () => {
    expect(sourceOfFigure(merged, "upheld.similarAverage")).toBe(letter);
    expect(sourceOfFigure(merged, "received.byCategory.housing")).toBe(press);
    expect(sourceOfFigure(merged, "upheld.rate")).toBe(page);
  });

  it("name a source by address, then title, then kind", () => {
    expect(sourceLabel(page)).toBe(page.url);
    expect(sourceLabel(letter)).toBe(letter.title);
    expect(sourceLabel({ kind: "data-file" })).toBe("LGSCO data file");
  });

  it("name what a workbook carries as what it is, by its kind and the day it was imported", () => {
    const carried = { carriedBy: "workbook", retrieved: "2026-12-02T10:00:00Z" } as const;
    expect(sourceLabel({ ...carried, kind: "annual-letter", title: "harrow.pdf" })).toBe("harrow.pdf (letter imported into this workbook on 2026-12-02)");
    expect(sourceLabel({ ...carried, kind: "statistics-page", title: "sutton.html" })).toBe("sutton.html (statistics page imported into this workbook on 2026-12-02)");
    expect(sourceLabel({ kind: "data-file", carriedBy: "workbook", title: "decisions.csv" })).toBe("decisions.csv (data table imported into this workbook on a date not recorded)");
  });

  it("list distinct sources once each, first seen first", () => {
    expect(distinctSourceLabels(merged, ["upheld.rate", "upheld.count", "upheld.similarAverage", "received.total"])).toEqual([
      page.url,
      letter.title,
      press.url,
    ]);
  });

  it("list the paths of published figures only", () => {
    expect(publishedFigurePaths(merged)).toEqual([
      "upheld.rate",
      "upheld.count",
      "upheld.of",
      "upheld.similarAverage",
      "received.total",
      "received.byCategory.housing",
    ]);
  });
});
