// The bench's bare page with office.js (bench/bare-page/office.tsx), the baseline for the task
// pane's first render: built as the bench builds it, it loads office.js from beside it and renders
// only once Office.onReady has resolved, and the bench's first-render timer sees it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBareOfficePage } from "../../bench/sections/taskpane";
import { firstRenderTimes } from "../../bench/support/first-render";
import { launchChromium, watchPage } from "./support/chromium";
import { serveFolder, type ServedFolder } from "./support/serve-dist";

describe("the bench's bare page with office.js", () => {
  let browser: Browser;
  let site: ServedFolder;
  let workDir: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), "bench-bare-office-"));
    await buildBareOfficePage(workDir);
    site = await serveFolder(workDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it("loads office.js, renders after Office.onReady, and is timed like the pane", async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    const officeJs = page.waitForResponse((response) => response.url().endsWith("/office.js"));
    await page.goto(`${site.url}index.html`);
    expect((await officeJs).status()).toBe(200);
    await expect.poll(() => page.getByRole("heading", { name: "Bare page with office.js" }).count(), { timeout: 20_000 }).toBe(1);
    // Rendered from the onReady callback: Office had declared itself ready (outside Office, with no host).
    expect(await page.evaluate(() => typeof Office !== "undefined" && typeof Office.onReady === "function")).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await page.close();

    const [times] = await firstRenderTimes(browser, [`${site.url}index.html`], 1);
    expect(times).toHaveLength(1);
    expect(times![0]).toBeGreaterThan(0);
  });
});
