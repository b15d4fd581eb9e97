// The letters-and-pages section as an analyst sees it, as static markup: a letter read shows its
// council, year and the three statistics with their bases and averages (what the single-letter
// section showed); a document for another council says so by name. The flow in a browser is in
// test/e2e/pane.test.ts and test/e2e/bulk-import.test.ts.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HARROW_2019_20_FIGURES } from "../../test/fixtures/letters/harrow-2019-20.expected";
import type { CouncilOption, DocumentReadingRow } from "../workbook/pane/pane-api";
import { DocumentRead } from "./DocumentRead";
import { addedFrom, addLabel, ImportLettersAndPages } from "./ImportLettersAndPages";

const HARROW: CouncilOption = { gss: "E09000015", name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough" };
const LETTER: DocumentReadingRow = {
  document: "harrow-2019-20.pdf",
  kind: "annual-letter",
  council: HARROW,
  years: [{ ...HARROW_2019_20_FIGURES, source: { kind: "annual-letter", title: "LGSCO annual review letter, harrow-2019-20.pdf" } }],
  warnings: [],
};
const OTHER_COUNCIL: DocumentReadingRow = {
  document: "birmingham-2024-25.html",
  kind: "statistics-page",
  years: [],
  warnings: [],
  problem: "birmingham-2024-25.html is for Birmingham City Council, not London Borough of Harrow.",
};

/** The markup's text, one space between elements. */
const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("a document read", () => {
  it("shows a letter's council, year and the three statistics with their bases and similar-councils averages", () => {
    const shown = text(renderToStaticMarkup(<DocumentRead row={LETTER} />));
    expect(shown).toContain("From Annual review letter, harrow-2019-20.pdf Council London Borough of Harrow Year 2019-20");
    expect(shown).toContain("Complaints upheld 73% 24 of 33 investigations · similar councils 70%");
    expect(shown).toContain("Compliance with recommendations 100% 21 compliance outcomes · similar councils 99%");
    expect(shown).toContain("Satisfactory remedy by the council 8% 2 of 24 upheld cases · similar councils 15%");
  });

  it("names the council another council's document is for, and why it is not added", () => {
    const shown = text(renderToStaticMarkup(<DocumentRead row={OTHER_COUNCIL} />));
    expect(shown).toBe("From Statistics page, birmingham-2024-25.html Not added: birmingham-2024-25.html is for Birmingham City Council, not London Borough of Harrow.");
  });
});

describe("Import letters and pages", () => {
  it("offers files (one or several) and pasted text, naming the council chosen, with nothing read yet", () => {
    const markup = renderToStaticMarkup(<ImportLettersAndPages disabled={false} busy={false} councilName="London Borough of Harrow" read={() => new Promise(() => undefined)} add={() => Promise.resolve(undefined)} />);
    expect(markup).toContain("for London Borough of Harrow");
    expect(markup).toMatch(/<input[^>]*type="file"[^>]*multiple=""[^>]*accept="\.pdf,\.htm,\.html,\.txt/);
    expect(markup).toContain("Choose letters or pages…</button>");
    expect(markup).toContain("Or paste a letter&#x27;s or page&#x27;s text");
    expect(markup).not.toContain("Check what was read");
    expect(markup).toMatch(/role="status" aria-live="polite"><\/div>/);
  });

  it("while a job runs, keeps its buttons focusable but inert", () => {
    const markup = renderToStaticMarkup(<ImportLettersAndPages disabled={false} busy read={() => new Promise(() => undefined)} add={() => Promise.resolve(undefined)} />);
    expect(markup.match(/<button[^>]*>Choose letters or pages…<\/button>/)?.[0]).toMatch(/aria-disabled="true"/);
  });

  it("a single letter is added with 'Add to workbook'; several count only the documents that can be added", () => {
    expect(addLabel([LETTER])).toBe("Add to workbook");
    expect(addLabel([LETTER, OTHER_COUNCIL])).toBe("Add 1 document to workbook");
    expect(addLabel([LETTER, { ...LETTER, document: "harrow-2020-21.pdf" }])).toBe("Add 2 documents to workbook");
  });

  it("says what was added in the analyst's words: a letter, letters or pages", () => {
    expect(addedFrom([LETTER])).toEqual({ title: "Letter added", message: "London Borough of Harrow 2019-20 from harrow-2019-20.pdf is in the workbook." });
    const page = { ...LETTER, document: "harrow-2020-21.html", kind: "statistics-page" as const, years: [{ ...LETTER.years[0]!, year: "2020-21" }] };
    expect(addedFrom([page]).title).toBe("Page added");
    expect(addedFrom([LETTER, page])).toEqual({ title: "Documents added", message: "London Borough of Harrow 2019-20, 2020-21 from harrow-2019-20.pdf, harrow-2020-21.html are in the workbook." });
  });
});
