// Writing the CLI's output file whole, as the analyst's file was: the bytes go to a temporary
// file beside the real target and are renamed over it, so the file is whole or untouched. A
// symbolic link is written through (the link stays a link), the file's permissions are kept,
// and a locked or busy file is one clear line.
import { lstat, readlink, realpath, stat } from "node:fs/promises";
import * as fs from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliInputError } from "./cli-error";
import { fileErrorReason } from "./file-errors";

/** The file operations used, injectable so a test can make one fail as Windows would (EBUSY). */
export interface OutputFileSystem {
  writeFile(path: string, bytes: Uint8Array, options: { mode: number }): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

const nodeFileSystem: OutputFileSystem = {
  writeFile: (path, bytes, options) => fs.writeFile(path, bytes, options),
  chmod: (path, mode) => fs.chmod(path, mode),
  rename: (from, to) => fs.rename(from, to),
  rm: (path, options) => fs.rm(path, options),
};

/** Where the bytes really go: through any symbolic links to the file they name (which may not exist yet). */
export async function outputTarget(path: string): Promise<string> {
  const absolute = resolve(path);
  const link = await lstat(absolute).catch(() => undefined);
  if (!link?.isSymbolicLink()) return absolute;
  try {
    return await realpath(absolute);
  } catch {
    // A link to a file not yet made: write where it points.
    return resolve(dirname(absolute), await readlink(absolute));
  }
}

/** Writes `bytes` to `path` whole; `shownAs` is the path as the analyst typed it, for messages. */
export async function writeOutputFile(path: string, bytes: Uint8Array, shownAs: string, files: OutputFileSystem = nodeFileSystem): Promise<void> {
  let target: string;
  let mode = 0o666;
  let keepMode = false;
  try {
    target = await outputTarget(path);
    const existing = await stat(target).catch(() => undefined);
    if (existing !== undefined) {
      mode = existing.mode & 0o7777;
      keepMode = true;
    }
  } catch (error) {
    throw new CliInputError(`Cannot write ${shownAs}: ${fileErrorReason(error) ?? "it cannot be reached"}.`);
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await files.writeFile(temporary, bytes, { mode });
    // The umask narrows the mode a new file is created with: set the old file's mode exactly.
    if (keepMode) await files.chmod(temporary, mode);
    await files.rename(temporary, target);
  } catch (error) {
    await files.rm(temporary, { force: true }).catch(() => undefined);
    const reason = fileErrorReason(error);
    if (reason === undefined) throw error;
    throw new CliInputError(`Cannot write ${shownAs}: ${reason}${keepMode ? "; it was left as it was" : ""}.`);
  }
}
