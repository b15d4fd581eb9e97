import { execFileSync } from "node:child_process";
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../test/support/expected-error";
import { CliInputError } from "./cli-error";
import { readInputFile } from "./read-input-file";
import { writeOutputFile, type OutputFileSystem } from "./write-output-file";
import * as fs from "node:fs/promises";

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "file-access-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("reading a file the analyst named is bounded", () => {
  it("reads a regular file whole", async () => {
    await writeFile(join(folder, "a.csv"), "Council,Year\n");
    expect(new TextDecoder().decode(await readInputFile(join(folder, "a.csv")))).toBe("Council,Year\n");
  });

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const fifo = join(folder, "register.xlsx");
    execFileSync("mkfifo", [fifo]);
    const error = await rejection(CliInputError, readInputFile(fifo, "the register"));
    expect(error.message).toBe(`Cannot read the register ${fifo}: it is not a regular file (a device, pipe or socket).`);
  });

  it("refuses /dev/zero and a folder", async () => {
    expect((await rejection(CliInputError, readInputFile("/dev/zero"))).message).toBe("Cannot read /dev/zero: it is not a regular file (a device, pipe or socket).");
    expect((await rejection(CliInputError, readInputFile(folder))).message).toBe(`Cannot read ${folder}: it is a folder.`);
  });

  it("refuses a file larger than the cap, naming the cap", async () => {
    await writeFile(join(folder, "big.csv"), new Uint8Array(3 * 1024 * 1024));
    const error = await rejection(CliInputError, readInputFile(join(folder, "big.csv"), "the data file", 2 * 1024 * 1024));
    expect(error.message).toBe(`Cannot read the data file ${join(folder, "big.csv")}: it is larger than 2 MB, the most this tool reads.`);
  });
});

describe("writing the output keeps the file's mode and links", () => {
  it("keeps the mode of the file it replaces", async () => {
    const path = join(folder, "w.xlsx");
    await writeFile(path, "old");
    await chmod(path, 0o640);
    await writeOutputFile(path, new TextEncoder().encode("new"), "w.xlsx");
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect(await readFile(path, "utf8")).toBe("new");
  });

  it("writes through a symbolic link to its target, and the link stays a link", async () => {
    await mkdir(join(folder, "real"));
    const target = join(folder, "real", "w.xlsx");
    await writeFile(target, "old");
    await chmod(target, 0o600);
    const link = join(folder, "link.xlsx");
    await symlink(target, link);
    await writeOutputFile(link, new TextEncoder().encode("new"), "link.xlsx");
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, "utf8")).toBe("new");
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(folder, "real"))).toEqual(["w.xlsx"]);
  });

  it("a locked file (EBUSY, as Windows reports a workbook open in Excel) is one line, the file untouched, no leftovers", async () => {
    const path = join(folder, "w.xlsx");
    await writeFile(path, "old");
    const busy: OutputFileSystem = {
      writeFile: (p, bytes, options) => fs.writeFile(p, bytes, options),
      chmod: (p, mode) => fs.chmod(p, mode),
      rename: () => Promise.reject(Object.assign(new Error("EBUSY: resource busy or locked, rename"), { code: "EBUSY" })),
      rm: (p, options) => fs.rm(p, options),
    };
    const error = await rejection(CliInputError, writeOutputFile(path, new TextEncoder().encode("new"), "w.xlsx", busy));
    expect(error.message).toBe("Cannot write w.xlsx: it is locked or busy (is it open in Excel?); it was left as it was.");
    expect(error.message).not.toContain("\n");
    expect(await readFile(path, "utf8")).toBe("old");
    expect(await readdir(folder)).toEqual(["w.xlsx"]);
  });

  it("ETXTBSY and EPERM are one line too", async () => {
    for (const code of ["ETXTBSY", "EPERM"]) {
      const failing: OutputFileSystem = {
        writeFile: () => Promise.reject(Object.assign(new Error(code), { code })),
        chmod: () => Promise.resolve(),
        rename: () => Promise.resolve(),
        rm: () => Promise.resolve(),
      };
      const error = await rejection(CliInputError, writeOutputFile(join(folder, "new.xlsx"), new Uint8Array(), "new.xlsx", failing));
      expect(error.message).toMatch(/^Cannot write new\.xlsx: (it is busy|permission denied)[^\n]*\.$/);
    }
  });
});
