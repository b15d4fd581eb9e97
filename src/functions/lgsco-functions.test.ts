// The =LGSCO.* logic on the real embedded dataset: each function, each error, and agreement
// with the key statistics sheet the pane writes (the same council and year give the same number).
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FLAG_SETTINGS } from "../domain/flag-settings";
import { isValidIn } from "../domain/register";
import type { YearFigures } from "../domain/types";
import { loadDataset, type Dataset } from "../sources/dataset/dataset";
import { FiguresStore } from "../sources/figures-store";
import { planForCouncils } from "../workbook/plan/plan-for-councils";
import { KEY_STATS_TABLE } from "../workbook/plan/key-stats-sheet";
import type { FormulaResult } from "./formula-result";
import {
  complianceRate,
  LGSCO_FUNCTIONS,
  lgscoFunction,
  publishedCount,
  remedyRate,
  scrutinyFlags,
  similarAverage,
  upheldPer100k,
  upheldRate,
} from "./lgsco-functions";

let dataset: Dataset;
let store: FiguresStore;
beforeAll(async () => {
  dataset = await loadDataset();
  store = new FiguresStore({ dataset });
});

const ok = (value: number | string): FormulaResult => ({ kind: "value", value });
const notAvailable = (message: RegExp | string) => ({ kind: "error", code: "#N/A", message: typeof message === "string" ? message : expect.stringMatching(message) });
const invalid = (message: RegExp | string) => ({ kind: "error", code: "#VALUE!", message: typeof message === "string" ? message : expect.stringMatching(message) });

describe("Harrow 2019-20 (the real annual letter)", () => {
  it("gives the three key statistics as fractions, however the council and year are written", () => {
    expect(upheldRate(store, "Harrow", "2019-20")).toEqual(ok(0.73));
    expect(upheldRate(store, "London Borough of Harrow", 2020)).toEqual(ok(0.73));
    expect(upheldRate(store, "E09000015", "2019/20")).toEqual(ok(0.73));
    expect(upheldRate(store, "london-borough-of-harrow", "2020")).toEqual(ok(0.73));
    expect(complianceRate(store, "Harrow", "2019-20")).toEqual(ok(1));
    // The remedy base is the 24 upheld decisions: 2 of 24 = 8%.
    expect(remedyRate(store, "Harrow", "2019-20")).toEqual(ok(0.08));
  });

  it("gives the similar-authority averages and the counts", () => {
    expect(similarAverage(store, "Harrow", "2019-20", "upheld")).toEqual(ok(0.7));
    expect(similarAverage(store, "Harrow", "2019-20", "compliance")).toEqual(ok(0.99));
    expect(similarAverage(store, "Harrow", "2019-20", "Remedy")).toEqual(ok(0.15));
    expect(publishedCount(store, "Harrow", "2019-20", "investigations")).toEqual(ok(33));
    expect(publishedCount(store, "Harrow", "2019-20", "upheld")).toEqual(ok(24));
    expect(publishedCount(store, "Harrow", "2019-20", "compliance")).toEqual(ok(21));
    expect(publishedCount(store, "Harrow", "2019-20", "remedy")).toEqual(ok(2));
  });

  it("flags upheld above average (73% vs 70%) and remedy below (8% vs 15%), in docs/design.md §3 order", () => {
    expect(scrutinyFlags(store, "Harrow", "2019-20")).toEqual(ok("upheld-above-average; remedy-below-average"));
  });

  it("says per-100k figures were not published before 2022-23", () => {
    expect(upheldPer100k(store, "Harrow", "2019-20")).toEqual(notAvailable("Not published: LGSCO gives upheld decisions per 100,000 residents from 2022-23 on, not for 2019-20."));
    expect(similarAverage(store, "Harrow", "2019-20", "per 100k")).toEqual(notAvailable(/from 2022-23 on, not for 2019-20/));
  });
});

describe("later layouts", () => {
  it("gives Kent's 2024-25 per-100k and its overview's investigations, and #N/A for the blocks that copy did not show", () => {
    expect(upheldPer100k(store, "Kent", "2024-25")).toEqual(ok(3.9));
    expect(publishedCount(store, "Kent", 2025, "investigations")).toEqual(ok(76));
    expect(complianceRate(store, "Kent", 2025)).toEqual(notAvailable("Not published: LGSCO's figures held for Kent County Council in 2024-25 give no compliance rate."));
    expect(publishedCount(store, "Kent", 2025, "remedy")).toEqual(notAvailable(/give no number of satisfactory remedy decisions/));
    expect(similarAverage(store, "Kent", 2025, "per100k")).toEqual(notAvailable(/no similar-authority average of upheld decisions per 100,000 residents for county councils in 2024-25 is held/));
  });

  it("gives Leeds' 2023-24 per-100k figure and its type average", () => {
    expect(upheldPer100k(store, "Leeds", "2023-24")).toEqual(ok(5.3));
    expect(similarAverage(store, "Leeds", "2023-24", "per100k")).toEqual(ok(4.4));
  });
});

describe("similar-authority averages", () => {
  it("falls back on the average published for the type when the council's own record does not print it", () => {
    const groups = [
      ["upheld", "upheld"],
      ["compliance", "compliance"],
      ["satisfactoryRemedy", "remedy"],
      ["upheldPer100k", "per100k"],
    ] as const;
    // The records as the council's own documents printed them (the store sets the type's average beside them).
    const fallbacks = dataset.register.all().flatMap((authority) =>
      dataset.figuresFor(authority.gss).flatMap((figures) =>
        groups.flatMap(([group, measure]) => {
          const published = dataset.similarAverages(authority.type, figures.year)?.[group];
          // A year after abolition has no similar authorities (LGSCO printed n/a): no fallback then.
          return figures[group] !== undefined && figures[group].similarAverage === undefined && published !== undefined && isValidIn(authority, figures.year)
            ? [{ authority, year: figures.year, measure, expected: measure === "per100k" ? published : Number((published / 100).toPrecision(12)) }]
            : [];
        }),
      ),
    );
    // e.g. Cornwall 2024-25: its page printed no per-100k average; the unitary councils' 5.3 was published.
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const { authority, year, measure, expected } of fallbacks) {
      expect(similarAverage(store, authority.gss, year, measure), `${authority.name} ${year} ${measure}`).toEqual(ok(expected));
    }
  });

  it("compares Cornwall's 2024-25 per-100k figure with the unitary councils' published average its page did not print", () => {
    expect(upheldPer100k(store, "Cornwall", "2024-25")).toEqual(ok(8.5));
    expect(similarAverage(store, "Cornwall", "2024-25", "per100k")).toEqual(ok(5.3));
    // Its page gave no compliance or remedy block: the flags held are named, and what could not be judged.
    expect(scrutinyFlags(store, "Cornwall", "2024-25")).toEqual(
      notAvailable(
        "Not judged: the figures held for Cornwall Council in 2024-25 give no compliance rate, satisfactory remedy rate and similar-authority average satisfactory remedy rate, " +
          "so compliance-below-100 and remedy-below-average could not be judged. Flags from the figures held: upheld-above-average; per100k-above-average; upheld-rising.",
      ),
    );
  });

  it("gives the type's published average even for a year whose council figures are not held", () => {
    const barnet = dataset.register.resolve("Barnet");
    expect(dataset.figuresForYear(barnet.gss, "2019-20")).toBeUndefined();
    expect(similarAverage(store, "Barnet", "2019-20", "upheld")).toEqual(ok(0.7));
    expect(upheldRate(store, "Barnet", "2019-20")).toEqual(notAvailable(/^Not held: the add-in holds no LGSCO figures for London Borough of Barnet in 2019-20/));
  });
});

describe("not held: #N/A with the reason", () => {
  it("names the years held when the year asked for is not", () => {
    expect(upheldRate(store, "Harrow", "2014-15")).toEqual(notAvailable("Not held: the add-in holds no LGSCO figures for London Borough of Harrow in 2014-15 (years held: 2019-20)."));
  });

  it("says a council that had not begun that year has no figures held", () => {
    expect(upheldRate(store, "E06000060", "2016-17")).toEqual(
      notAvailable("Buckinghamshire Council (from 2020-04-01) did not exist yet in 2016-17: the add-in holds no figures for it that year."),
    );
    expect(similarAverage(store, "E06000060", "2016-17", "upheld")).toEqual(notAvailable(/did not exist yet in 2016-17/));
  });

  it("gives LGSCO's figures for a council in the year after its abolition, compared with no average (LGSCO printed n/a)", () => {
    expect(upheldRate(store, "Cumbria County Council", "2023-24")).toEqual(ok(0.91));
    expect(complianceRate(store, "Cumbria County Council", "2023-24")).toEqual(ok(1));
    expect(remedyRate(store, "Cumbria County Council", "2023-24")).toEqual(ok(0));
    expect(publishedCount(store, "Cumbria County Council", "2023-24", "investigations")).toEqual(ok(10));
    expect(upheldRate(store, "South Lakeland", "2023-24")).toEqual(ok(0.75));
    expect(upheldRate(store, "Northampton Borough Council", "2021-22")).toEqual(ok(0.5));
    expect(similarAverage(store, "Northampton Borough Council", "2021-22", "upheld")).toEqual(ok(0.51));
    expect(similarAverage(store, "Cumbria County Council", "2023-24", "upheld")).toEqual(notAvailable(/give no similar-authority average upheld rate, and councils that existed that year are not its similar authorities/));
  });

  it("never says LGSCO published nothing for a year after abolition: it says what the add-in holds", () => {
    const result = upheldRate(store, "Cumbria County Council", "2024-25");
    expect(result).toEqual(notAvailable(/^Not held: the add-in holds no LGSCO figures for Cumbria County Council in 2024-25 \(years held: 2023-24\)\. It was abolished on 2023-03-31/));
    expect(result.kind === "error" && result.message).not.toMatch(/published no/);
  });

  it("reads a name shared over time as the council of that year", () => {
    expect(upheldRate(store, "Buckinghamshire", "2016-17")).toEqual(notAvailable(/Buckinghamshire County Council in 2016-17/));
  });
});

describe("unusable arguments: #VALUE! with the reason", () => {
  it("refuses an unknown council, with suggestions", () => {
    expect(upheldRate(store, "Harow", "2019-20")).toEqual(invalid('No council in the register matches "Harow". Did you mean: Harlow District Council; London Borough of Harrow?'));
    expect(upheldRate(store, "", "2019-20")).toEqual(invalid(/^No council was named/));
    expect(upheldRate(store, 42, "2019-20")).toEqual(invalid(/^42 is not a council/));
  });

  it("refuses a year that is not a statistical year", () => {
    expect(upheldRate(store, "Harrow", "2019-21")).toEqual(invalid('"2019-21" is not a statistical year: write it as "2019-20" or as the year it ends, 2020.'));
    expect(upheldRate(store, "Harrow", 20.5)).toEqual(invalid(/^20.5 is not a statistical year/));
    expect(upheldRate(store, "Harrow", "")).toEqual(invalid(/^No year was given/));
    expect(flagsOf("Harrow", true)).toEqual(invalid(/^true is not a statistical year/));
  });

  it("refuses an unknown measure, listing the measures of that function", () => {
    expect(similarAverage(store, "Harrow", "2019-20", "investigations")).toEqual(
      invalid('"investigations" is not a measure of LGSCO.AVERAGE: use "upheld", "per100k", "compliance" or "remedy".'),
    );
    expect(publishedCount(store, "Harrow", "2019-20", "per100k")).toEqual(
      invalid('"per100k" is not a measure of LGSCO.COUNT: use "investigations", "upheld", "compliance" or "remedy".'),
    );
    expect(publishedCount(store, "Harrow", "2019-20", "")).toEqual(invalid(/^No measure was given to LGSCO.COUNT/));
  });
});

function flagsOf(council: unknown, year: unknown): FormulaResult {
  return scrutinyFlags(store, council, year);
}

describe("flags", () => {
  it("follow the store's flag settings", () => {
    const strict = new FiguresStore({ dataset, flagSettings: { ...DEFAULT_FLAG_SETTINGS, aboveAverageMargin: 5, belowAverageMargin: 5 } });
    // 73% is 3 points above 70%, within a 5-point margin; 8% is 7 points below 15%.
    expect(scrutinyFlags(strict, "Harrow", "2019-20")).toEqual(ok("remedy-below-average"));
  });

  it("are empty text only for a year whose key figures were all there to judge", () => {
    // Every year answered with empty text held every key figure the flags are judged on.
    const judgedWithoutFlags = dataset.register.all().flatMap((authority) =>
      dataset.figuresFor(authority.gss).filter((figures) => {
        const result = scrutinyFlags(store, authority.gss, figures.year);
        return result.kind === "value" && result.value === "";
      }).map((figures) => ({ authority, figures: store.yearFigures(authority.gss, figures.year)! })),
    );
    for (const { authority, figures } of judgedWithoutFlags) {
      const where = `${authority.name} ${figures.year}`;
      expect(figures.upheld?.similarAverage, where).toBeDefined();
      expect(figures.compliance?.rate, where).toBeDefined();
      expect(figures.satisfactoryRemedy?.similarAverage, where).toBeDefined();
    }
  });

  it("say what could not be judged when compliance and remedy were not published (Kent 2024-25), never empty text", () => {
    expect(scrutinyFlags(store, "Kent", "2024-25")).toEqual(
      notAvailable(/^Not judged: the figures held for Kent County Council in 2024-25 give no compliance rate, satisfactory remedy rate.* so compliance-below-100, remedy-below-average.* could not be judged\. Flags from the figures held: none\.$/),
    );
  });
});

describe("the functions' table (what the CLI calls)", () => {
  it("lists the seven functions with their parameters, and finds them in any case", () => {
    expect(LGSCO_FUNCTIONS.map((fn) => `${fn.name}(${fn.parameters.join(", ")})`)).toEqual([
      "UPHELD(council, year)",
      "COMPLIANCE(council, year)",
      "REMEDY(council, year)",
      "PER100K(council, year)",
      "AVERAGE(council, year, measure)",
      "COUNT(council, year, measure)",
      "FLAGS(council, year)",
    ]);
    expect(lgscoFunction("upheld")?.evaluate(store, ["Harrow", "2019-20"])).toEqual(ok(0.73));
    expect(lgscoFunction("count")?.evaluate(store, ["Harrow", "2019-20", "upheld"])).toEqual(ok(24));
    expect(lgscoFunction("SUM")).toBeUndefined();
  });
});

describe("agreement with the key statistics sheet", () => {
  it("gives, for every council and year held, the number the OmbudsmanKeyStats row shows, or #N/A where the cell is empty", () => {
    const councils = dataset.register.all().filter((authority) => dataset.figuresFor(authority.gss).length > 0);
    const held: YearFigures[] = councils.flatMap((authority) => dataset.figuresFor(authority.gss));
    const plan = planForCouncils({ councils, held, similarAverages: (type, year) => dataset.similarAverages(type, year), register: dataset.register.all(), asOf: dataset.asOf });
    const table = plan.sheets.flatMap((sheet) => sheet.tables).find((candidate) => candidate.name === KEY_STATS_TABLE)!;
    const column = (row: unknown[], name: string): unknown => row[table.columns.findIndex((candidate) => candidate.name === name)];
    const byName = new Map(councils.map((authority) => [authority.name, authority]));
    const cellOf = (result: FormulaResult): unknown => (result.kind === "value" ? (result.value === "" ? null : result.value) : null);

    expect(table.rows.length).toBeGreaterThan(50);
    for (const row of table.rows) {
      const authority = byName.get(String(column(row, "Council")))!;
      const year = String(column(row, "Year"));
      const where = `${authority.name} ${year}`;
      const gss = authority.gss;
      expect(cellOf(upheldRate(store, gss, year)), where).toBe(column(row, "Upheld %"));
      expect(cellOf(complianceRate(store, gss, year)), where).toBe(column(row, "Compliance %"));
      expect(cellOf(remedyRate(store, gss, year)), where).toBe(column(row, "Satisfactory remedy %"));
      expect(cellOf(upheldPer100k(store, gss, year)), where).toBe(column(row, "Upheld per 100k"));
      expect(cellOf(publishedCount(store, gss, year, "investigations")), where).toBe(column(row, "Investigations"));
      expect(cellOf(publishedCount(store, gss, year, "upheld")), where).toBe(column(row, "Upheld"));
      expect(cellOf(publishedCount(store, gss, year, "compliance")), where).toBe(column(row, "Compliance outcomes"));
      expect(cellOf(publishedCount(store, gss, year, "remedy")), where).toBe(column(row, "Satisfactory remedies"));
      // Where some flags could not be judged, the message names the flags the row shows.
      const flags = scrutinyFlags(store, gss, year);
      if (flags.kind === "error") expect(flags.message, where).toContain(`Flags from the figures held: ${String(column(row, "Flags") ?? "none")}.`);
      else expect(cellOf(flags), where).toBe(column(row, "Flags"));
      const averages = [
        ["upheld", "Similar upheld %", "upheld"],
        ["per100k", "Similar per 100k", "upheldPer100k"],
        ["compliance", "Similar compliance %", "compliance"],
        ["remedy", "Similar remedy %", "satisfactoryRemedy"],
      ] as const;
      for (const [measure, name, group] of averages) {
        const cell = column(row, name);
        const formula = cellOf(similarAverage(store, gss, year, measure));
        // Where the row prints an average, the function gives that one; where it does not, the
        // year holds no figure of that measure (the function still gives the type's average, if held) or no average is held at all.
        if (cell !== null) expect(formula, `${where} ${measure}`).toBe(cell);
        else if (formula !== null) expect(store.yearFigures(gss, year)?.[group], `${where} ${measure}`).toBeUndefined();
      }
    }
  });
});
