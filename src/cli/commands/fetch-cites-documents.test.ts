// Every cell `cli fetch` writes names documents (a title, a date, an address), never a path of
// this repository (issue 12): Harrow's letter once appeared as shared/fixtures/letters/….txt.
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import { startLgscoStandIn, type LgscoStandIn } from "../../../test/support/lgsco-stand-in";
import { loadDataset } from "../../sources/dataset/dataset";
import { xlsxWorkbookWriter } from "../../workbook/xlsx/xlsx-renderer";
import { createFetchCommand, nodeLiveClient } from "./fetch";

/** Signs of a path in this repository or on the machine that built it. */
const REPOSITORY_PATH = /shared\/|fixtures\/|(?:^|[\s(/])data\/|\.txt\b|\/work\b/;

let folder: string;
let standIn: LgscoStandIn;
beforeAll(async () => {
  standIn = await startLgscoStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "fetch-cites-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Every text in the workbook, with where it is: cell values, rich text, formulas' results and notes. */
async function everyText(bytes: Uint8Array): Promise<{ at: string; text: string }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const found: { at: string; text: string }[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const at = `${sheet.name}!${cell.address}`;
        found.push({ at, text: cell.text });
        if (cell.note !== undefined) found.push({ at: `${at} (note)`, text: JSON.stringify(cell.note) });
      });
    });
  });
  return found;
}

/** A path is never inside a document's address: addresses are looked at apart. */
function withoutAddresses(text: string): string {
  return text.replace(/https?:\/\/[^\s;,)]+/g, "<address>");
}

describe("cli fetch cites documents, never repository paths", () => {
  async function fetchedTexts(args: string[]): Promise<{ at: string; text: string }[]> {
    const out = join(folder, "out.xlsx");
    const liveClient = () => nodeLiveClient({ LGSCO_UPSTREAM_BASE_URL: standIn.baseUrl, OMBUDSMAN_CACHE_DIR: join(folder, "cache") });
    await runCommand(createFetchCommand({ loadDataset, checkReadable: async () => {}, writer: xlsxWorkbookWriter, liveClient }), [...args, "--out", out]);
    return everyText(await readFile(out));
  }

  it.each(["Harrow", "Croydon"])("%s: no cell names a repository path", async (council) => {
    const texts = await fetchedTexts([council]);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter(({ text }) => REPOSITORY_PATH.test(withoutAddresses(text)))).toEqual([]);
  });

  it("Sutton (held only from its statistics page): no cell names a repository path", async () => {
    // The embedded dataset holds nothing for Sutton: its figures come from the page. This page is
    // the stand-in's composed Sheffield layout under Sutton's name, not Sutton's figures.
    const page = readFileSync(new URL("../../../test/fixtures/stand-in/sheffield-city-council-2022-23.composed.html", import.meta.url), "utf8");
    const sutton = (await loadDataset()).register.resolve("Sutton");
    standIn.setPage(sutton.slug, { html: page.replaceAll("Sheffield City Council", sutton.name) });
    try {
      const texts = await fetchedTexts(["Sutton", "--live"]);
      expect(texts.some(({ text }) => text.includes(`${standIn.baseUrl}/${sutton.slug}/statistics`))).toBe(true);
      expect(texts.filter(({ text }) => REPOSITORY_PATH.test(withoutAddresses(text)))).toEqual([]);
    } finally {
      standIn.removePage(sutton.slug);
    }
  });

  it("finds a repository path when one is there (the scan is not blind)", () => {
    expect(REPOSITORY_PATH.test(withoutAddresses("LGSCO annual review letter, shared/fixtures/letters/harrow-2019-20.txt"))).toBe(true);
    expect(REPOSITORY_PATH.test(withoutAddresses("/work/main/data/councils.csv"))).toBe(true);
    expect(REPOSITORY_PATH.test(withoutAddresses("https://www.lgo.org.uk/data/2019-20.txt"))).toBe(false);
  });
});
