// `cli councils [--type TYPE] [--json]`: the register of councils, as a readable table or JSON.
import { existenceSpan } from "../../domain/register";
import { AUTHORITY_TYPES, type Authority, type AuthorityType } from "../../domain/types";
import { loadRegister } from "../../sources/dataset/dataset";
import { CliInputError } from "../cli-error";
import type { Command } from "../command";

export const COUNCILS_USAGE = "npm run -s cli -- councils [--type TYPE] [--json]";

export interface CouncilsOptions {
  type?: AuthorityType;
  json: boolean;
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
  const options: CouncilsOptions = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inlineValue] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (name === "--type") {
      const value = inlineValue ?? args[++i];
      if (value === undefined || value === "") throw new CliInputError(`--type needs a value: one of ${AUTHORITY_TYPES.join(", ")}.`);
      options.type = parseAuthorityType(value);
    } else if (name === "--json" && inlineValue === undefined) options.json = true;
    else throw new CliInputError(`Unexpected argument "${arg}". Usage: ${COUNCILS_USAGE}`);
  }
  return options;
}

/** One line per council under a header, columns padded to line up. */
export function formatCouncilTable(authorities: readonly Authority[]): string {
  const header = ["GSS code", "Council", "Short name", "Type", "LGSCO slug", "Existed"];
  const rows = authorities.map((authority) => [
    authority.gss,
    authority.name,
    authority.shortName,
    authority.type,
    authority.slugConfirmed ? authority.slug : `${authority.slug} (guessed)`,
    existenceSpan(authority) || "current",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n") + "\n";
}

const councils: Command = {
  summary: "List the register of councils LGSCO compares, optionally of one type.",
  usage: COUNCILS_USAGE,
  async run(io) {
    const options = parseCouncilsOptions(io.args);
    const register = await loadRegister();
    const authorities = options.type ? register.ofType(options.type) : [...register.all()];
    if (options.json) io.stdout(`${JSON.stringify(authorities, null, 2)}\n`);
    else {
      io.stdout(formatCouncilTable(authorities));
      io.stdout(`${authorities.length} councils${options.type ? ` of type ${options.type}` : ""}.\n`);
    }
  },
};

export default councils;
