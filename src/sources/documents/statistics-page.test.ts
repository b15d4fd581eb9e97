import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedFigures } from "../../../test/fixtures/pages/expected-figures";
import { thrown } from "../../../test/support/expected-error";
import { DocumentParseError } from "./parse-error";
import { parseStatisticsPage } from "./statistics-page";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/pages/${name}`, import.meta.url), "utf8");
const lgscoPage = (slug: string) => `lgo.org.uk/your-councils-performance/${slug}/statistics`;

function parseOne(text: string) {
  const years = parseStatisticsPage(text);
  expect(years).toHaveLength(1);
  return years[0]!;
}

const failure = (run: () => unknown): DocumentParseError => thrown(DocumentParseError, run);

// Each fixture is composed by us from the published figures; the expected figures are read from
// data/lgsco-figures.csv, so these tests prove a fixture parses to exactly what was published.
describe("parseStatisticsPage: the three layouts", () => {
  it("2022-23 layout (London Borough of Croydon)", () => {
    const page = parseOne(fixture("croydon-2022-23.composed.txt"));
    expect(page).toMatchObject({ authority: "London Borough of Croydon", year: "2022-23", source: { kind: "statistics-page" } });
    expect(page).toMatchObject(publishedFigures("London Borough of Croydon", "2023-03-31", lgscoPage("london-borough-of-croydon")));
    expect(page.inconsistencies).toBeUndefined();
  });

  it("2023-24 layout (Leeds City Council), as text and as HTML", () => {
    const expected = publishedFigures("Leeds City Council", "2024-03-31", lgscoPage("leeds-city-council"));
    const fromText = parseOne(fixture("leeds-2023-24.composed.txt"));
    const fromHtml = parseOne(fixture("leeds-2023-24.composed.html"));
    for (const page of [fromText, fromHtml]) {
      expect(page).toMatchObject({ authority: "Leeds City Council", year: "2023-24", ...expected });
      expect(Object.keys(page).sort()).toEqual(["authority", "compliance", "satisfactoryRemedy", "source", "upheld", "upheldPer100k", "year"]);
    }
    expect(fromHtml.source).toEqual({ kind: "statistics-page", title: "Leeds City Council - Statistics - Local Government & Social Care Ombudsman" });
  });

  it("2024-25 layout (London Borough of Croydon): overview and upheld block, cut off after it", () => {
    const page = parseOne(fixture("croydon-2024-25.composed.txt"));
    expect(page).toEqual({
      authority: "London Borough of Croydon",
      year: "2024-25",
      ...publishedFigures("London Borough of Croydon", "2025-03-31", lgscoPage("london-borough-of-croydon")),
      source: { kind: "statistics-page" },
    });
    expect(page.compliance).toBeUndefined();
    expect(page.satisfactoryRemedy).toBeUndefined();
  });

  it("2024-25 layout dated by the period leading into the overview", () => {
    const text = [
      "Kent County Council",
      "Complaint overview",
      "In the year 1 April 2024 to 31 March 2025 we dealt with 291 complaints. Of these, 87 were not for us or not ready for us to investigate. We assessed and closed 128 complaints. We investigated 76 complaints.",
      "We investigated 76 complaints and upheld 63.",
      "83% of complaints we investigated were upheld.",
      "This compares to an average of 89% in similar authorities.",
      "Adjusted for Kent County Council's population, this is 3.9 upheld decisions per 100,000 residents.",
    ].join("\n"); // composed by us from Kent County Council's published 2024-25 figures
    expect(parseOne(text)).toMatchObject({
      authority: "Kent County Council",
      year: "2024-25",
      ...publishedFigures("Kent County Council", "2025-03-31", lgscoPage("kent-county-council")),
    });
  });
});

describe("parseStatisticsPage: crawl noise", () => {
  it("odd capitals, non-breaking spaces, curly apostrophes, stray %, no decimal, run-together sentences, singular decision", () => {
    const page = parseOne(fixture("croydon-2023-24.noisy.composed.txt"));
    expect(page).toEqual({
      authority: "London Borough of Croydon",
      year: "2023-24",
      ...publishedFigures("London Borough of Croydon", "2024-03-31", lgscoPage("london-borough-of-croydon")),
      source: { kind: "statistics-page" },
    });
  });

  it("pasted from a browser: bullets, numbers on their own lines, hard line breaks", () => {
    const page = parseOne(fixture("tower-hamlets-2022-23.pasted.composed.txt"));
    expect(page).toMatchObject({
      authority: "London Borough of Tower Hamlets",
      year: "2022-23",
      ...publishedFigures("London Borough of Tower Hamlets", "2023-03-31", lgscoPage("london-borough-of-tower-hamlets")),
    });
  });

  it("an average printed n/a is absent, not zero (n/a put in by us)", () => {
    const page = parseOne(fixture("leeds-2023-24.composed.txt").replace("average of 80%", "average of n/a"));
    expect(page.upheld).toEqual({ rate: 75, count: 44, of: 59 });
    expect(page.notes?.join(" ")).toMatch(/n\/a/);
  });

  it("a copy cut off mid-page keeps the blocks before the cut", () => {
    const text = fixture("leeds-2023-24.composed.txt");
    const page = parseOne(text.slice(0, text.indexOf("Satisfactory remedies")));
    expect(page.compliance).toEqual({ rate: 100, of: 33, similarAverage: 99 });
    expect(page.satisfactoryRemedy).toBeUndefined();
  });

  it("the year comes from the period sentences, not from notes naming other years", () => {
    // The Leeds fixture's notes mention 2022-23 and 2020-21; its statistics cover 2023-24.
    expect(parseOne(fixture("leeds-2023-24.composed.txt")).year).toBe("2023-24");
  });

  it("takes the authority from the heading when there is no population sentence", () => {
    const text = fixture("leeds-2023-24.composed.txt").replace(/Adjusted for Leeds City Council's population, this is\n/, "");
    expect(parseOne(text).authority).toBe("Leeds City Council");
  });

  it("keeps the source the caller gives (address, retrieval time)", () => {
    const page = parseOne(fixture("croydon-2022-23.composed.txt").replace(/^.*\n/, ""));
    expect(page.source).toEqual({ kind: "statistics-page" });
    const [withSource] = parseStatisticsPage(fixture("croydon-2022-23.composed.txt"), {
      source: { url: "https://www.lgo.org.uk/your-councils-performance/london-borough-of-croydon/statistics", retrieved: "2024-08-01T10:00:00Z" },
    });
    expect(withSource?.source).toEqual({
      kind: "statistics-page",
      url: "https://www.lgo.org.uk/your-councils-performance/london-borough-of-croydon/statistics",
      retrieved: "2024-08-01T10:00:00Z",
    });
  });

  it("reports a rate that disagrees with its counts and keeps the published rate (altered by us)", () => {
    const page = parseOne(fixture("leeds-2023-24.composed.txt").replace("75% of complaints", "85% of complaints"));
    expect(page.upheld?.rate).toBe(85);
    expect(page.inconsistencies).toEqual([
      { measure: "upheld.rate", published: 85, recomputed: 75, message: "The upheld rate is published as 85% but 44 of 59 is 75%." },
    ]);
  });
});

describe("parseStatisticsPage: unusable pages", () => {
  it("a page with no statistics sentences is an unknown layout", () => {
    const error = failure(() => parseStatisticsPage("<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>"));
    expect(error.code).toBe("unknown-layout");
  });

  it("a page without its period sentences", () => {
    const text = fixture("leeds-2023-24.composed.txt").replace(/Statistics are based on[^\n]*\n/g, "");
    const error = failure(() => parseStatisticsPage(text));
    expect(error.code).toBe("missing-period");
    expect(error.message).toMatch(/^no statistics period sentence found/);
  });

  it("a page with a broken average", () => {
    const error = failure(() => parseStatisticsPage(fixture("leeds-2023-24.composed.txt").replace("average of 80%", "average of %")));
    expect(error.code).toBe("broken-sentence");
    expect(error.message).toMatch(/average sentence found but its figure is broken/);
  });

  it("a page naming no council", () => {
    const text = fixture("leeds-2023-24.composed.txt").replace(/Leeds City Council/g, "this place");
    expect(failure(() => parseStatisticsPage(text)).code).toBe("missing-authority");
  });

  it("an empty page", () => {
    expect(failure(() => parseStatisticsPage("  \n\u200b ")).code).toBe("empty-document");
  });
});
