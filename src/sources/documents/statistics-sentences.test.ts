import { describe, expect, it } from "vitest";
import { thrown } from "../../../test/support/expected-error";
import { DocumentParseError } from "./parse-error";
import { readStatisticsSentences } from "./statistics-sentences";

// Short texts composed by us in the sentence forms of docs/design.md §2.
const PERIOD_2023 = "for the period between 1 April 2022 to 31 March 2023";
const UPHELD_2023 = `83% of complaints we investigated were upheld. This compares to an average of 77% in similar authorities. 57 upheld decisions Statistics are based on a total of 69 detailed investigations ${PERIOD_2023}`;

const failure = (run: () => unknown): DocumentParseError => thrown(DocumentParseError, run);

describe("readStatisticsSentences", () => {
  it("reads a block's rate, average, count and base, and its year from the period sentence", () => {
    const [year, ...rest] = readStatisticsSentences(UPHELD_2023);
    expect(rest).toEqual([]);
    expect(year).toEqual({ year: "2022-23", notes: [], upheld: { rate: 83, count: 57, of: 69, similarAverage: 77 } });
  });

  it("gives each average to the rate sentence it follows", () => {
    const text = `${UPHELD_2023} In 98% of cases we were satisfied the Council had successfully implemented our recommendations. This compares to an average of 99% in similar authorities. Statistics are based on a total of 45 compliance outcomes ${PERIOD_2023}`;
    const [year] = readStatisticsSentences(text);
    expect(year?.upheld?.similarAverage).toBe(77);
    expect(year?.compliance).toEqual({ rate: 98, of: 45, similarAverage: 99 });
  });

  it("takes the remedy base from the upheld decisions, not from a base of investigations", () => {
    const text = `${UPHELD_2023} In 16% of upheld cases we found the Council had provided a satisfactory remedy before the complaint reached the Ombudsman. This compares to an average of 15% in similar authorities. 9 satisfactory remedy decisions Statistics are based on a total of 69 detailed investigations ${PERIOD_2023}`;
    const [year] = readStatisticsSentences(text);
    expect(year?.satisfactoryRemedy).toEqual({ rate: 16, count: 9, of: 57, similarAverage: 15 });
    expect(year?.notes.join(" ")).toMatch(/base of 69 investigations/);
  });

  it("takes a remedy base stated as upheld decisions as it is", () => {
    const text =
      "In 3% of upheld cases we found the Council had provided a satisfactory remedy before the complaint reached the Ombudsman. 2 satisfactory remedy decisions Statistics are based on a total of 68 upheld decisions for the period between 1 April 2023 to 31 March 2024";
    expect(readStatisticsSentences(text)[0]?.satisfactoryRemedy).toEqual({ rate: 3, count: 2, of: 68 });
  });

  it("reads the per-100k sentences, with a stray % and without a decimal", () => {
    const text = `${UPHELD_2023.replace("Statistics", "Adjusted for Leeds City Council's population, this is 8 upheld decisions per 100,000 residents. The average for authorities of this type is 3.9% upheld decisions per 100,000 residents. Statistics")}`;
    expect(readStatisticsSentences(text)[0]?.upheldPer100k).toEqual({ value: 8, similarAverage: 3.9 });
  });

  it("reads the 2024-25 overview and the 'investigated and upheld' sentence, dated by its lead-in period", () => {
    const text =
      "In the year 1 April 2024 to 31 March 2025 we dealt with 291 complaints. Of these, 87 were not for us or not ready for us to investigate. We assessed and closed 128 complaints. We investigated 76 complaints. We investigated 76 complaints and upheld 63. 83% of complaints we investigated were upheld.";
    expect(readStatisticsSentences(text)).toEqual([
      {
        year: "2024-25",
        notes: [],
        upheld: { rate: 83, count: 63, of: 76 },
        overview: { dealtWith: 291, notForUs: 87, assessedAndClosed: 128, investigated: 76 },
      },
    ]);
  });

  it("treats an average printed n/a as absent, never zero", () => {
    const [year] = readStatisticsSentences(UPHELD_2023.replace("average of 77%", "average of n/a"));
    expect(year?.upheld).toEqual({ rate: 83, count: 57, of: 69 });
    expect(year?.notes.join(" ")).toMatch(/n\/a/);
  });

  it("never takes the year from notes that mention other years", () => {
    const text = `In 2020-21 we received fewer complaints. Figures for the year ending 31 March 2019 differ. ${UPHELD_2023} Notes: from 1 April 2024 to 31 March 2025 we changed our process.`;
    expect(readStatisticsSentences(text).map((y) => y.year)).toEqual(["2022-23"]);
  });

  it("takes no figure from prose around the blocks", () => {
    const text = `We delivered 118 courses, training more than 1,400 people, 47 more than last year. ${UPHELD_2023} Attended by 178 delegates from 143 local authorities.`;
    expect(readStatisticsSentences(text)[0]?.upheld).toEqual({ rate: 83, count: 57, of: 69, similarAverage: 77 });
  });

  it("reads each year of a document holding several", () => {
    const text = `${UPHELD_2023} ${UPHELD_2023.replace("83%", "90%").replace("1 April 2022 to 31 March 2023", "1 April 2023 to 31 March 2024")}`;
    expect(readStatisticsSentences(text).map((y) => [y.year, y.upheld?.rate])).toEqual([
      ["2022-23", 83],
      ["2023-24", 90],
    ]);
  });

  it("dates a block without a period sentence by the fallback year (a letter's year ending)", () => {
    const text = "73% of complaints we investigated were upheld. This compares to an average of 70% in similar authorities.";
    expect(readStatisticsSentences(text, { fallbackYear: "2019-20" })[0]).toMatchObject({ year: "2019-20", upheld: { rate: 73, similarAverage: 70 } });
  });

  it("loses only what a copy cut off mid-sentence did not hold", () => {
    const [year] = readStatisticsSentences(`${UPHELD_2023} In 98% of cases we were satisfied the Council had successfully implemented our recommendations. This compares to an average of 9`);
    expect(year?.compliance).toEqual({ rate: 98 });
    expect(year?.upheld?.rate).toBe(83);
  });

  describe("a copy that stops inside the per-100,000 unit (as a real crawl of a 2024-25 page did)", () => {
    const OVERVIEW_2025 = "Between 1 April 2024 to 31 March 2025, we dealt with 50 complaints. We investigated 20 complaints and upheld 16. 80% of complaints we investigated were upheld.";
    const per100k = (ending: string) => readStatisticsSentences(`${OVERVIEW_2025} Adjusted for Testshire Council's population, this is 8.1 upheld decisions per${ending}`)[0]?.upheldPer100k;

    it("keeps the figure printed before the cut, wherever in the unit the copy stops", () => {
      for (const ending of ["", " ", " 1", " 100", " 100,", " 100,0", " 100,00", " 100 0", " 10000"]) expect(per100k(ending), ending).toEqual({ value: 8.1 });
    });

    it("takes nothing when the text after the figure is not the start of 100,000", () => {
      expect(per100k(" 2")).toBeUndefined();
      expect(per100k(" 100,0 and more")).toBeUndefined();
    });

    it("never reads a cut average sentence as the council's figure", () => {
      const [year] = readStatisticsSentences(`${OVERVIEW_2025} Adjusted for Testshire Council's population, this is 8.1 upheld decisions per 100,000 residents. The average for authorities of this type is 4.4 upheld decisions per 100,0`);
      expect(year?.upheldPer100k).toEqual({ value: 8.1, similarAverage: 4.4 });
    });

    it("only at the very end of the document: the same sentence mangled mid-page is a broken sentence", () => {
      const text = `83% of complaints we investigated were upheld. 57 upheld decisions Adjusted for Testshire Council's population, this is 8.1 upheld decisions per 100,0 Statistics are based on a total of 69 detailed investigations ${PERIOD_2023}`;
      const error = failure(() => readStatisticsSentences(text));
      expect(error.code).toBe("broken-sentence");
      expect(error.part).toBe("upheld decisions per 100,000 residents");
    });
  });

  it("keeps a count found without its rate sentence out of the figures, with a note", () => {
    const [year] = readStatisticsSentences(`Complaints upheld 57 upheld decisions Statistics are based on a total of 69 detailed investigations ${PERIOD_2023} In 98% of cases we were satisfied the Council had successfully implemented our recommendations.`);
    expect(year?.upheld).toBeUndefined();
    expect(year?.compliance).toEqual({ rate: 98 });
    expect(year?.notes.join(" ")).toMatch(/upheld decisions count \(57\) was found without its rate sentence/);
  });

  it("merges a block repeated with the same figures", () => {
    expect(readStatisticsSentences(`${UPHELD_2023} ${UPHELD_2023}`)).toHaveLength(1);
  });

  it("returns nothing for text without statistics sentences", () => {
    expect(readStatisticsSentences("Dear Mr Harriss, we write to you about complaints.")).toEqual([]);
  });

  describe("fails with a typed error, never a guess", () => {
    it("when no period sentence dates the figures", () => {
      const error = failure(() => readStatisticsSentences("73% of complaints we investigated were upheld. This compares to an average of 70% in similar authorities."));
      expect(error.code).toBe("missing-period");
      expect(error.message).toMatch(/^no statistics period sentence found/);
    });

    it("when an average is broken", () => {
      const error = failure(() => readStatisticsSentences(UPHELD_2023.replace("average of 77%", "average of 7x7%")));
      expect(error.code).toBe("broken-sentence");
      expect(error.part).toBe("average");
      expect(error.message).toMatch(/average sentence found but its figure is broken/);
    });

    it("when an average has no figure at all", () => {
      expect(failure(() => readStatisticsSentences(UPHELD_2023.replace("average of 77%", "average of"))).code).toBe("broken-sentence");
    });

    it("when a rate is unreadable or not a percentage", () => {
      expect(failure(() => readStatisticsSentences(UPHELD_2023.replace("83%", "8O%"))).part).toBe("upheld rate");
      expect(failure(() => readStatisticsSentences(UPHELD_2023.replace("83%", "183%"))).message).toMatch(/183% is not a percentage/);
    });

    it("when a count is not a whole number", () => {
      expect(failure(() => readStatisticsSentences(UPHELD_2023.replace("57 upheld", "57.5 upheld"))).message).toMatch(/not a whole number/);
    });

    it("when the period sentence does not cover one statistical year", () => {
      const error = failure(() => readStatisticsSentences(UPHELD_2023.replace("31 March 2023", "31 March 2025")));
      expect(error.code).toBe("broken-sentence");
      expect(error.part).toBe("period sentence");
    });

    it("when a period sentence is garbled", () => {
      const error = failure(() => readStatisticsSentences(`${UPHELD_2023.replace("for the period between", "for the peroid between")} and more text follows here. And more.`));
      expect(error.part).toBe("period sentence");
    });

    it("when the same figure is given twice with different values", () => {
      const error = failure(() => readStatisticsSentences(`${UPHELD_2023} ${UPHELD_2023.replace("57 upheld", "58 upheld")}`));
      expect(error.code).toBe("conflicting-figures");
      expect(error.message).toMatch(/2022-23 upheld decisions count is given twice/);
    });

    it("when the statistics disagree with the document's own year", () => {
      expect(failure(() => readStatisticsSentences(UPHELD_2023, { fallbackYear: "2019-20" })).code).toBe("conflicting-figures");
    });

    it("when figures after the last period cannot be placed in one of several years", () => {
      const two = `${UPHELD_2023} ${UPHELD_2023.replace(/1 April 2022 to 31 March 2023/, "1 April 2023 to 31 March 2024")}`;
      const error = failure(() => readStatisticsSentences(`${two} In 98% of cases we were satisfied the Council had successfully implemented our recommendations.`));
      expect(error.code).toBe("missing-period");
    });
  });
});
