// Real documents, as a new user would bring them: excerpts of stored copies of LGSCO statistics
// pages for councils and years no composed fixture holds, and two real documents the parser must
// refuse. Every expected figure below was read off the document by hand, not taken from the
// parser or the dataset (the first line of each fixture names its address).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rejection } from "../../../test/support/expected-error";
import { parseDocument } from "./parse-document";
import { DocumentParseError } from "./parse-error";
import type { ParsedYearFigures } from "./parsed-figures";

const fixture = (path: string) => readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), "utf8");

async function parseOne(path: string): Promise<ParsedYearFigures> {
  const results = await parseDocument(fixture(path));
  expect(results).toHaveLength(1);
  return results[0]!;
}

/** The figures without the source, the parser's notes and its recomputed checks. */
function figures({ source, notes: _notes, inconsistencies: _checks, ...rest }: ParsedYearFigures) {
  expect(source.kind).toBe("statistics-page");
  return rest;
}

const failure = (path: string): Promise<DocumentParseError> => rejection(DocumentParseError, parseDocument(fixture(path)));

describe("real statistics pages parse exactly", () => {
  it("2022-23 layout, bullets (Sheffield City Council): 0% remedy kept as 0, remedy base the upheld decisions", async () => {
    const result = await parseOne("pages/sheffield-2022-23.real.txt");
    expect(figures(result)).toEqual({
      authority: "Sheffield City Council",
      year: "2022-23",
      upheld: { rate: 73, count: 19, of: 26, similarAverage: 77 },
      upheldPer100k: { value: 3.4, similarAverage: 4.8 },
      compliance: { rate: 100, of: 18, similarAverage: 99 },
      // The page prints "based on a total of 19 detailed investigations"; 19 is also the upheld count.
      satisfactoryRemedy: { rate: 0, count: 0, of: 19, similarAverage: 10 },
    });
    expect(result.notes?.join(" ")).toMatch(/base of 19 investigations/);
  });

  it("2023-24 layout with badges and run-together sentences (Wiltshire Council)", async () => {
    expect(figures(await parseOne("pages/wiltshire-2023-24.real.txt"))).toEqual({
      authority: "Wiltshire Council",
      year: "2023-24",
      upheld: { rate: 62, count: 16, of: 26, similarAverage: 79 },
      upheldPer100k: { value: 3.1, similarAverage: 4.6 },
      compliance: { rate: 100, of: 13, similarAverage: 100 },
      satisfactoryRemedy: { rate: 6, count: 1, of: 16, similarAverage: 13 },
    });
  });

  it("2023-24 layout, bullets, compliance below 100% (Birmingham City Council)", async () => {
    expect(figures(await parseOne("pages/birmingham-2023-24.real.txt"))).toEqual({
      authority: "Birmingham City Council",
      year: "2023-24",
      upheld: { rate: 87, count: 115, of: 132, similarAverage: 80 },
      upheldPer100k: { value: 9.9, similarAverage: 4.4 },
      compliance: { rate: 99, of: 107, similarAverage: 99 },
      satisfactoryRemedy: { rate: 8, count: 9, of: 115, similarAverage: 14 },
    });
  });

  it("2023-24 layout with a whole-number per-100k figure (Nottingham City Council)", async () => {
    expect(figures(await parseOne("pages/nottingham-2023-24.real.txt"))).toEqual({
      authority: "Nottingham City Council",
      year: "2023-24",
      upheld: { rate: 100, count: 10, of: 10, similarAverage: 79 },
      upheldPer100k: { value: 3, similarAverage: 4.6 },
      compliance: { rate: 100, of: 7, similarAverage: 100 },
      satisfactoryRemedy: { rate: 10, count: 1, of: 10, similarAverage: 13 },
    });
  });

  it("2024-25 layout with a stray %, an ampersand in the name, dated by the overview (Brighton & Hove City Council)", async () => {
    expect(figures(await parseOne("pages/brighton-hove-2024-25.real.txt"))).toEqual({
      authority: "Brighton & Hove City Council",
      year: "2024-25",
      upheld: { rate: 60, count: 15, of: 25, similarAverage: 80 },
      upheldPer100k: { value: 5.4 },
      overview: { dealtWith: 141, notForUs: 33, assessedAndClosed: 83, investigated: 25 },
    });
  });

  it("2024-25 copy that stops inside the per-100k unit keeps the figure printed before the cut (Birmingham City Council)", async () => {
    // Before the fix the copy's last sentence, "this is 8.1 upheld decisions per 100,0", was dropped.
    expect(figures(await parseOne("pages/birmingham-2024-25.real.txt"))).toEqual({
      authority: "Birmingham City Council",
      year: "2024-25",
      upheld: { rate: 82, count: 94, of: 114, similarAverage: 81 },
      upheldPer100k: { value: 8.1 },
      overview: { dealtWith: 572, notForUs: 232, assessedAndClosed: 226, investigated: 114 },
    });
  });
});

describe("real documents that are not LGSCO statistics give the typed error, never a figure", () => {
  it("a council's news release paraphrasing its letter (Nottinghamshire County Council 2023-24)", async () => {
    const error = await failure("pages/nottinghamshire-2023-24.council-news.real.txt");
    expect(error.code).toBe("missing-period");
    expect(error.message).toMatch(/Statistics are based on a total of N/);
  });

  it("a letter from before the layouts we read (Bath and North East Somerset Council 2005-06)", async () => {
    expect((await failure("letters/bath-ne-somerset-2005-06.real.txt")).code).toBe("unknown-layout");
  });
});
