// `cli councils [--type TYPE] [--held] [--json]`: the register of councils with the years of figures
// held for each, as a list no wider than a terminal's 100 columns, or JSON.
import { existenceSpan } from "../../domain/register";
import { AUTHORITY_TYPES, type Authority, type AuthorityType } from "../../domain/types";
import { compareYears, nextYear } from "../../domain/years";
import { loadDataset } from "../../sources/dataset/dataset";
import { CliInputError } from "../cli-error";
import type { Command } from "../command";
import { HELP_WIDTH, wrapText } from "../help-text";

export const COUNCILS_USAGE = "npm run -s cli -- councils [--type TYPE] [--held] [--json]";

export interface CouncilsOptions {
  type?: AuthorityType;
  json: boolean;
  /** Only councils with figures held. */
  held: boolean;
}

/** Reads a type the way an analyst may write it: any case, "-" or "_" for spaces, a plural "s". */
export function parseAuthorityType(text: string): AuthorityType {
  const wanted = text.trim().toLowerCase().replace(/[-_\s]+/g, " ");
  const type = AUTHORITY_TYPES.find((candidate) => {
    const name = candidate.toLowerCase();
    return wanted === name || wanted === `${name}s`;
  });
  if (!type) throw new CliInputError(`--type: "${text}" is not an authority type. The types are: ${AUTHORITY_TYPES.join(", ")}.`);
  return type;
}

export function parseCouncilsOptions(args: readonly string[]): CouncilsOptions {
  const options: CouncilsOptions = { json: false, held: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inlineValue] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (name === "--type") {
      const value = inlineValue ?? args[++i];
      if (value === undefined || value === "") throw new CliInputError(`--type needs a value: one of ${AUTHORITY_TYPES.join(", ")}.`);
      options.type = parseAuthorityType(value);
    } else if (name === "--json" && inlineValue === undefined) options.json = true;
    else if (name === "--held" && inlineValue === undefined) options.held = true;
    else throw new CliInputError(`Unexpected argument "${arg}". Usage: ${COUNCILS_USAGE}`);
  }
  return options;
}

/** "2017-18 to 2019-20, 2022-23": runs of consecutive years joined, oldest first. */
export function describeYearsHeld(years: readonly string[]): string {
  const sorted = [...new Set(years)].sort(compareYears);
  const runs: string[][] = [];
  for (const year of sorted) {
    const run = runs.at(-1);
    if (run && nextYear(run.at(-1)!) === year) run.push(year);
    else runs.push([year]);
  }
  return runs.map((run) => (run.length === 1 ? run[0]! : `${run[0]} to ${run.at(-1)}`)).join(", ");
}

/**
 * Two or more lines per council, none wider than 100 columns: its code, name and short name,
 * then its type, the years of figures held, its LGSCO page name and when it existed.
 */
export function formatCouncilList(authorities: readonly Authority[], yearsHeld: (authority: Authority) => readonly string[]): string {
  const blocks = authorities.map((authority) => {
    const years = yearsHeld(authority);
    const details = [
      authority.type,
      years.length === 0 ? "no figures held" : `figures held ${describeYearsHeld(years)}`,
      `LGSCO page ${authority.slug}${authority.slugConfirmed ? "" : " (guessed)"}`,
      existenceSpan(authority) || "current",
    ].join("; ");
    const short = authority.shortName === authority.name ? "" : ` (${authority.shortName})`;
    return [...wrapText(`${authority.gss}  ${authority.name}${short}`, HELP_WIDTH, "    "), ...wrapText(details, HELP_WIDTH - 4, "    ").map((line, index) => (index === 0 ? `    ${line}` : line))];
  });
  return blocks.map((lines) => `${lines.join("\n")}\n`).join("");
}

export const GUESSED_PAGE_NOTE =
  "(guessed): the council's LGSCO page name has not been checked against LGSCO's site. fetch --live tries it and the other likely names in turn; if none answers, give the name with --lgsco-page.";

const councils: Command = {
  summary: "List the councils LGSCO reports on: type, the years of figures held for each, LGSCO page name, and when each existed.",
  usage: COUNCILS_USAGE,
  options: [
    { name: "--type TYPE", text: `Only councils of this type: ${AUTHORITY_TYPES.join(", ")} (any case, plural or not).` },
    { name: "--held", text: "Only councils with figures held in the dataset built into the add-in." },
    { name: "--json", text: "Print the councils as JSON (the register's own fields) instead of the list." },
  ],
  notes: [
    "Figures held are the years of LGSCO's published statistics in the dataset built into the add-in; fetch --live can add the year on LGSCO's page, and a council without figures held can still be read that way.",
    GUESSED_PAGE_NOTE,
  ],
  async run(io) {
    const options = parseCouncilsOptions(io.args);
    const dataset = await loadDataset();
    const yearsHeld = (authority: Authority): string[] => dataset.figuresFor(authority.gss).map((figures) => figures.year);
    const ofType = options.type ? dataset.register.ofType(options.type) : [...dataset.register.all()];
    const authorities = options.held ? ofType.filter((authority) => yearsHeld(authority).length > 0) : ofType;
    if (options.json) {
      io.stdout(`${JSON.stringify(authorities, null, 2)}\n`);
      return;
    }
    io.stdout(formatCouncilList(authorities, yearsHeld));
    const withFigures = authorities.filter((authority) => yearsHeld(authority).length > 0).length;
    const what = `${authorities.length} ${authorities.length === 1 ? "council" : "councils"}${options.type ? ` of type ${options.type}` : ""}`;
    io.stdout(`\n${what}; ${withFigures} with figures held (dataset as of ${dataset.asOf}).\n`);
    if (authorities.some((authority) => !authority.slugConfirmed)) io.stdout(`${wrapText(GUESSED_PAGE_NOTE, HELP_WIDTH).join("\n")}\n`);
  },
};

export default councils;
