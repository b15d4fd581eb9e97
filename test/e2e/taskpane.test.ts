// The production task pane (the e2e build: `npm run build:e2e`) in Debian's Chromium, opened as
// a plain page: office.js resolves Office.onReady with host null, so the pane must still render
// and say it has to be opened in Excel.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./support/chromium";
import { DIST, serveFolder, type ServedFolder } from "./support/serve-dist";

const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";
const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

describe("task pane in a plain browser", () => {
  let browser: Browser;
  let site: ServedFolder;

  beforeAll(async () => {
    if (!existsSync(`${DIST}taskpane.html`)) throw new Error("dist/taskpane.html is missing: run `npm run build:e2e` first (npm run test:e2e does).");
    mkdirSync(SCREENSHOTS, { recursive: true });
    site = await serveFolder();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("loads office.js from the bundle, not the CDN", () => {
    const html = readFileSync(`${DIST}taskpane.html`, "utf8");
    expect(html).toMatch(/<script src="?office\.js"?>/);
    expect(html).not.toContain("appsforoffice.microsoft.com");
  });

  for (const width of [320, 500]) {
    it(`renders at ${width} px without page errors and says it must be opened in Excel`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 600 } });
      const problems = await watchPage(page);
      await page.goto(`${site.url}taskpane.html`);

      await expect.poll(() => page.getByRole("heading", { name: "Ombudsman Scrutiny" }).count(), { timeout: 15_000 }).toBe(1);
      const fetch = page.getByRole("button", { name: "Fetch my council" });
      expect(await fetch.isVisible()).toBe(true);
      expect(await fetch.isDisabled()).toBe(true);
      expect(await page.getByRole("combobox", { name: "Council" }).isVisible()).toBe(true);
      expect(await page.getByRole("status").innerText()).toMatch(/must be opened in Excel/);
      // The header icon is served from dist/assets.
      expect(await page.locator("header img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(32);
      // Nothing wider than the pane: no horizontal scroll at the narrowest width Office gives.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await page.screenshot({ path: `${SCREENSHOTS}taskpane-browser-${width}.png`, fullPage: true });
      // office.js outside Office opens its telemetry proxy in an iframe; it is refused like any other
      // off-host request, and nothing else may leave loopback.
      const unexpected = problems.offHostRequests.filter((url) => new URL(url).hostname !== OFFICE_TELEMETRY_HOST);
      expect({ ...problems, offHostRequests: unexpected }).toEqual({ pageErrors: [], consoleErrors: [], failedRequests: [], offHostRequests: [] });
      await page.close();
    });
  }

  it("follows a dark colour scheme when there is no Office theme to follow", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 600 }, colorScheme: "dark" });
    const problems = await watchPage(page);
    await page.goto(`${site.url}taskpane.html`);
    const heading = page.getByRole("heading", { name: "Ombudsman Scrutiny" });
    await expect.poll(() => heading.count(), { timeout: 15_000 }).toBe(1);
    const background = await page.locator(".fui-FluentProvider").evaluate((element) => getComputedStyle(element).backgroundColor);
    const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(channels).toHaveLength(3);
    expect(Math.max(...channels), `provider background ${background}`).toBeLessThan(80);
    await page.screenshot({ path: `${SCREENSHOTS}taskpane-browser-dark-320.png`, fullPage: true });
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
