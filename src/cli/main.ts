// The CLI is a thin shell: it parses arguments and calls src/sources, src/domain and
// src/workbook. Each command lives in src/cli/commands/<name>.ts.
import { CliInputError } from "./cli-error";
import type { Command } from "./command";
import { formatCommandHelp, formatCommandList } from "./help-text";

const commands: Record<string, () => Promise<Command>> = {
  // Commands register here: name → lazy import, so one command's dependencies never slow another.
  councils: () => import("./commands/councils").then((module) => module.default),
  parse: () => import("./commands/parse").then((module) => module.default),
  fetch: () => import("./commands/fetch").then((module) => module.default),
  formula: () => import("./commands/formula").then((module) => module.default),
  "data-file": () => import("./commands/data-file").then((module) => module.default),
  pack: () => import("./commands/pack").then((module) => module.default),
};

/** Every command with its one-line summary; loads them all, which only `--help` needs. */
async function help(): Promise<string> {
  const loaded = await Promise.all(Object.entries(commands).map(async ([name, load]) => ({ name, summary: (await load()).summary })));
  return formatCommandList(loaded);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(await help());
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`Unknown command "${name}". Commands: ${Object.keys(commands).join(", ")} (npm run -s cli -- --help says what each does).\n`);
    return 2;
  }
  const command = await load();
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(formatCommandHelp(command));
    return 0;
  }
  try {
    await command.run({
      args,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
    return 0;
  } catch (error) {
    if (error instanceof CliInputError) {
      process.stderr.write(`${error.message.split("\n")[0]}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
