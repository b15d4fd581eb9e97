// What `npm start` started, so `npm stop` can stop exactly that: the dev server's process id
// and whether the add-in was sideloaded. Kept in .cache/ (git-ignored).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export interface DevServerState {
  pid: number;
  sideloaded: boolean;
  log: string;
}

export const STATE_FILE = fileURLToPath(new URL("../../.cache/dev-server.json", import.meta.url));
export const LOG_FILE = fileURLToPath(new URL("../../.cache/dev-server.log", import.meta.url));

export function readState(file = STATE_FILE): DevServerState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(file, "utf8"));
    const { pid, sideloaded, log } = value as Partial<DevServerState>;
    if (typeof pid === "number" && Number.isInteger(pid) && pid > 0 && typeof sideloaded === "boolean" && typeof log === "string") {
      return { pid, sideloaded, log };
    }
  } catch {
    // A damaged state file is as good as none.
  }
  return undefined;
}

export function writeState(state: DevServerState, file = STATE_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState(file = STATE_FILE): void {
  rmSync(file, { force: true });
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
