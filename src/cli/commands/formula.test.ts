import { describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import { CliInputError } from "../cli-error";
import formula, { parseFormulaOptions } from "./formula";

async function run(...args: string[]): Promise<string> {
  return (await runCommand(formula, args)).stdout;
}

describe("cli formula", () => {
  it("prints the value of a formula, evaluated by the functions' own logic", async () => {
    expect(await run('=LGSCO.UPHELD("Harrow","2019-20")')).toBe("0.73\n");
    expect(await run("=LGSCO.COUNT(\"Harrow\",2020,\"upheld\")")).toBe("24\n");
    expect(await run('=LGSCO.FLAGS("Harrow","2019-20")')).toBe("upheld-above-average; remedy-below-average\n");
  });

  it("gives LGSCO's figure for a council in the year after its abolition (Cumbria County Council 2023-24)", async () => {
    expect(await run('=LGSCO.UPHELD("Cumbria County Council","2023-24")')).toBe("0.91\n");
  });

  it("prints an Excel error with its reason, as the cell would show it", async () => {
    expect(await run('=LGSCO.PER100K("Harrow","2019-20")')).toBe(
      "#N/A: Not published: LGSCO gives upheld decisions per 100,000 residents from 2022-23 on, not for 2019-20.\n",
    );
    expect(await run('=LGSCO.UPHELD("Nowhere","2019-20")')).toBe('#VALUE!: No council in the register matches "Nowhere".\n');
  });

  it("prints JSON on request", async () => {
    expect(JSON.parse(await run('=LGSCO.UPHELD("Harrow","2019-20")', "--json"))).toEqual({ formula: '=LGSCO.UPHELD("Harrow","2019-20")', value: 0.73 });
    expect(JSON.parse(await run("--json", '=LGSCO.UPHELD("Harrow","2014-15")'))).toEqual({
      formula: '=LGSCO.UPHELD("Harrow","2014-15")',
      error: "#N/A",
      message: "Not held: the add-in holds no LGSCO figures for London Borough of Harrow in 2014-15 (years held: 2019-20).",
    });
  });

  it("refuses what it cannot read as unusable input (exit 2), saying why", () => {
    expect(() => parseFormulaOptions([])).toThrow(new CliInputError(`No formula was given. Usage: npm run -s cli -- formula '=LGSCO.UPHELD("Harrow","2019-20")' [--json]`));
    expect(() => parseFormulaOptions(["=LGSCO.UPHELD(\"Harrow\",", "2020)"])).toThrow(/^Give the formula as one argument, in single quotes/);
    expect(() => parseFormulaOptions(["--live", "=LGSCO.UPHELD(\"Harrow\",2020)"])).toThrow(/^Unexpected option "--live"/);
    expect(() => parseFormulaOptions(["=SUM(A1:A3)"])).toThrow(CliInputError);
    expect(() => parseFormulaOptions(['=LGSCO.UPHELD("Harrow")'])).toThrow("LGSCO.UPHELD takes 2 arguments (council, year); 1 was given.");
  });
});
