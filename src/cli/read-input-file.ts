import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliInputError } from "./cli-error";

/**
 * The bytes of a file the analyst named; a file that cannot be read is a CliInputError saying
 * why in plain words ("Cannot read the register x.xlsx: there is no such file.").
 */
export async function readInputFile(path: string, what?: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(path)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "there is no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : "it cannot be read";
    throw new CliInputError(`Cannot read ${what === undefined ? "" : `${what} `}${path}: ${why}.`);
  }
}
