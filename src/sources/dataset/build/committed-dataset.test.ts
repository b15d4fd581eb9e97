// The committed dataset against the real source tables in data/: it is up to date, every council
// name in the figures table is matched, and every published figure lands with its source.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { sourceOfFigure } from "../../../domain/figure-sources";
import { canHaveFiguresIn, Register } from "../../../domain/register";
import type { YearFigures } from "../../../domain/types";
import { parseYear } from "../../../domain/years";
import { buildDataset } from "./build";
import { readMetric } from "./metrics";

const root = join(import.meta.dirname, "../../../..");
const read = (path: string): string => readFileSync(join(root, path), "utf8");
const built = buildDataset({
  authoritiesCsv: read("data/authorities.csv"),
  figuresCsv: read("data/lgsco-figures.csv"),
  decisionsCsv: read("data/source-decisions.csv"),
  asOfJson: read("data/dataset-as-of.json"),
});
const register = new Register(built.authorities.authorities);

interface FigureRow {
  authority: string;
  authority_type: string;
  year_ending: string;
  metric: string;
  value: string;
  numerator: string;
  denominator: string;
  similar_average: string;
  source: string;
}
const rows = (parse(read("data/lgsco-figures.csv"), { columns: true, record_delimiter: ["\r\n", "\n"], skip_empty_lines: true }) as FigureRow[]).map(
  (row, index) => ({ ...row, line: index + 2 }),
);

function valueAt(figures: YearFigures, path: string): unknown {
  return path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], figures);
}

describe("assets/data/", () => {
  it("is up to date with data/ (run `npm run data:build` after editing the tables)", () => {
    expect(read("assets/data/authorities.json"), "assets/data/authorities.json is out of date: run npm run data:build").toBe(built.authoritiesJson);
    expect(read("assets/data/figures.json"), "assets/data/figures.json is out of date: run npm run data:build").toBe(built.figuresJson);
  });

  it("holds the whole register", () => {
    expect(built.authorities.authorities).toHaveLength(365);
    expect(built.authorities.authorities.filter((authority) => authority.validTo === undefined)).toHaveLength(317);
  });
});

describe("name matching on the figures table", () => {
  const councilRows = rows.filter((row) => row.authority_type !== "National" && row.authority_type !== "Other");

  it.each([...new Set(councilRows.map((row) => `${row.authority}|${row.authority_type}|${row.year_ending}`))])(
    "%s matches one council of that type that existed by that year",
    (key) => {
      const [name, type, yearEnding] = key.split("|") as [string, string, string];
      const year = parseYear(yearEnding)!;
      const result = register.lookup(name, { year });
      expect(result.kind, result.kind === "found" ? "" : result.message).toBe("found");
      if (result.kind !== "found") return;
      expect(result.authority.type).toBe(type);
      // A year after abolition is fine (LGSCO decides complaints about it then); one before it began is not.
      expect(canHaveFiguresIn(result.authority, year)).toBe(true);
    },
  );

  it.each([
    ["Colchester City Council", "E07000071"],
    ["Walsall Council", "E08000030"],
    ["City Of York Council", "E06000014"],
    ["Brighton & Hove City Council", "E06000043"],
    ["Durham County Council", "E06000047"],
    ["Kingston upon Hull City Council", "E06000010"],
    ["Poole Borough Council", "E06000029"],
    ["City of Bradford Metropolitan District Council", "E08000032"],
    ["London Borough of Hammersmith & Fulham", "E09000013"],
    ["Harrow", "E09000015"],
    ["Tower Hamlets", "E09000030"],
    ["Kent", "E10000016"],
    ["kent-county-council", "E10000016"],
    ["Shepway District Council", "E07000112"],
    ["E08000038", "E08000016"],
  ])("%s is %s in the real register", (name, gss) => {
    expect(register.resolve(name).gss).toBe(gss);
  });

  it("reads shared short names as the current council unless a year says otherwise", () => {
    for (const [shortName, current, abolished, yearBefore] of [
      ["Dorset", "E06000059", "E10000009", "2018-19"],
      ["Buckinghamshire", "E06000060", "E10000002", "2019-20"],
      ["North Yorkshire", "E06000065", "E10000023", "2022-23"],
      ["Somerset", "E06000066", "E10000027", "2022-23"],
    ] as const) {
      expect(register.resolve(shortName).gss).toBe(current);
      expect(register.resolve(shortName, { year: yearBefore }).gss).toBe(abolished);
    }
  });

  it("finds every current council by its short name and by its full name, unambiguously", () => {
    const ambiguous = register
      .all()
      .filter((authority) => authority.validTo === undefined)
      .filter((authority) => register.lookup(authority.shortName).kind !== "found" || register.lookup(authority.name).kind !== "found");
    expect(ambiguous).toEqual([]);
  });

  it("reads the reorganisations of 2019–2023 from the notes", () => {
    expect(register.successorsOf("E10000006").map((authority) => authority.name)).toEqual(["Cumberland Council", "Westmorland and Furness Council"]);
    expect(register.predecessorsOf("E06000058").map((authority) => authority.gss)).toEqual(["E06000028", "E06000029", "E07000048"]);
    expect(register.get("E06000043")?.slug).toBe("brighton-hove-city-council");
    expect(register.get("E06000003")?.alternativeSlugs).toEqual(["redcar-cleveland-borough-council"]);
  });
});

describe("every published figure lands with its source", () => {
  const usable = rows.filter((row) => row.authority_type !== "Other" && !readMetric(row.metric)?.quality);

  function recordFor(row: (typeof rows)[number]) {
    const year = parseYear(row.year_ending)!;
    if (row.authority_type === "National") return built.figures.national.find((entry) => entry.year === year);
    const gss = register.resolve(row.authority, { year }).gss;
    return built.figures.councils.find((entry) => entry.gss === gss && entry.year === year);
  }

  it.each(usable.map((row) => [row.line, row] as const))("line %i", (_line, row) => {
    const figures = recordFor(row);
    expect(figures, "record").toBeDefined();
    if (!figures) return;
    const meaning = readMetric(row.metric)!.meaning;
    const columns = [
      ["value", meaning.value],
      ["numerator", meaning.numerator],
      ["denominator", meaning.denominator],
      ["similar_average", meaning.similarAverage?.path],
    ] as const;
    if (meaning.value === undefined) {
      expect(figures.otherFigures).toContainEqual(expect.objectContaining({ metric: row.metric, value: Number(row.value) }));
      return;
    }
    for (const [column, path] of columns) {
      if (row[column] === "" || path === undefined) continue;
      const published = Number(row[column]);
      const held = valueAt(figures, path);
      if (held === published) {
        // Held with this row's source, or with a better source that gave the same figure.
        const source = sourceOfFigure(figures, path);
        const fromThisRow = source.url === row.source || source.title === row.source;
        const corroborated = rows.some(
          (other) =>
            other !== row &&
            other.authority === row.authority &&
            other.year_ending === row.year_ending &&
            (source.url ?? source.title) === other.source &&
            [other.value, other.numerator, other.denominator, other.similar_average].includes(row[column]),
        );
        expect(fromThisRow || corroborated, `${path} source ${JSON.stringify(source)}`).toBe(true);
      } else {
        // A figure another source gave differently: kept as a note naming this source and figure.
        expect(figures.notes?.some((note) => note.includes(row.source) && note.includes(`gave ${published}`)), `${path}: ${held} held, ${published} published`).toBe(true);
      }
    }
  });
});

describe("checked by hand", () => {
  const croydon = (year: string) => built.figures.councils.find((entry) => entry.gss === "E09000008" && entry.year === year);
  const leeds = (year: string) => built.figures.councils.find((entry) => entry.gss === "E08000035" && entry.year === year);
  const harrow = (year: string) => built.figures.councils.find((entry) => entry.gss === "E09000015" && entry.year === year);

  it("Harrow 2019-20 comes from the annual letter", () => {
    expect(harrow("2019-20")).toMatchObject({
      authority: "London Borough of Harrow",
      upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 },
      compliance: { rate: 100, of: 21, similarAverage: 99 },
      satisfactoryRemedy: { rate: 8, count: 2, of: 24, similarAverage: 15 },
      source: { kind: "annual-letter", title: expect.stringMatching(/^Annual Review letter 2020 to London Borough of Harrow/) },
    });
    expect(harrow("2019-20")?.figureSources).toBeUndefined();
  });

  it("holds LGSCO's figures for councils in the year after their abolition, from their statistics pages", () => {
    const held = (gss: string, year: string) => built.figures.councils.find((entry) => entry.gss === gss && entry.year === year);
    expect(held("E10000006", "2023-24")).toEqual({
      authority: "Cumbria County Council",
      gss: "E10000006",
      year: "2023-24",
      upheld: { rate: 91, count: 9, of: 10 },
      compliance: { rate: 100, of: 12 },
      satisfactoryRemedy: { rate: 0, count: 0, of: 9 },
      source: { kind: "statistics-page", url: "https://lgo.org.uk/your-councils-performance/cumbria-county-council/statistics" },
    });
    expect(held("E07000031", "2023-24")).toMatchObject({ upheld: { rate: 75, count: 3, of: 4 }, compliance: { rate: 100, of: 3 } });
    expect(held("E07000154", "2021-22")).toMatchObject({
      authority: "Northampton Borough Council",
      upheld: { rate: 50, count: 2, of: 4, similarAverage: 51 },
      source: { kind: "statistics-page", url: "https://www.lgo.org.uk/your-councils-performance/northampton-borough-council/statistics" },
    });
  });

  it("Leeds 2023-24 upheld takes LGSCO's page (44), not the FOI analysis (42)", () => {
    const figures = leeds("2023-24")!;
    expect(figures.upheld).toEqual({ rate: 75, count: 44, of: 59, similarAverage: 80 });
    expect(figures.decisions).toBeUndefined();
    expect(sourceOfFigure(figures, "upheld.count")).toEqual({ kind: "statistics-page", url: "https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics" });
    expect(figures.notes?.join(" ")).toMatch(/FOI data .*upheld decisions 42/);
  });

  it("Croydon 2018-19 received is settled with a note naming the other figure", () => {
    const figures = croydon("2018-19")!;
    expect(figures.received).toEqual({ total: 211 });
    expect(figures.notes).toEqual([expect.stringMatching(/complaints and enquiries received: 211 .* gave 213 \(the project.s choice between sources of the same rank: /)]);
    expect(figures.decisions).toEqual({ referredBackForLocalResolution: 78, upheld: 38 });
  });

  it("holds Croydon and Leeds 2024-25 overviews from LGSCO's pages", () => {
    expect(croydon("2024-25")).toMatchObject({
      overview: { dealtWith: 218, notForUs: 113, assessedAndClosed: 69, investigated: 36 },
      upheld: { rate: 89, count: 32, of: 36, similarAverage: 84 },
      upheldPer100k: { value: 8 },
      source: { kind: "statistics-page" },
    });
    expect(leeds("2024-25")).toMatchObject({ overview: { dealtWith: 227, investigated: 68 }, upheld: { rate: 91, count: 62, of: 68 } });
  });

  it("keeps the lower-quality figures apart", () => {
    expect(built.figures.lowerQuality.filter((figure) => figure.gss === "E08000035")).toHaveLength(12);
    expect(built.figures.lowerQuality.map((figure) => figure.quality)).toEqual(expect.arrayContaining(["secondary-foi", "council-reported", "as-quoted-by-council"]));
    expect(built.figures.councils.some((entry) => entry.gss === "E09000017")).toBe(false); // Hillingdon: only its own counts
  });
});
