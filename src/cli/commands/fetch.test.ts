import { mkdtemp, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../sources/dataset";
import { startLgscoStandIn, type LgscoStandIn } from "../../../test/support/lgsco-stand-in";
import { CliInputError } from "../cli-error";
import type { CommandIO } from "../command";
import { createFetchCommand, nodeLiveClient, type FetchDependencies, type WorkbookWriter } from "./fetch";

/** Refused requests must never reach the writer: this one fails the test if they do. */
const writerNeverCalled: WorkbookWriter = {
  write: () => Promise.reject(new Error("the writer must not be called")),
};

let folder: string;
let standIn: LgscoStandIn;
beforeAll(async () => {
  standIn = await startLgscoStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "fetch-test-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function deps(writer: WorkbookWriter = writerNeverCalled): FetchDependencies {
  return {
    loadDataset,
    liveClient: () => nodeLiveClient({ LGSCO_UPSTREAM_BASE_URL: standIn.baseUrl, OMBUDSMAN_CACHE_DIR: join(folder, "cache") }),
    writer,
  };
}

async function run(args: string[], dependencies = deps()): Promise<{ stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CommandIO = { args, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) };
  await createFetchCommand(dependencies).run(io);
  return { stdout, stderr };
}

async function refused(args: string[]): Promise<string> {
  const error = await run(args).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CliInputError);
  // No file, not even a temporary one, is left behind.
  expect((await readdir(folder)).filter((name) => name !== "cache")).toEqual([]);
  return (error as Error).message;
}

describe("cli fetch refuses what it cannot do, with one clear line and no file", () => {
  it("an unknown council, with suggestions", async () => {
    const message = await refused(["Harow", "--out", join(folder, "out.xlsx")]);
    expect(message).toBe('No council in the register matches "Harow". Did you mean: Harlow District Council; London Borough of Harrow?');
  });

  it("a council with no figures held, saying what is held and what would get some", async () => {
    const message = await refused(["Adur", "--out", join(folder, "adur.xlsx")]);
    expect(message).toMatch(/^No published figures are held for Adur District Council: the embedded dataset \(as of \d{4}-\d{2}-\d{2}\) holds none for it\./);
    expect(message).toContain("--live");
    expect(message).toContain("annual letter");
  });

  it("a year range with none of the council's years, naming the years held", async () => {
    const message = await refused(["Harrow", "--out", join(folder, "h.xlsx"), "--years", "2022-23..2024-25"]);
    expect(message).toMatch(/^No published figures are held for London Borough of Harrow for 2022-23 to 2024-25: the embedded dataset \(as of [-\d]+\) holds 2019-20 for it\./);
  });

  it("an empty year range", async () => {
    expect(await refused(["Harrow", "--out", join(folder, "h.xlsx"), "--years", "2024-25..2019-20"])).toMatch(/empty/);
  });

  it("a folder that does not exist, a path that is a folder, a path under a file", async () => {
    expect(await refused(["Harrow", "--out", join(folder, "missing", "h.xlsx")])).toMatch(/the folder .* does not exist/);
    await mkdir(join(folder, "taken.xlsx"));
    expect(await run(["Harrow", "--out", join(folder, "taken.xlsx")]).catch((error: Error) => error.message)).toMatch(/it is a folder/);
    await rm(join(folder, "taken.xlsx"), { recursive: true });
    await writeFile(join(folder, "plain"), "not a folder");
    expect(await run(["Harrow", "--out", join(folder, "plain", "h.xlsx")]).catch((error: Error) => error.message)).toMatch(/does not exist/);
  });

  it("--live for a council with no figures whose page LGSCO does not have: says the live pull failed", async () => {
    const message = await refused(["Adur", "--live", "--out", join(folder, "adur.xlsx")]);
    expect(message).toContain("No published figures are held for Adur District Council");
    expect(message).toContain("the live pull failed (LGSCO has no statistics page for Adur District Council");
    expect(message).not.toContain("showing the embedded figures");
    expect(standIn.requestsFor("adur-district-council").length).toBeGreaterThan(0);
  });
});
