import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HARROW_2019_20_FIGURES } from "../../../test/fixtures/letters/harrow-2019-20.expected";
import { publishedFigures } from "../../../test/fixtures/pages/expected-figures";
import { thrown } from "../../../test/support/expected-error";
import { parseAnnualLetter } from "./annual-letter";
import { DocumentParseError } from "./parse-error";

const letter = (name: string) => readFileSync(new URL(`../../../test/fixtures/letters/${name}`, import.meta.url), "utf8");
const HARROW = letter("harrow-2019-20.txt");

/**
 * The letter as text pasted from a PDF viewer: every line hard-wrapped at `width`, the big
 * figures on their own lines, bullets kept (a transformation by us of the real text).
 */
function asPastedFromViewer(text: string, width = 48): string {
  const out: string[] = [];
  for (const line of text.replace(/\*\*/g, "").split("\n")) {
    const words = line.replace(/^- /, "\u2022 ").split(/\s+/).filter(Boolean);
    let current = "";
    for (const word of words) {
      if (/^\d+%$/.test(word)) {
        if (current) out.push(current);
        out.push(word);
        current = "";
      } else if ((current + " " + word).trim().length > width) {
        out.push(current);
        current = word;
      } else current = `${current} ${word}`.trim();
    }
    out.push(current);
  }
  return out.join("\n");
}

const failure = (run: () => unknown): DocumentParseError => thrown(DocumentParseError, run);

describe("parseAnnualLetter: the real Harrow 2019-20 letter", () => {
  it("parses to exactly the published figures, the remedy base being the upheld decisions", () => {
    const [figures, ...others] = parseAnnualLetter(HARROW);
    expect(others).toEqual([]);
    expect(figures).toEqual({
      ...HARROW_2019_20_FIGURES,
      source: { kind: "annual-letter", title: "Annual Review letter 2020 to London Borough of Harrow dated 22 July 2020" },
      notes: [expect.stringMatching(/base of 33 investigations/)],
    });
  });

  it("parses the same when pasted from a PDF viewer (hard line breaks, bullets, numbers on their own lines)", () => {
    const pasted = asPastedFromViewer(HARROW);
    expect(pasted).toContain("\n73%\nof complaints we investigated were upheld.");
    expect(parseAnnualLetter(pasted)[0]).toMatchObject(HARROW_2019_20_FIGURES);
  });

  it("agrees with the published figures in data/lgsco-figures.csv", () => {
    expect(parseAnnualLetter(HARROW)[0]).toMatchObject(publishedFigures("London Borough of Harrow", "2020-03-31", "Annual Review letter 2020 to London Borough of Harrow"));
  });
});

describe("parseAnnualLetter: composed letters in the other layouts", () => {
  it("a later letter with the per-100k block (Kent County Council 2023-24)", () => {
    const [figures] = parseAnnualLetter(letter("kent-2023-24.composed.txt"));
    expect(figures).toEqual({
      authority: "Kent County Council",
      year: "2023-24",
      ...publishedFigures("Kent County Council", "2024-03-31", "lgo.org.uk/your-councils-performance/kent-county-council"),
      source: { kind: "annual-letter", title: "Annual Review letter 2024 to Kent County Council" },
    });
  });

  it("a pre-2019-20 letter with the received and decisions tables (Birmingham City Council 2017-18)", () => {
    const [figures, ...others] = parseAnnualLetter(letter("birmingham-2017-18.composed.txt"));
    expect(others).toEqual([]);
    const published = publishedFigures("Birmingham City Council", "2018-03-31", "birminghampost");
    expect(figures).toEqual({
      authority: "Birmingham City Council",
      year: "2017-18",
      received: published.received,
      decisions: published.decisions,
      source: { kind: "annual-letter", title: "Annual Review letter 2018 to Birmingham City Council" },
    });
  });

  it("a pre-2019-20 letter whose tables were copied as rows", () => {
    const text = letter("birmingham-2017-18.composed.txt")
      .replace(/Adult Care Services\n[\s\S]*?\n455\n/, "Adult Care Services Benefits and Tax Corporate and Other Services Education and Children's Services Environment Services Highways and Transport Housing Planning and Development Other Total\n51 97 18 49 93 29 102 13 3 455\n")
      .replace(/Incomplete or Invalid\n[\s\S]*?\n441\n/, "Incomplete or Invalid Advice Given Referred back for Local Resolution Closed After Initial Enquiries Not Upheld Upheld Uphold Rate (%) Total\n21 34 221 93 29 43 60% 441\n");
    expect(text).toContain("51 97 18");
    expect(parseAnnualLetter(text)[0]).toEqual(parseAnnualLetter(letter("birmingham-2017-18.composed.txt"))[0]);
  });

  it("the address line 'Chief Executive, Sheffield City Council' names the council", () => {
    const text = HARROW.replace("Chief Executive\nLondon Borough of Harrow", "Chief Executive, Sheffield City Council");
    expect(parseAnnualLetter(text)[0]?.authority).toBe("Sheffield City Council");
  });
});

describe("parseAnnualLetter: unusable letters", () => {
  it("a letter with neither statistics nor tables", () => {
    const error = failure(() => parseAnnualLetter("Dear Chief Executive\n\nThank you for your letter.\n\nYours sincerely"));
    expect(error.code).toBe("unknown-layout");
  });

  it("a letter without an address block naming the council", () => {
    const text = HARROW.replace("London Borough of Harrow", "");
    const error = failure(() => parseAnnualLetter(text));
    expect(error.code).toBe("missing-authority");
    expect(error.message).toBe("no authority name found in the letter's address block");
  });

  it("tables with no 'year ending' to date them", () => {
    const text = letter("birmingham-2017-18.composed.txt").replace("for the year ending 31 March 2018", "for last year");
    expect(failure(() => parseAnnualLetter(text)).code).toBe("missing-period");
  });

  it("a letter whose year disagrees with its statistics", () => {
    const text = HARROW.replace("year ending 31 March 2020", "year ending 31 March 2021");
    expect(failure(() => parseAnnualLetter(text)).code).toBe("conflicting-figures");
  });

  it("a broken table", () => {
    const text = letter("birmingham-2017-18.composed.txt").replace("\n102\n", "\n");
    const error = failure(() => parseAnnualLetter(text));
    expect(error.code).toBe("broken-table");
    expect(error.part).toBe("Complaints and enquiries received");
  });
});
