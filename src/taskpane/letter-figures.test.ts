import { describe, expect, it } from "vitest";
import { HARROW_2019_20_FIGURES } from "../../test/fixtures/letters/harrow-2019-20.expected";
import { letterStatistics } from "./letter-figures";

describe("letterStatistics", () => {
  it("shows Harrow 2019-20's three statistics with their bases and averages", () => {
    expect(letterStatistics({ ...HARROW_2019_20_FIGURES, source: { kind: "annual-letter", title: "LGSCO annual review letter, harrow.pdf" } })).toEqual([
      { label: "Complaints upheld", value: "73%", detail: "24 of 33 investigations · similar councils 70%" },
      { label: "Compliance with recommendations", value: "100%", detail: "21 compliance outcomes · similar councils 99%" },
      { label: "Satisfactory remedy by the council", value: "8%", detail: "2 of 24 upheld cases · similar councils 15%" },
    ]);
  });

  it("says 'not given' for a statistic the letter lacks, never 0", () => {
    const lines = letterStatistics({ authority: "X", year: "2017-18", source: { kind: "annual-letter", title: "t" } });
    expect(lines.map((line) => [line.value, line.detail])).toEqual([
      ["not given", ""],
      ["not given", ""],
      ["not given", ""],
    ]);
  });
});
