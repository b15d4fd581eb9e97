// The =LGSCO.* functions in the production bundle (the e2e build), in Debian's Chromium with the
// real office.js served locally. Excel is not here, so nothing calls the functions for us: the
// test reads what the pane's page associated with office.js's CustomFunctions and calls one the
// way Excel's runtime would, with a streaming invocation, on the embedded figures.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./support/chromium";
import { DIST, serveFolder, type ServedFolder } from "./support/serve-dist";

const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";

describe("custom functions on the task pane page", () => {
  let browser: Browser;
  let site: ServedFolder;

  beforeAll(async () => {
    if (!existsSync(`${DIST}taskpane.html`)) throw new Error("dist/taskpane.html is missing: run `npm run build:e2e` first (npm run test:e2e does).");
    site = await serveFolder();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("associates the seven functions with office.js, and UPHELD sends Harrow's 2019-20 rate", async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${site.url}taskpane.html`);
    await expect.poll(() => page.getByRole("heading", { name: "Ombudsman Scrutiny" }).count(), { timeout: 15_000 }).toBe(1);

    // office.js keeps CustomFunctions.associate's mappings in `_association.mappings` until
    // Excel's runtime asks for them; outside Excel that is where they stay. The pane associates
    // them once its first paint is committed, so they follow the heading shortly.
    await expect
      .poll(() => page.evaluate("Object.keys(CustomFunctions._association.mappings)"), { timeout: 15_000 })
      .toEqual(["UPHELD", "COMPLIANCE", "REMEDY", "PER100K", "AVERAGE", "COUNT", "FLAGS"]);
    const upheld = await page.evaluate(
      `new Promise((resolve) => CustomFunctions._association.mappings.UPHELD("Harrow", "2019-20", { setResult: resolve }))`,
    );
    expect(upheld).toBe(0.73);
    const flags = await page.evaluate(
      `new Promise((resolve) => CustomFunctions._association.mappings.FLAGS("E09000015", 2020, { setResult: resolve }))`,
    );
    expect(flags).toBe("upheld-above-average; remedy-below-average");

    const unexpected = problems.offHostRequests.filter((url) => new URL(url).hostname !== OFFICE_TELEMETRY_HOST);
    expect({ ...problems, offHostRequests: unexpected }).toEqual({ pageErrors: [], consoleErrors: [], failedRequests: [], offHostRequests: [] });
    await page.close();
  });

  it("still renders, registering nothing, where office.js did not load", async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.route("**/office.js", (route) => route.abort("blockedbyclient"));
    await page.goto(`${site.url}taskpane.html`);
    await expect.poll(() => page.getByRole("heading", { name: "Ombudsman Scrutiny" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate("typeof CustomFunctions")).toBe("undefined");
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
