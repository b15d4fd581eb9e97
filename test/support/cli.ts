// Running the CLI in tests: one command in this process with what it prints collected, or the
// real entry point (src/cli/main.ts) in a child Node, as an analyst or CI runs it.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Command } from "../../src/cli/command";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** Runs `command` with `args`; resolves to what it wrote, or rejects with what it threw (a CliInputError for unusable input). */
export async function runCommand(command: Command, args: string[]): Promise<CommandOutput> {
  let stdout = "";
  let stderr = "";
  await command.run({ args, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { stdout, stderr };
}

/** `npm run -s cli -- …args` in a child process from the repository root. */
export function runCli(args: string[]): CommandOutput & { status: number | null } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: REPO, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `runCli` without blocking, so independent runs can overlap; `nodeOptions` such as a heap limit go to the child Node. */
export function runCliAsync(args: string[], nodeOptions: string[] = []): Promise<CommandOutput & { status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, "--import", "tsx", "src/cli/main.ts", ...args], { cwd: REPO });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
