import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, runCommand } from "../../../test/support/cli";
import { HARROW_2019_20_FIGURES } from "../../../test/fixtures/letters/harrow-2019-20.expected";
import { composeLetterPdf } from "../../../test/fixtures/letters/letter-pdf";
import { CliInputError } from "../cli-error";
import parse from "./parse";

const fixture = (path: string) => fileURLToPath(new URL(`../../../test/fixtures/${path}`, import.meta.url));

async function run(...args: string[]): Promise<string> {
  return (await runCommand(parse, args)).stdout;
}

describe("cli parse", () => {
  it("prints one YearFigures object for the real Harrow letter", async () => {
    const printed = JSON.parse(await run(fixture("letters/harrow-2019-20.txt")));
    expect(printed).toMatchObject({ ...HARROW_2019_20_FIGURES, source: { kind: "annual-letter" } });
  });

  it("prints the same figures for a PDF of the letter (composed by us)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parse-cli-"));
    const pdf = join(dir, "harrow.pdf");
    writeFileSync(pdf, await composeLetterPdf(readFileSync(fixture("letters/harrow-2019-20.txt"), "utf8")));
    expect(JSON.parse(await run(pdf))).toMatchObject(HARROW_2019_20_FIGURES);
  });

  it("prints a statistics page (HTML)", async () => {
    expect(JSON.parse(await run(fixture("pages/leeds-2023-24.composed.html")))).toMatchObject({ authority: "Leeds City Council", year: "2023-24", source: { kind: "statistics-page" } });
  });

  it("prints an array only for a document holding several years", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parse-cli-"));
    const file = join(dir, "two-years.txt");
    writeFileSync(file, `${readFileSync(fixture("pages/croydon-2022-23.composed.txt"), "utf8")}\n${readFileSync(fixture("pages/croydon-2024-25.composed.txt"), "utf8")}`);
    const printed = JSON.parse(await run(file));
    expect(Array.isArray(printed)).toBe(true);
    expect(printed.map((y: { year: string }) => y.year)).toEqual(["2022-23", "2024-25"]);
  });

  it("refuses unusable input with a CliInputError naming what was wrong", async () => {
    await expect(run()).rejects.toThrow(CliInputError);
    await expect(run("a", "b")).rejects.toThrow(/exactly one file/);
    await expect(run("--url", "x")).rejects.toThrow(/Unknown option --url/);
    await expect(run(join(tmpdir(), "no-such-letter.txt"))).rejects.toThrow(/no such file/);
    const dir = mkdtempSync(join(tmpdir(), "parse-cli-"));
    const file = join(dir, "minutes.txt");
    writeFileSync(file, "Minutes of the audit committee. Item 4: complaints.");
    await expect(run(file)).rejects.toThrow(/minutes\.txt: unknown layout/);
  });

  it("exits 2 with one line on stderr when run as the CLI", () => {
    const dir = mkdtempSync(join(tmpdir(), "parse-cli-"));
    const file = join(dir, "cut.txt");
    writeFileSync(file, "73% of complaints we investigated were upheld.\nThis compares to an average of 70% in similar authorities.");
    const result = runCli(["parse", file]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/no statistics period sentence found/);
  });
});
