// Sheet plans composed for renderer tests: the shape of the workbook contract (docs/design.md §5) with
// figures we made up. Composed, not published: no number here comes from LGSCO.
import type { CellValue, FlagHighlight, PlanColumn, PlanSheet, PlanTable, SheetPlan } from "../../src/workbook/plan/plan";

export interface ComposedYear {
  year: string;
  investigations?: number;
  upheld?: number;
  /** Published percentages (73 = 73%). */
  upheldRate?: number;
  similarUpheldRate?: number;
  complianceRate?: number;
  remedyRate?: number;
  flags?: { id: string; severity: "scrutinise" | "watch" | "info"; message: string }[];
  sources?: string;
}

export interface ComposedCouncil {
  gss: string;
  name: string;
  years: ComposedYear[];
}

export const KEY_STATS_COLUMN_NAMES = [
  "Council",
  "Year",
  "Investigations",
  "Upheld",
  "Upheld %",
  "Similar upheld %",
  "Upheld per 100k",
  "Similar per 100k",
  "Compliance outcomes",
  "Compliance %",
  "Similar compliance %",
  "Satisfactory remedies",
  "Satisfactory remedy %",
  "Similar remedy %",
  "Flags",
  "Sources",
] as const;

const KEY_STATS_FORMATS = ["@", "@", "0", "0", "0%", "0%", "0.0", "0.0", "0", "0%", "0%", "0", "0%", "0%", "@", "@"];

const HIGHLIGHTS: FlagHighlight[] = [
  { column: "Compliance %", flagsColumn: "Flags", flagId: "compliance-below-100", severity: "scrutinise" },
  { column: "Upheld %", flagsColumn: "Flags", flagId: "upheld-above-average", severity: "watch" },
  { column: "Satisfactory remedy %", flagsColumn: "Flags", flagId: "remedy-below-average", severity: "watch" },
];

const fraction = (rate: number | undefined): CellValue => (rate === undefined ? null : rate / 100);
const orNull = (value: number | undefined): CellValue => value ?? null;

function table(name: string, columns: string[], rows: CellValue[][], formats: string[], highlights: FlagHighlight[] = [], widths?: number[]): PlanTable {
  return {
    name,
    columns: columns.map((column, i): PlanColumn => (widths?.[i] === undefined ? { name: column } : { name: column, width: widths[i] })),
    rows,
    numberFormats: rows.map(() => [...formats]),
    highlights,
  };
}

export interface ComposeOptions {
  asOf?: string;
  /** Extra header lines (to move tables down). */
  extraHeaderLines?: number;
  /** GSS code of the council charted; the first council by default; null for no chart. */
  chartCouncil?: string | null;
}

export function composePlan(councils: readonly ComposedCouncil[], options: ComposeOptions = {}): SheetPlan {
  const asOf = options.asOf ?? "2025-06-30";
  const ordered = [...councils].sort((a, b) => a.name.localeCompare(b.name));
  const header = (title: string): CellValue[][] => [
    [title],
    ["Councils", ordered.map((c) => c.name).join("; ")],
    ["Sources", "Composed test figures, not LGSCO's"],
    ["As of", asOf],
    ["Note", "Composed for tests."],
    ...Array.from({ length: options.extraHeaderLines ?? 0 }, (_, i): CellValue[] => ["Extra", `Line ${i + 1}`]),
  ];

  const keyRows: CellValue[][] = [];
  const chartGss = options.chartCouncil === undefined ? councils[0]?.gss : options.chartCouncil;
  let chartFirst = -1;
  let chartLast = -1;
  for (const council of ordered) {
    for (const y of council.years) {
      if (council.gss === chartGss) {
        if (chartFirst < 0) chartFirst = keyRows.length;
        chartLast = keyRows.length;
      }
      keyRows.push([
        council.name,
        y.year,
        orNull(y.investigations),
        orNull(y.upheld),
        fraction(y.upheldRate),
        fraction(y.similarUpheldRate),
        null,
        null,
        null,
        fraction(y.complianceRate),
        null,
        null,
        fraction(y.remedyRate),
        null,
        (y.flags ?? []).map((f) => f.id).join("; ") || null,
        y.sources ?? "Composed test figures",
      ]);
    }
  }
  const flagRows: CellValue[][] = ordered.flatMap((council) =>
    council.years.flatMap((y) => (y.flags ?? []).map((f): CellValue[] => [council.name, y.year, f.severity, f.id, f.message, "composed"])),
  );
  const peerRows: CellValue[][] = ordered.flatMap((council) => council.years.map((y): CellValue[] => [council.name, y.year, fraction(y.upheldRate), null, fraction(y.complianceRate), fraction(y.remedyRate), 1, 1]));
  const caseloadRows: CellValue[][] = ordered.flatMap((council) =>
    council.years.flatMap((y): CellValue[][] => (y.investigations === undefined ? [] : [[council.name, y.year, "Investigated", y.investigations, "composed"]])),
  );

  const keyStats: PlanSheet = {
    key: "keyStats",
    name: "Ombudsman",
    header: header("Ombudsman Scrutiny: LGSCO key statistics"),
    tables: [table("OmbudsmanKeyStats", [...KEY_STATS_COLUMN_NAMES], keyRows, KEY_STATS_FORMATS, HIGHLIGHTS, [34, 9, 14, 8, 9, 16, 15, 16, 19, 13, 20, 20, 21, 16, 40, 60])],
    charts:
      chartFirst < 0
        ? []
        : [{ title: "Complaints upheld", table: "OmbudsmanKeyStats", categoryColumn: "Year", seriesColumns: ["Upheld %", "Similar upheld %"], firstRow: chartFirst, lastRow: chartLast }],
  };
  return {
    sheets: [
      keyStats,
      {
        key: "flags",
        name: "Ombudsman flags",
        header: header("Ombudsman Scrutiny: flags"),
        tables: [table("OmbudsmanFlags", ["Council", "Year", "Severity", "Flag", "Detail", "Evidence"], flagRows, ["@", "@", "@", "@", "@", "@"])],
        charts: [],
      },
      {
        key: "peers",
        name: "Ombudsman peers",
        header: header("Ombudsman Scrutiny: peers"),
        tables: [
          table(
            "OmbudsmanPeers",
            ["Council", "Year", "Upheld %", "Upheld per 100k", "Compliance %", "Satisfactory remedy %", "Rank", "Of"],
            peerRows,
            ["@", "@", "0%", "0.0", "0%", "0%", "0", "0"],
          ),
        ],
        charts: [],
      },
      {
        key: "caseload",
        name: "Ombudsman caseload",
        header: header("Ombudsman Scrutiny: caseload"),
        tables: [table("OmbudsmanCaseload", ["Council", "Year", "Measure", "Value", "Source"], caseloadRows, ["@", "@", "@", "0", "@"])],
        charts: [],
      },
    ],
    activate: "keyStats",
    councils: councils.map((c) => c.gss),
    asOf,
  };
}

/** A council with `years` composed years from 2018-19 on. */
export function composedCouncil(gss: string, name: string, years = 1, firstYear = 2019): ComposedCouncil {
  return {
    gss,
    name,
    years: Array.from({ length: years }, (_, i) => {
      const start = firstYear + i - 1;
      return {
        year: `${start}-${String((start + 1) % 100).padStart(2, "0")}`,
        investigations: 30 + i,
        upheld: 20 + i,
        upheldRate: 66 + i,
        similarUpheldRate: 60,
        complianceRate: i % 2 === 0 ? 100 : 95,
        remedyRate: 10,
        flags: [
          ...(i % 2 === 0 ? [] : [{ id: "compliance-below-100", severity: "scrutinise" as const, message: "Compliance below 100%." }]),
          { id: "upheld-above-average", severity: "watch" as const, message: "Upheld above the average." },
        ],
      };
    }),
  };
}
