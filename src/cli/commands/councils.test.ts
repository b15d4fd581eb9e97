import { describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import type { Authority } from "../../domain/types";
import { CliInputError } from "../cli-error";
import councils, { formatCouncilTable, parseAuthorityType, parseCouncilsOptions } from "./councils";

async function run(...args: string[]): Promise<string> {
  return (await runCommand(councils, args)).stdout;
}

describe("cli councils", () => {
  it("prints the whole register as a table with a count", async () => {
    const out = await run();
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^GSS code\s+Council\s+Short name\s+Type\s+LGSCO slug\s+Existed$/);
    expect(lines).toHaveLength(2 + 365 + 1);
    expect(out).toMatch(/E09000015\s+London Borough of Harrow\s+Harrow\s+London Borough\s+london-borough-of-harrow \(guessed\)\s+current/);
    expect(out).toMatch(/E06000029\s+Poole Borough Council\s+Poole\s+Unitary Council\s+poole-borough-council\s+to 2019-03-31/);
    expect(lines.at(-1)).toBe("365 councils.");
  });

  it("filters by type, as the analyst writes it", async () => {
    const out = await run("--type", "london borough");
    expect(out.trimEnd().split("\n").at(-1)).toBe("33 councils of type London Borough.");
    expect(out).not.toContain("Kent County Council");
    expect(await run("--type=County-Councils")).toContain("Kent County Council");
  });

  it("prints JSON on request", async () => {
    const parsed = JSON.parse(await run("--json", "--type", "Metropolitan Borough")) as Authority[];
    expect(parsed).toHaveLength(36);
    expect(parsed.every((authority) => authority.type === "Metropolitan Borough")).toBe(true);
    expect(parsed.find((authority) => authority.gss === "E08000019")).toMatchObject({ name: "Sheffield City Council", otherCodes: ["E08000039"] });
  });

  it("refuses an unknown type, naming the five types", async () => {
    await expect(run("--type", "Parish")).rejects.toThrow(CliInputError);
    await expect(run("--type", "Parish")).rejects.toThrow(
      '--type: "Parish" is not an authority type. The types are: County Council, District Council, Metropolitan Borough, Unitary Council, London Borough.',
    );
  });

  it("refuses a missing type and unknown arguments", () => {
    expect(() => parseCouncilsOptions(["--type"])).toThrow(/--type needs a value/);
    expect(() => parseCouncilsOptions(["--verbose"])).toThrow(/Unexpected argument "--verbose"/);
    expect(() => parseCouncilsOptions(["Kent"])).toThrow(CliInputError);
    expect(parseCouncilsOptions([])).toEqual({ json: false });
  });

  it("reads the five types in any case, with dashes or a plural", () => {
    expect(parseAuthorityType("UNITARY COUNCIL")).toBe("Unitary Council");
    expect(parseAuthorityType("district_councils")).toBe("District Council");
    expect(() => parseAuthorityType("Unitary")).toThrow(CliInputError);
  });

  it("lines up columns", () => {
    const table = formatCouncilTable([
      { gss: "E1", name: "A", shortName: "A", type: "County Council", slug: "a", slugConfirmed: true, alternativeSlugs: [], predecessors: [], successors: [], validFrom: "2019-04-01" },
    ]);
    expect(table.split("\n")[2]).toBe("E1        A        A           County Council  a           from 2019-04-01");
  });
});
