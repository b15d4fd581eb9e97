import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Dataset, DatasetFormatError, loadDataset, loadRegister } from "./dataset";

const root = join(import.meta.dirname, "../../..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));

describe("loadDataset", () => {
  it("loads the embedded dataset once and gives typed access to it", async () => {
    const dataset = await loadDataset();
    expect(await loadDataset()).toBe(dataset);
    expect(dataset.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dataset.asOfMeaning).toMatch(/checked/);
    expect(dataset.register.resolve("Harrow").gss).toBe("E09000015");
    expect(await loadRegister()).toBe(dataset.register);
  });

  it("gives a council's years oldest first, and one year", async () => {
    const dataset = await loadDataset();
    expect(dataset.figuresFor("E09000008").map((figures) => figures.year)).toEqual(["2018-19", "2020-21", "2022-23", "2023-24", "2024-25"]);
    expect(dataset.figuresForYear("E09000015", "2019/20")?.upheld).toEqual({ rate: 73, count: 24, of: 33, similarAverage: 70 });
    expect(dataset.figuresForYear("E09000015", "2020-21")).toBeUndefined();
    expect(dataset.figuresFor("E06000001")).toEqual([]);
  });

  it("gives the peers held for a type and year, among councils that existed that year", async () => {
    const dataset = await loadDataset();
    const peers = dataset.peers("Metropolitan Borough", "2023-24");
    expect(peers.map((figures) => figures.authority)).toEqual(
      expect.arrayContaining(["Birmingham City Council", "Leeds City Council", "Sheffield City Council"]),
    );
    expect(peers.every((figures) => dataset.register.get(figures.gss)?.type === "Metropolitan Borough")).toBe(true);
    expect(dataset.peers("Unitary Council", "not a year")).toEqual([]);
  });

  it("gives the published similar-authority averages as published", async () => {
    const dataset = await loadDataset();
    expect(dataset.similarAverages("London Borough", "2023-24")).toMatchObject({ upheld: 85, upheldPer100k: 8.2, compliance: 99, satisfactoryRemedy: 12 });
    expect(dataset.similarAverages("London Borough", "2023-24")?.sources.upheld?.kind).toBe("statistics-page");
    expect(dataset.similarAverages("District Council", "2010-11")).toBeUndefined();
    expect(dataset.allSimilarAverages().length).toBeGreaterThan(10);
  });

  it("keeps England's figures and the lower-quality figures apart", async () => {
    const dataset = await loadDataset();
    expect(dataset.nationalFiguresForYear("2018-19")).toMatchObject({ received: { total: 16899 }, upheld: { rate: 58 }, compliance: { rate: 99.4 } });
    expect(dataset.nationalFigures()[0]?.year).toBe("2014-15");
    expect(dataset.lowerQualityFigures("E08000035").every((figure) => figure.quality === "secondary-foi")).toBe(true);
    expect(dataset.lowerQualityFigures().some((figure) => figure.gss === undefined)).toBe(true);
    expect(dataset.years()[0]).toBe("2014-15");
  });

  it("knows whether a council existed in a year", async () => {
    const dataset = await loadDataset();
    expect(dataset.existedIn("E10000009", "2018-19")).toBe(true);
    expect(dataset.existedIn("E10000009", "2019-20")).toBe(false);
    expect(dataset.existedIn("E99999999", "2019-20")).toBe(false);
  });
});

describe("Dataset.fromJson", () => {
  const authorities = readJson("assets/data/authorities.json");
  const figures = readJson("assets/data/figures.json") as Record<string, unknown>;

  it("accepts the committed files", () => {
    expect(Dataset.fromJson(authorities, figures).figuresFor("E09000015")).toHaveLength(1);
  });

  it.each([
    ["a file of another format", { ...figures, format: "something/else@2" }, /figures\.json\.format: expected "ombudsman-scrutiny\/figures@1"/],
    ["no as-of date", { ...figures, asOf: undefined }, /figures\.json\.asOf: expected a non-empty string, found nothing/],
    [
      "a rate written as text",
      { ...figures, councils: [{ authority: "X", gss: "E09000015", year: "2019-20", upheld: { rate: "73%" }, source: { kind: "press", url: "https://x" } }] },
      /figures\.json\.councils\[0\]\.upheld\.rate: expected a number ≥ 0, found "73%"/,
    ],
    [
      "a figure the model does not have",
      { ...figures, councils: [{ authority: "X", gss: "E09000015", year: "2019-20", upheld: { rate: 73, guess: 1 }, source: { kind: "press", url: "https://x" } }] },
      /councils\[0\]\.upheld\.guess/,
    ],
    [
      "a source with no address or title",
      { ...figures, councils: [{ authority: "X", gss: "E09000015", year: "2019-20", source: { kind: "press" } }] },
      /councils\[0\]\.source: expected a url or a title/,
    ],
    ["a bad year", { ...figures, national: [{ authority: "England", year: "2019", source: { kind: "press", url: "https://x" } }] }, /national\[0\]\.year/],
  ])("refuses %s with a clear error", (_what, broken, message) => {
    expect(() => Dataset.fromJson(authorities, broken)).toThrow(DatasetFormatError);
    expect(() => Dataset.fromJson(authorities, broken)).toThrow(message);
  });

  it("refuses a broken register and figures for a council it does not hold", () => {
    expect(() => Dataset.fromJson({ format: "ombudsman-scrutiny/authorities@1", authorities: [{ gss: "E1" }] }, figures)).toThrow(
      /authorities\.json\.authorities\[0\]\.name/,
    );
    expect(() => Dataset.fromJson(null, figures)).toThrow(/authorities\.json: expected an object/);
    const stranger = { ...figures, councils: [{ authority: "X", gss: "E09999999", year: "2019-20", source: { kind: "press", url: "https://x" } }] };
    expect(() => Dataset.fromJson(authorities, stranger)).toThrow(DatasetFormatError);
    expect(() => Dataset.fromJson(authorities, stranger)).toThrow(/E09999999, which is not in the register/);
  });
});
