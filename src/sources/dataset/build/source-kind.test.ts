import { describe, expect, it } from "vitest";
import { classifySource, SOURCE_RANK } from "./source-kind";

// Sources as they appear in data/lgsco-figures.csv.
describe("classifySource", () => {
  it.each([
    ["https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics", "statistics-page"],
    ["https://lgo.org.uk/your-councils-performance/westmorland-and-furness-council/statistics", "statistics-page"],
    ["https://mg.swdevon.gov.uk/documents/s29184/Ombudsman%20Annual%20Review%20Letter.html?CT=2", "annual-letter"],
    ["https://buckinghamshire.gov.uk/your-council/contact-and-complaints/ombudsman-annual-review", "council-report"],
    ["https://watford.moderngov.co.uk/ieIssueDetails.aspx?IId=17303&Opt=3", "council-report"],
    ["http://eaststaffsbc.gov.uk/es-news/ombudsmen-announces-low-number-complaints-esbc", "council-report"],
    ["https://www.thestar.co.uk/news/ombudsman-received-186-complaints-against-sheffield-council-272408", "press"],
    ["https://insidecroydon.com/2019/08/08/official-figures-show-croydon-is-capitals-worst-for-complaints/", "press"],
    // LGSCO's site but not a council's statistics page: not ranked as one.
    ["https://www.lgo.org.uk/news/annual-review", "press"],
    // A look-alike host is not LGSCO.
    ["https://www.lgo.org.uk.example.com/your-councils-performance/leeds-city-council/statistics", "press"],
  ])("%s is %s", (text, kind) => {
    expect(classifySource(text)?.kind).toBe(kind);
    expect(classifySource(text)?.source).toEqual({ kind, url: text });
  });

  it("keeps a letter named by its title as a title", () => {
    const title = "Annual Review letter 2020 to London Borough of Harrow dated 22 July 2020 (shared/fixtures/letters/harrow-2019-20.txt)";
    expect(classifySource(title)).toEqual({ kind: "annual-letter", source: { kind: "annual-letter", title } });
  });

  it("refuses text that names no document", () => {
    expect(classifySource("a chat with a neighbour")).toBeUndefined();
    expect(classifySource("https://")).toBeUndefined();
  });

  it("ranks LGSCO's page, then the letter, then a council report, then the press", () => {
    const order = Object.entries(SOURCE_RANK).sort((a, b) => a[1] - b[1]).map(([kind]) => kind);
    expect(order).toEqual(["statistics-page", "annual-letter", "council-report", "press"]);
  });
});
