// The pane's bulk imports in the browser (issue 11), on the production bundle with the in-memory
// Excel host: Sutton's two real statistics pages (stored copies) chosen at once with a page for
// another council, one row per document, only Sutton's added; then LGSCO's data tables (composed
// by us with made-up figures, their names say so) read and added.
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostSnapshot } from "../support/excel-host";
import type { TestHost } from "./harness/page";
import { isE2eBuild, startPaneHarness, type PaneHarness } from "./serve";
import { chooseFiles, openSection, whenEnabled, within } from "./support/bounded";
import { launchChromium, watchPage } from "./support/chromium";

declare global {
  interface Window {
    testHost: TestHost;
  }
}

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

let browser: Browser;
let harness: PaneHarness;

beforeAll(async () => {
  if (!isE2eBuild()) throw new Error("dist/ holds no e2e build of the pane: run `npm run build:e2e` first (npm run test:e2e does).");
  harness = await startPaneHarness();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

const snapshot = (page: Page): Promise<HostSnapshot> => within("The in-memory host's snapshot", page.evaluate(() => window.testHost.snapshot()));

async function keyStatsRows(page: Page, council: string): Promise<Record<string, unknown>[]> {
  const snap = await snapshot(page);
  const table = snap.tables.OmbudsmanKeyStats;
  if (!table) return [];
  const sheet = snap.sheets[table.sheet] ?? [];
  const top = Number(/\d+/.exec(table.address)![0]) - 1;
  const header = sheet[top] ?? [];
  return sheet
    .slice(top + 1)
    .filter((values) => values[0] === council)
    .map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

describe("bulk import in the task pane", () => {
  it("reads several documents into one row each, refuses another council's by name, and adds Sutton's two years", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(harness.paneUrl);
    const picker = page.getByRole("combobox", { name: "Council" });
    await expect.poll(() => picker.isEnabled(), { timeout: 20_000 }).toBe(true);
    await picker.click({ timeout: 10_000 });
    await picker.pressSequentially("sutton", { timeout: 10_000 });
    await page.getByRole("option", { name: "London Borough of Sutton" }).click({ timeout: 10_000 });

    await openSection(page, "Import letters and pages");
    await chooseFiles(page, "Choose letters or pages…", [fixture("pages/sutton-2023-24.real.txt"), fixture("pages/sutton-2024-25.real.txt"), fixture("pages/birmingham-2024-25.real.txt")]);

    // One row per document (each row lists its statistics too: only the rows themselves are counted).
    const rows = page.getByRole("list", { name: "Documents read" }).locator(":scope > li");
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
    const shown = await rows.allInnerTexts();
    expect(shown[0]).toMatch(/From\s+Statistics page, sutton-2023-24\.real\.txt\s+Council\s+London Borough of Sutton\s+Year\s+2023-24[\s\S]*Complaints upheld\s+80%/);
    expect(shown[1]).toMatch(/From\s+Statistics page, sutton-2024-25\.real\.txt\s+Council\s+London Borough of Sutton\s+Year\s+2024-25[\s\S]*Complaints upheld\s+59%/);
    expect(shown[2]).toMatch(/Not added: birmingham-2024-25\.real\.txt is for Birmingham City Council, not London Borough of Sutton\./);
    // Nothing is written before the analyst confirms.
    expect(Object.keys((await snapshot(page)).tables)).not.toContain("OmbudsmanKeyStats");

    await whenEnabled(page, "Add 2 documents to workbook");
    await page.getByRole("button", { name: "Add 2 documents to workbook" }).click({ timeout: 10_000 });
    await expect.poll(() => page.getByText("Pages added", { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
    expect((await keyStatsRows(page, "London Borough of Sutton")).map((row) => [row.Year, row.Upheld, row.Sources])).toEqual([
      ["2023-24", 16, expect.stringMatching(/^LGSCO statistics page, sutton-2023-24\.real\.txt \(statistics page imported into this workbook on \d{4}-\d{2}-\d{2}\)$/)],
      ["2024-25", 13, expect.stringMatching(/^LGSCO statistics page, sutton-2024-25\.real\.txt \(statistics page imported into this workbook on \d{4}-\d{2}-\d{2}\)$/)],
    ]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it("imports LGSCO data tables, several files at once, reporting the contradictory row", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(harness.paneUrl);
    const picker = page.getByRole("combobox", { name: "Council" });
    await expect.poll(() => picker.isEnabled(), { timeout: 20_000 }).toBe(true);

    await openSection(page, "Import LGSCO data tables");
    await chooseFiles(page, "Choose data tables…", [fixture("data-files/decisions-two-row-header-2023-24.composed.csv"), fixture("data-files/remedy-and-compliance-2023-24.unicode-text.composed.txt")]);

    const report = page.getByRole("list", { name: "What the tables gave" });
    await expect.poll(() => report.isVisible(), { timeout: 30_000 }).toBe(true);
    // What was read takes the focus, as for letters and pages.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe("tables-read-heading");
    expect(await report.innerText({ timeout: 5_000 })).toMatch(/Row 8 not used: London Borough of Harrow's figures disagree with each other/);
    await whenEnabled(page, "Add 2 councils");
    await page.getByRole("button", { name: "Add 2 councils" }).click({ timeout: 10_000 });
    await expect.poll(() => page.getByText("Data tables added", { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByText(/2 councils' figures for 2023-24 are kept in this workbook/).isVisible()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
