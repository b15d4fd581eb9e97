// Letters a workbook carries in its settings: checked like any letter, cited as what they are.
// The letters here are composed for these tests from Harrow's 2019-20 letter (73% upheld, 24 of
// 33), then altered as a planted copy would be.
import { beforeAll, describe, expect, it } from "vitest";
import { sourceLabel } from "../../domain/figure-sources";
import type { YearFigures } from "../../domain/types";
import { loadDataset, type Dataset } from "../../sources/dataset/dataset";
import { checkCarriedLetter } from "./carried-letters";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDataset();
});

const HARROW = "E09000015";
const letter = (extra: Partial<YearFigures> = {}): YearFigures => ({
  authority: "London Borough of Harrow",
  gss: HARROW,
  year: "2019-20",
  upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 },
  source: { kind: "annual-letter", title: "harrow-2019-20.pdf", retrieved: "2026-11-25T08:00:00.000Z" },
  ...extra,
});

describe("checkCarriedLetter", () => {
  it("takes a letter whose figures agree with its counts, citing it as a letter imported into this workbook", () => {
    const checked = checkCarriedLetter(letter(), dataset.register);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.letter.upheld).toEqual({ rate: 73, count: 24, of: 33, similarAverage: 70 });
    expect(sourceLabel(checked.letter.source)).toBe("harrow-2019-20.pdf (letter imported into this workbook on 2026-11-25)");
  });

  it("refuses a planted rate that its own counts contradict (upheld 73% made 12%), saying why", () => {
    const checked = checkCarriedLetter(letter({ upheld: { rate: 12, count: 24, of: 33, similarAverage: 70 } }), dataset.register);
    expect(checked).toEqual({
      ok: false,
      problem:
        "A letter kept in this workbook (London Borough of Harrow, 2019-20) was not used: its figures disagree with its own counts. The upheld rate is published as 12% but 24 of 33 is 73%.",
    });
  });

  it("refuses a letter naming another council than the one it is kept for", () => {
    const checked = checkCarriedLetter(letter({ authority: "Kent County Council" }), dataset.register);
    expect(checked).toEqual({ ok: false, problem: "A letter kept in this workbook (Kent County Council, 2019-20) was not used: it names Kent County Council, not the council it is kept for." });
  });

  it("cites a letter claiming an LGSCO address or the dataset as what it is: a letter imported into this workbook", () => {
    const claimed = letter({ source: { kind: "dataset", title: "embedded dataset", url: "https://www.lgo.org.uk/your-councils-performance/london-borough-of-harrow/statistics" } });
    const checked = checkCarriedLetter(claimed, dataset.register);
    expect(checked.ok && checked.letter.source).toEqual({ kind: "annual-letter", title: "embedded dataset", carriedBy: "workbook" });
    expect(checked.ok && sourceLabel(checked.letter.source)).toBe("embedded dataset (letter imported into this workbook on a date not recorded)");
  });
});
