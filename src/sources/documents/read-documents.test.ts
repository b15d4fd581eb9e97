import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Register } from "../../domain/register";
import type { Authority, YearFigures } from "../../domain/types";
import { loadRegister } from "../dataset/dataset";
import { documentProblems, readDocuments, withYearsRead, yearsRead } from "./read-documents";

// Real stored copies of LGSCO statistics pages (their first line says where from).
const page = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/pages/${name}`, import.meta.url)));
const SUTTON_2023 = "sutton-2023-24.real.txt";
const SUTTON_2024 = "sutton-2024-25.real.txt";
const BIRMINGHAM_2024 = "birmingham-2024-25.real.txt";

let register: Register;
let sutton: Authority;
beforeAll(async () => {
  register = await loadRegister();
  sutton = register.resolve("Sutton");
});

describe("readDocuments", () => {
  it("gives one row per document: its council, years and figures, each year citing the document", async () => {
    const rows = await readDocuments(
      [
        { name: SUTTON_2023, content: page(SUTTON_2023) },
        { name: SUTTON_2024, content: page(SUTTON_2024) },
      ],
      { register, council: sutton, retrieved: "2026-12-02T13:00:00.000Z" },
    );
    expect(rows.map((row) => [row.document, row.kind, row.council?.name, row.years.map((year) => year.year), row.problem])).toEqual([
      [SUTTON_2023, "statistics-page", "London Borough of Sutton", ["2023-24"], undefined],
      [SUTTON_2024, "statistics-page", "London Borough of Sutton", ["2024-25"], undefined],
    ]);
    expect(rows[0]!.years[0]).toMatchObject({
      gss: sutton.gss,
      upheld: { rate: 80, count: 16, of: 20, similarAverage: 85 },
      compliance: { rate: 100, of: 13 },
      source: { kind: "statistics-page", title: `LGSCO statistics page, ${SUTTON_2023}`, retrieved: "2026-12-02T13:00:00.000Z" },
    });
    expect(rows[1]!.years[0]).toMatchObject({ upheld: { rate: 59, count: 13, of: 22 }, source: { title: `LGSCO statistics page, ${SUTTON_2024}` } });
    expect(documentProblems(rows)).toEqual([]);
  });

  it("refuses a document for another council than the one chosen, by name", async () => {
    const rows = await readDocuments([{ name: BIRMINGHAM_2024, content: page(BIRMINGHAM_2024) }], { register, council: sutton });
    expect(rows[0]).toMatchObject({ council: { name: "Birmingham City Council" }, years: [], problem: `${BIRMINGHAM_2024} is for Birmingham City Council, not London Borough of Sutton.` });
  });

  it("takes any council's document when none is chosen", async () => {
    const rows = await readDocuments([{ name: BIRMINGHAM_2024, content: page(BIRMINGHAM_2024) }], { register });
    expect(rows[0]?.problem).toBeUndefined();
    expect(rows[0]?.years[0]?.year).toBe("2024-25");
  });

  it("names a document it cannot read, and pasted text", async () => {
    const rows = await readDocuments(
      [
        { name: "scan.pdf", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
        { name: "pasted text", content: "Minutes of the meeting" },
      ],
      { register, council: sutton },
    );
    expect(rows[0]?.problem).toMatch(/^scan.pdf could not be read: .*binary/);
    expect(rows[1]?.problem).toMatch(/^pasted text could not be read: /);
  });

  it("refuses a second document giving the same year differently", async () => {
    const altered = new TextDecoder().decode(page(SUTTON_2023)).replace("13 compliance outcomes", "12 compliance outcomes");
    const rows = await readDocuments(
      [
        { name: SUTTON_2023, content: page(SUTTON_2023) },
        { name: "copy.txt", content: altered },
      ],
      { register, council: sutton },
    );
    expect(rows[1]?.problem).toBe(`copy.txt gives London Borough of Sutton 2023-24 differently from ${SUTTON_2023}: use one of them.`);
    expect(yearsRead(rows)).toHaveLength(1);
  });
});

describe("withYearsRead", () => {
  it("puts each year read over the one held for that council, leaving the rest", () => {
    const held: YearFigures[] = [
      { authority: "A", year: "2023-24", gss: "X", upheld: { rate: 50 }, source: { kind: "dataset" } },
      { authority: "A", year: "2022-23", gss: "X", upheld: { rate: 40 }, source: { kind: "dataset" } },
      { authority: "B", year: "2023-24", gss: "Y", upheld: { rate: 60 }, source: { kind: "dataset" } },
    ];
    const read: YearFigures[] = [{ authority: "A", year: "2023-24", gss: "X", upheld: { rate: 80 }, source: { kind: "statistics-page", title: "page" } }];
    const merged = withYearsRead(held, read);
    expect(merged.filter((year) => year.gss === "X").map((year) => [year.year, year.upheld?.rate, year.source.kind])).toEqual([
      ["2022-23", 40, "dataset"],
      ["2023-24", 80, "statistics-page"],
    ]);
    expect(merged.find((year) => year.gss === "Y")?.upheld?.rate).toBe(60);
  });
});
