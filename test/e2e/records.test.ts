// Beside the council's own records (issue 6), as an analyst meets it: the production pane in
// Debian's Chromium through the e2e harness (in-memory Excel host, local office.js). The
// register is composed here (invented references and dates, not a council's records) and put on
// the analyst's own sheet; Harrow's 2019-20 figures are the real annual letter's (24 upheld of 33).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostSnapshot } from "../support/excel-host";
import type { TestHost } from "./harness/page";
import { isE2eBuild, startPaneHarness, type PaneHarness } from "./serve";
import { launchChromium, watchPage } from "./support/chromium";
import { withoutLivePullMisses } from "./support/live-pull-misses";

declare global {
  interface Window {
    testHost: TestHost;
    Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  }
}

const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const REGISTER_SHEET = "Complaints log";

let browser: Browser;
let harness: PaneHarness;

beforeAll(async () => {
  if (!isE2eBuild()) throw new Error("dist/ holds no e2e build of the pane: run `npm run build:e2e` first (npm run test:e2e does).");
  mkdirSync(SCREENSHOTS, { recursive: true });
  harness = await startPaneHarness();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

const pad = (n: number) => String(n).padStart(2, "0");
function ukDate(iso: string, plusDays = 0): string {
  const date = new Date(Date.parse(`${iso}T00:00:00Z`) + plusDays * 86_400_000);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/**
 * A register in a layout no other test uses: two title rows, headers in the council's own words,
 * UK dates typed as text, a notes column. For 2019-20 it holds 23 upheld decisions of 32 detailed
 * investigations, 2 satisfactory remedies and 21 compliance outcomes; one more upheld decision is
 * dated 2 April 2020, two days after the year ended.
 */
function composedRegister(): string[][] {
  const rows: string[][] = [
    ["Corporate complaints: composed for the e2e test, invented data", "", "", "", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", "", "", ""],
    ["Complaint no", "Date logged", "Department", "Complaint stage", "Council's finding", "LGO case ref", "LGO final decision", "Date of LGO final decision", "Remedied before Ombudsman?", "Recommendations complied with?", "Date complied", "Notes"],
  ];
  let n = 0;
  const ref = () => `CL-${String(++n).padStart(3, "0")}`;
  for (let i = 0; i < 23; i++) {
    const decided = ukDate("2019-04-20", i * 14);
    rows.push([ref(), ukDate("2019-04-02", i), "Housing", "Stage 2", "Not upheld", `19 0${10 + i} 111`, i % 4 === 0 ? "Upheld - fault causing injustice" : "Upheld", decided, i < 2 ? "Yes" : "No", i < 21 ? "Yes" : "", i < 21 ? ukDate("2019-04-20", i * 14 + 21) : "", i === 5 ? "chased twice" : ""]);
  }
  for (let j = 0; j < 9; j++) {
    rows.push([ref(), ukDate("2019-04-08", j), "Adults", "Stage 2", "Not upheld", `19 2${10 + j} 222`, "Not upheld", ukDate("2019-06-03", j * 25), "", "", "", ""]);
  }
  rows.push([ref(), "20/11/2019", "Housing", "Stage 2", "Partly upheld", "19 300 333", "Upheld", "02/04/2020", "No", "", "", "decided after year end"]);
  for (let k = 0; k < 10; k++) rows.push([ref(), ukDate("2019-05-01", k * 30), "Waste", k % 3 === 0 ? "Stage 2" : "Stage 1", "Upheld", "", "", "", "", "", "", ""]);
  return rows;
}

const snapshot = (page: Page): Promise<HostSnapshot> => page.evaluate(() => window.testHost.snapshot());
const status = (page: Page) => page.locator("main > [role=status]");

/** A table's body rows from the host, by column name. */
async function tableRows(page: Page, name: string): Promise<Record<string, unknown>[]> {
  const snap = await snapshot(page);
  const table = snap.tables[name];
  if (!table) return [];
  const [start, end] = table.address.split(":") as [string, string];
  const top = Number(/\d+/.exec(start)![0]) - 1;
  const bottom = Number(/\d+/.exec(end)![0]) - 1;
  const sheet = snap.sheets[table.sheet] ?? [];
  const header = (sheet[top] ?? []).map(String);
  return sheet.slice(top + 1, bottom + 1).map((row) => Object.fromEntries(header.filter((h) => h !== "").map((h, i) => [h, row[i]])));
}

async function selectCells(page: Page, sheet: string, address: string): Promise<void> {
  await page.evaluate(
    async ([name, where]) => {
      await window.Excel.run(async (context) => {
        const target = context.workbook.worksheets.getItem(name);
        target.activate();
        target.getRange(where).select();
        await context.sync();
      });
    },
    [sheet, address] as const,
  );
}

describe("Link the register, then Fetch my council", () => {
  it("a register seen for the first time is linked from the selection, its columns confirmed, and set beside Harrow's 2019-20 figures: −1 and −1, flagged, the register unchanged", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(harness.paneUrl);
    const picker = page.getByRole("combobox", { name: "Council" });
    await expect.poll(() => picker.isEnabled(), { timeout: 20_000 }).toBe(true);

    // The analyst's register, on a sheet of their own.
    const register = composedRegister();
    await page.evaluate(
      async ([sheetName, values]) => {
        await window.Excel.run(async (ctx) => {
          const sheet = ctx.workbook.worksheets.add(sheetName);
          sheet.getRange(`A1:L${values.length}`).numberFormat = values.map((row) => row.map(() => "@"));
          sheet.getRange(`A1:L${values.length}`).values = values;
          await ctx.sync();
        });
      },
      [REGISTER_SHEET, register] as const,
    );

    await picker.click();
    await picker.pressSequentially("harr");
    await page.getByRole("option", { name: "London Borough of Harrow" }).click();

    await page.getByRole("button", { name: "Your complaints register" }).click();
    await page.getByRole("button", { name: "Link the register" }).click();

    // First the harness's own small log, which has no LGSCO decision date: named plainly.
    await selectCells(page, "Our complaints", "A1:G1");
    await page.getByRole("button", { name: "Use the selected cells" }).click();
    await expect.poll(() => page.getByText("A required column is missing").isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByText(/Your register needs a column for LGSCO decision date/).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: /Save as London Borough of Harrow's register/ }).isDisabled()).toBe(true);

    // Then the real register: its header row selected.
    await selectCells(page, REGISTER_SHEET, "A3:L3");
    await page.getByRole("button", { name: "Use the selected cells" }).click();
    await expect.poll(() => page.getByText("43 complaints read").isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole("combobox", { name: /^LGSCO decision date/ }).innerText()).toContain("H: Date of LGO final decision");
    expect(await page.getByRole("combobox", { name: /^Reference/ }).innerText()).toContain("A: Complaint no");
    expect(await page.getByText("Detailed investigations by LGSCO decision year: 2019-20: 32, 2020-21: 1.").isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}pane-register-mapping-320.png`, fullPage: true });
    await page.getByRole("button", { name: "Save as London Borough of Harrow's register" }).click();
    await expect.poll(() => page.getByText(/^Linked: columns A to L of the sheet "Complaints log", from row 3 down/).isVisible()).toBe(true);
    expect(await page.evaluate(() => window.testHost.savedSettings())).toMatchObject({ "OmbudsmanScrutiny.register": { council: "E09000015" } });

    const registerBefore = await page.evaluate((name) => window.testHost.sheetState(name), REGISTER_SHEET);
    await page.evaluate(() => window.testHost.resetMeter());
    await page.getByRole("button", { name: "Fetch my council" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Fetched London Borough of Harrow");

    // Reading the register plus Fetch: within 3 syncs.
    expect((await page.evaluate(() => window.testHost.meter())).syncs).toBeLessThanOrEqual(3);

    const reconciliation = (await tableRows(page, "OmbudsmanReconciliation")).filter((row) => row.Year === "2019-20");
    expect(reconciliation.map((row) => [row.Measure, row.Published, row["Our records"], row.Difference, row.Flag])).toEqual([
      ["Detailed investigations", 33, 32, -1, "records-mismatch"],
      ["Upheld", 24, 23, -1, "records-mismatch"],
      ["Satisfactory remedies", 2, 2, 0, ""],
      ["Compliance outcomes", 21, 21, 0, ""],
    ]);
    expect(reconciliation[1]!["References to check"]).toBe("CL-033");
    expect((await snapshot(page)).tables.OmbudsmanReconciliation?.sheet).toBe("Ombudsman vs records");
    const keyStats = (await tableRows(page, "OmbudsmanKeyStats")).find((row) => row.Year === "2019-20");
    expect(keyStats?.Flags).toBe("upheld-above-average; remedy-below-average; records-mismatch");
    const flags = page.getByRole("list", { name: "Flags for London Borough of Harrow" }).getByRole("button");
    await expect.poll(() => flags.count()).toBe(4);
    expect(await flags.nth(2).innerText()).toMatch(/Records differ\s+2019-20\s+Our records show 32 detailed investigations in 2019-20; LGSCO published 33/);

    // The register's sheet, cell for cell, as it was.
    expect(await page.evaluate((name) => window.testHost.sheetState(name), REGISTER_SHEET)).toEqual(registerBefore);
    await page.screenshot({ path: `${SCREENSHOTS}pane-register-fetched-320.png`, fullPage: true });

    // Refresh comparisons reads the register again and keeps the reconciliation.
    await page.getByRole("button", { name: "Refresh comparisons" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Comparisons refreshed");
    expect((await tableRows(page, "OmbudsmanKeyStats")).find((row) => row.Year === "2019-20")?.Flags).toContain("records-mismatch");
    expect(await page.evaluate((name) => window.testHost.sheetState(name), REGISTER_SHEET)).toEqual(registerBefore);

    // The live pull (on by default) finds no Harrow page on the stand-in: those misses are expected.
    expect(problems.pageErrors).toEqual([]);
    expect(withoutLivePullMisses(problems).consoleErrors).toEqual([]);
    await context.close();
  });
});
