import { describe, expect, it } from "vitest";
import { runCli } from "../../test/support/cli";
import type { Command } from "./command";
import councils from "./commands/councils";
import dataFile from "./commands/data-file";
import fetchCommand from "./commands/fetch";
import { parseFetchOptions } from "./commands/fetch-options";
import formula from "./commands/formula";
import pack from "./commands/pack";
import parse from "./commands/parse";
import { formatCommandHelp, formatCommandList, HELP_WIDTH, wrapText } from "./help-text";

const COMMANDS: Record<string, Command> = { councils, parse, fetch: fetchCommand, formula, "data-file": dataFile, pack };

/** The options a usage line offers: every `--name` in it. */
const usageOptions = (usage: string): string[] => [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])];

describe("CLI help", () => {
  it("wraps at spaces within the width, indenting the lines after the first", () => {
    expect(wrapText("one two three four", 9, "  ")).toEqual(["one two", "  three", "  four"]);
    expect(wrapText("", 10)).toEqual([""]);
  });

  for (const [name, command] of Object.entries(COMMANDS)) {
    it(`${name} --help explains every option its usage offers, in lines of at most ${HELP_WIDTH} columns`, () => {
      const explained = (command.options ?? []).map((option) => option.name.split(/[\s=]/)[0]!);
      for (const option of usageOptions(command.usage)) expect(explained, `${name} --help explains ${option}`).toContain(option);
      for (const option of command.options ?? []) expect(option.text.length, `${name} ${option.name} says what it does`).toBeGreaterThan(30);
      const text = formatCommandHelp(command);
      expect(Math.max(...text.split("\n").map((line) => line.length))).toBeLessThanOrEqual(HELP_WIDTH);
      expect(text.startsWith(command.summary.slice(0, 40))).toBe(true);
    });
  }

  it("fetch --help explains only options fetch accepts, and says what --live reads, the default years and what --out does to a file that exists", () => {
    const options = fetchCommand.options ?? [];
    for (const option of options.filter((candidate) => candidate.name.startsWith("--"))) {
      const flag = option.name.split(" ")[0]!;
      const args = ["Harrow", "--out", "F.xlsx", "--live", "--records", "R.xlsx", flag, ...(option.name.includes(" ") ? ["2019-20"] : [])];
      // A value of the wrong kind may be refused; an option the parser does not know is the failure here.
      expect(() => parseFetchOptions(args), flag).not.toThrow(/Unknown option/);
    }
    const text = (name: string) => options.find((option) => option.name.startsWith(name))!.text;
    expect(text("--live")).toContain("https://www.lgo.org.uk/your-councils-performance/NAME/statistics");
    expect(text("--years")).toContain("Default: every year held");
    expect(text("--out")).toMatch(/existing file/i);
    expect(text("--out")).toMatch(/refused with exit 2, naming what would be lost, and left exactly as it was/);
  });

  it("lists every command with its one-line summary", () => {
    const text = formatCommandList(Object.entries(COMMANDS).map(([name, command]) => ({ name, summary: command.summary })));
    for (const [name, command] of Object.entries(COMMANDS)) {
      const line = text.split("\n").find((candidate) => candidate.startsWith(`  ${name} `))!;
      expect(line, name).toBeDefined();
      expect(line.replace(/\s+/g, " ")).toContain(command.summary.split(" ").slice(0, 4).join(" "));
    }
    expect(Math.max(...text.split("\n").map((line) => line.length))).toBeLessThanOrEqual(HELP_WIDTH);
  });

  // Two child processes, each loading the CLI (`--help` loads every command): slow on a busy machine.
  it("`cli --help` and `cli fetch --help` print them, exit 0", { timeout: 120_000 }, () => {
    const all = runCli(["--help"]);
    expect(all.status).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(all.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    const fetch = runCli(["fetch", "--help"]);
    expect(fetch.status).toBe(0);
    expect(fetch.stdout).toBe(formatCommandHelp(fetchCommand));
  });
});
