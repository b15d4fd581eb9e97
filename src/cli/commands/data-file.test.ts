import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import type { YearFigures } from "../../domain/types";
import { CliInputError } from "../cli-error";
import dataFile from "./data-file";

// The data files are composed by us from published figures (test/fixtures/data-files/README
// and their first rows say so): LGSCO's real layout has not been seen.
const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/data-files/${name}`, import.meta.url));

async function run(...args: string[]): Promise<{ out: string; err: string }> {
  const { stdout, stderr } = await runCommand(dataFile, args);
  return { out: stdout, err: stderr };
}

describe("cli data-file", () => {
  it("prints every council's figures as a JSON array and says on stderr what it did not use", async () => {
    const { out, err } = await run(fixture("composed-decisions-2019-20.csv"));
    const figures = JSON.parse(out) as YearFigures[];
    const harrow = figures.find((f) => f.gss === "E09000015");
    expect(harrow).toMatchObject({
      year: "2019-20",
      upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 },
      satisfactoryRemedy: { rate: 8, count: 2, of: 24 },
      source: { kind: "data-file" },
    });
    expect(err).toMatch(/Row \d+ not used: a total or average row/);
    expect(err).toMatch(/Column A "Council name" read as Council/);
  });

  it("reads an XLSX file the same way", async () => {
    const { out } = await run(fixture("composed-key-statistics-2023-24.xlsx"));
    const figures = JSON.parse(out) as YearFigures[];
    expect(figures.length).toBeGreaterThan(0);
    expect(new Set(figures.map((f) => f.year))).toEqual(new Set(["2023-24"]));
    expect(figures.every((f) => f.source.kind === "data-file" && typeof f.gss === "string")).toBe(true);
  });

  it("reads several data tables (preamble, two-row header, UTF-16), merging each council's year and reporting a contradictory row", async () => {
    const { out, err } = await run(fixture("decisions-two-row-header-2023-24.composed.csv"), fixture("remedy-and-compliance-2023-24.unicode-text.composed.txt"));
    const figures = JSON.parse(out) as YearFigures[];
    expect(figures.find((f) => f.gss === "E09000029")).toMatchObject({ upheld: { rate: 80, count: 16, of: 20 }, compliance: { rate: 100, of: 13 } });
    expect(err).toContain("London Borough of Sutton 2023-24: Upheld 16 of 20 (80%)");
    expect(err).toMatch(/Row 8 not used: London Borough of Harrow's figures disagree with each other \(The upheld rate is published as 80% but 10 of 20 is 50%\)/);
    expect(err).toMatch(/header on rows 5-6, joined top-down/);
    expect(figures.find((f) => f.gss === "E09000015")).toBeUndefined();
  });

  it("refuses what it cannot use with one plain line", async () => {
    await expect(run()).rejects.toThrow(/Give one or more data files/);
    await expect(run(fixture("composed-decisions-2019-20.csv"), "--year", "last year")).rejects.toThrow(/--year needs a statistical year/);
    await expect(run(join(tmpdir(), "no-such-file.csv"))).rejects.toThrow(/there is no such file/);
    const dir = mkdtempSync(join(tmpdir(), "data-file-cli-"));
    const notes = join(dir, "notes.csv");
    writeFileSync(notes, "Minutes,of the committee\nItem 4,complaints\n");
    await expect(run(notes)).rejects.toThrow(CliInputError);
    await expect(run(notes)).rejects.toThrow(/No council figures found in/);
  });
});
