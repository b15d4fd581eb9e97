import { describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import type { Authority } from "../../domain/types";
import { CliInputError } from "../cli-error";
import councils, { describeYearsHeld, formatCouncilList, parseAuthorityType, parseCouncilsOptions } from "./councils";

async function run(...args: string[]): Promise<string> {
  return (await runCommand(councils, args)).stdout;
}

describe("cli councils", () => {
  it("prints every council in lines no wider than 100 columns, with the years held, and explains (guessed)", async () => {
    const out = await run();
    const lines = out.trimEnd().split("\n");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(out).toContain(
      "E09000015 London Borough of Harrow (Harrow)\n    London Borough; figures held 2019-20; LGSCO page london-borough-of-harrow (guessed); current\n",
    );
    expect(out).toContain("E06000029 Poole Borough Council (Poole)\n    Unitary Council; no figures held; LGSCO page poole-borough-council; to 2019-03-31\n");
    expect(out.match(/^E\d{8} /gm)).toHaveLength(365);
    expect(out).toMatch(/\n365 councils; \d+ with figures held \(dataset as of \d{4}-\d{2}-\d{2}\)\.\n/);
    expect(out).toContain("(guessed): the council's LGSCO page name has not been checked");
  });

  it("--held lists only councils with figures held, and the count says so", async () => {
    const out = await run("--held");
    const councilsListed = out.match(/^E\d{8} /gm) ?? [];
    const held = /\n(\d+) councils; (\d+) with figures held/.exec(out)!;
    expect(Number(held[1])).toBe(councilsListed.length);
    expect(held[2]).toBe(held[1]);
    expect(out).not.toContain("no figures held");
    expect(out).toContain("London Borough of Harrow");
  });

  it("filters by type, as the analyst writes it", async () => {
    const out = await run("--type", "london borough");
    expect(out).toMatch(/\n33 councils of type London Borough; \d+ with figures held/);
    expect(out).not.toContain("Kent County Council");
    expect(await run("--type=County-Councils")).toContain("Kent County Council");
  });

  it("prints JSON on request", async () => {
    const parsed = JSON.parse(await run("--json", "--type", "Metropolitan Borough")) as Authority[];
    expect(parsed).toHaveLength(36);
    expect(parsed.every((authority) => authority.type === "Metropolitan Borough")).toBe(true);
    expect(parsed.find((authority) => authority.gss === "E08000019")).toMatchObject({
      name: "Sheffield City Council",
      otherCodes: ["E08000039"],
    });
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
    expect(parseCouncilsOptions([])).toEqual({ json: false, held: false });
    expect(parseCouncilsOptions(["--held"])).toEqual({
      json: false,
      held: true,
    });
  });

  it("reads the five types in any case, with dashes or a plural", () => {
    expect(parseAuthorityType("UNITARY COUNCIL")).toBe("Unitary Council");
    expect(parseAuthorityType("district_councils")).toBe("District Council");
    expect(() => parseAuthorityType("Unitary")).toThrow(CliInputError);
  });

  it("says runs of consecutive years as one span, and wraps a long line under its council", () => {
    expect(describeYearsHeld(["2024-25", "2017-18", "2018-19", "2019-20", "2022-23", "2023-24"])).toBe("2017-18 to 2019-20, 2022-23 to 2024-25");
    expect(describeYearsHeld(["2019-20"])).toBe("2019-20");
    const authority: Authority = {
      gss: "E1",
      name: "A Very Long Named Borough Council of Somewhere",
      shortName: "A Very Long Named Borough Council of Somewhere",
      type: "County Council",
      slug: "a-very-long-named-borough-council-of-somewhere-else",
      slugConfirmed: false,
      alternativeSlugs: [],
      predecessors: [],
      successors: [],
      validFrom: "2019-04-01",
      validTo: "2023-03-31",
    };
    const text = formatCouncilList([authority], () => ["2015-16", "2017-18", "2018-19", "2020-21", "2022-23", "2023-24"]);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("E1 A Very Long Named Borough Council of Somewhere");
    expect(lines.slice(1).every((line) => line.startsWith("    ") && line.length <= 100)).toBe(true);
    expect(lines.slice(1).join(" ").replace(/\s+/g, " ").trim()).toBe(
      "County Council; figures held 2015-16, 2017-18 to 2018-19, 2020-21, 2022-23 to 2023-24; LGSCO page a-very-long-named-borough-council-of-somewhere-else (guessed); from 2019-04-01, to 2023-03-31",
    );
  });
});
