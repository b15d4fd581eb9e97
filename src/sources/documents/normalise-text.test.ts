import { describe, expect, it } from "vitest";
import { flattenText, normaliseText, textLines } from "./normalise-text";

describe("normaliseText", () => {
  it("turns typographic punctuation and odd spaces into plain ASCII", () => {
    expect(normaliseText("Croydon\u2019s\u00a0population \u201cquoted\u201d 2019\u201320\u200b")).toBe(`Croydon's population "quoted" 2019-20`);
  });

  it("removes the **emphasis** and [link](#) artefacts of a copied letter", () => {
    expect(normaliseText("an average of **70%** in similar authorities, see [Your council's performance](#).")).toBe(
      "an average of 70% in similar authorities, see Your council's performance.",
    );
  });

  it("drops bullets, trims lines and keeps at most one blank line", () => {
    expect(normaliseText("\u2022\tComplaints upheld\r\n\r\n\r\n\r\n- Failure to comply   is rare.\n  * 24  ")).toBe(
      "Complaints upheld\n\nFailure to comply is rare.\n24",
    );
  });

  it("keeps a minus inside text and a lone hyphenated word", () => {
    expect(normaliseText("Stockton-on-Tees Borough Council")).toBe("Stockton-on-Tees Borough Council");
  });
});

describe("flattenText", () => {
  it("joins lines broken inside a sentence", () => {
    expect(flattenText("73%\nof complaints we investigated were\nupheld.")).toBe("73% of complaints we investigated were upheld.");
  });

  it("puts back the space a crawl lost between sentences and between words", () => {
    expect(flattenText("per 100,000 residents.The average")).toBe("per 100,000 residents. The average");
    expect(flattenText("View upheld decisionsStatistics are based")).toBe("View upheld decisions Statistics are based");
    expect(flattenText("were upheld.73% of")).toBe("were upheld. 73% of");
  });

  it("leaves decimals and thousands alone and joins a stray space before %", () => {
    expect(flattenText("3.9 upheld decisions per 100,000 and 73 % of")).toBe("3.9 upheld decisions per 100,000 and 73% of");
  });

  it("re-joins a word hyphenated across a line break", () => {
    expect(flattenText("detailed investi-\ngations")).toBe("detailed investigations");
  });
});

describe("textLines", () => {
  it("lists the non-empty lines", () => {
    expect(textLines("a\n\nb")).toEqual(["a", "b"]);
  });
});
