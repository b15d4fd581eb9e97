// Reading a file the analyst named, bounded: only a regular file is read (a FIFO, /dev/zero or
// a folder would never end or is not a file), and never more than a cap, so a hostile or
// mistaken path cannot exhaust memory.
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { CliInputError } from "./cli-error";
import { fileErrorReason } from "./file-errors";

/** The largest file any command reads: well above a council's register or LGSCO's data files. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * The bytes of a file the analyst named; a file that cannot be read is a CliInputError saying
 * why in plain words ("Cannot read the register x.xlsx: there is no such file.").
 */
export async function readInputFile(path: string, what?: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const named = `${what === undefined ? "" : `${what} `}${path}`;
  const refuse = (why: string) => new CliInputError(`Cannot read ${named}: ${why}.`);
  let handle;
  try {
    // Non-blocking, so opening a FIFO returns at once and is refused below rather than waiting for a writer.
    handle = await open(resolve(path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw refuse(fileErrorReason(error) ?? "it cannot be read");
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw refuse("it is a folder");
    if (!stats.isFile()) throw refuse("it is not a regular file (a device, pipe or socket)");
    if (stats.size > maxBytes) throw refuse(`it is larger than ${megabytes(maxBytes)}, the most this tool reads`);
    // Read until the end, but never past the cap: a file that grows while read is caught too.
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(Math.max(stats.size - length, 64 * 1024), maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw refuse(`it is larger than ${megabytes(maxBytes)}, the most this tool reads`);
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw refuse(fileErrorReason(error) ?? "it cannot be read");
  } finally {
    await handle.close();
  }
}
