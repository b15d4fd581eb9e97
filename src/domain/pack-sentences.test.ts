import { describe, expect, it } from "vitest";
import { headlineSentences } from "./pack-sentences";

describe("the committee pack's headline sentences", () => {
  it("states the upheld count, base and rate beside the similar authorities' average", () => {
    const [sentence] = headlineSentences({ year: "2019-20", upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 } });
    expect(sentence).toEqual({
      text: "LGSCO upheld 24 of 33 detailed investigations (73%), against an average of 70% for similar authorities.",
      base: "33 detailed investigations",
    });
  });

  it("says how few cases a rate rests on when its base is under 10", () => {
    const sentences = headlineSentences({ year: "2023-24", upheld: { rate: 75, count: 3, of: 4 }, compliance: { rate: 100, of: 1 } });
    expect(sentences[0]!.text).toBe("LGSCO upheld 3 of 4 detailed investigations (75%), based on 4 investigations.");
    expect(sentences[1]!.text).toContain("based on 1 case");
    expect(sentences[1]!.text).not.toMatch(/against/);
  });

  it("makes no sentence for a figure not held, and none judges a change", () => {
    const sentences = headlineSentences({ year: "2019-20", satisfactoryRemedy: { rate: 8, count: 2, of: 24, similarAverage: 15 }, lastYearUpheld: { year: "2018-19", rate: 60, of: 30 } });
    expect(sentences.map((s) => s.text)).toEqual([
      "In 2018-19 LGSCO upheld 60% of 30 detailed investigations.",
      "In 2 of 24 upheld cases (8%) the council had already put things right before the complaint reached LGSCO, against an average of 15% for similar authorities.",
    ]);
    expect(sentences.map((s) => s.text).join(" ")).not.toMatch(/better|worse|rose|fell|improv|concern/i);
  });
});
