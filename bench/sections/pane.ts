// The task pane as an analyst uses it, in headless Chromium through the e2e harness (in-memory
// Excel host, local office.js): time from page load to an interactive pane (the council list in
// and the picker usable), time from clicking Fetch my council to the written workbook, and the
// syncs that Fetch made. Beside them, the first script as built (workbook code, parsers, dataset,
// pdfjs and the functions' logic loaded with import()) and the same pane built with every
// import() made eager: the first script before and after lazy loading.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, refuseOffHost } from "../../test/e2e/support/chromium";
import { startPaneHarness, type PaneHarness } from "../../test/e2e/serve";
import { median, type BenchSection, type Measurement } from "../section";
import { buildBundle, entryScriptSizes, type BuiltBundle } from "../support/build";
import { roundBrowserMs } from "../support/timing";

/** Every script the pane may load (its own, not office.js), the pdf.js worker aside. */
function allScripts(bundle: BuiltBundle): number {
  return readdirSync(bundle.outputDir)
    .filter((file) => /\.js$/.test(file) && file !== "office.js" && file !== "o15apptofilemappingtable.js")
    .reduce((sum, file) => sum + readFileSync(join(bundle.outputDir, file)).length, 0);
}

/** Records, in the page, when the council picker first becomes usable and when Fetch's result is shown. */
const OBSERVE = `
  window.__bench = {};
  new MutationObserver(() => {
    const picker = document.querySelector('input[role="combobox"]');
    if (window.__bench.interactive === undefined && picker && !picker.disabled) window.__bench.interactive = performance.now();
    const status = document.querySelector('main > [role="status"]');
    if (window.__bench.clicked !== undefined && window.__bench.written === undefined && status && status.textContent.includes("Fetched ")) {
      window.__bench.written = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
`;

interface Run {
  interactiveMs: number;
  fetchMs: number;
  syncs: number;
}

async function oneRun(browser: Browser, harness: PaneHarness): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    await refuseOffHost(context);
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(harness.paneUrl);
    const interactive = await page.waitForFunction(() => (window as unknown as { __bench: { interactive?: number } }).__bench.interactive, undefined, { timeout: 30_000 });
    const picker = page.getByRole("combobox", { name: "Council" });
    await picker.click();
    await picker.pressSequentially("harrow");
    await page.getByRole("option", { name: "London Borough of Harrow" }).click();
    await page.evaluate(() => window.testHost.resetMeter());
    await page.evaluate(() => {
      const fetch = Array.from(document.querySelectorAll("button")).find((button) => button.textContent === "Fetch my council");
      if (!fetch) throw new Error("no Fetch my council button");
      (window as unknown as { __bench: { clicked?: number } }).__bench.clicked = performance.now();
      fetch.click();
    });
    await page.waitForFunction(() => (window as unknown as { __bench: { written?: number } }).__bench.written, undefined, { timeout: 60_000 });
    const times = await page.evaluate(() => (window as unknown as { __bench: { clicked: number; written: number } }).__bench);
    const tables = await page.evaluate(() => window.testHost.snapshot().tables);
    if (tables.OmbudsmanKeyStats === undefined) throw new Error("Fetch my council reported success but wrote no OmbudsmanKeyStats table");
    const syncs = await page.evaluate(() => window.testHost.meter().syncs);
    return { interactiveMs: Number(await interactive.jsonValue()), fetchMs: times.written - times.clicked, syncs };
  } finally {
    await context.close();
  }
}

const section: BenchSection = {
  id: "pane",
  title: "Task pane in use: interactive, Fetch my council, first script before and after lazy loading",
  async run({ runs, log }) {
    const workDir = mkdtempSync(join(tmpdir(), "bench-pane-"));
    try {
      log("  building the task pane (production, local office.js) …");
      const pane = await buildBundle("taskpane", join(workDir, "lazy"));
      log("  building it again with every import() eager (no lazy loading) …");
      const eager = await buildBundle("taskpane", join(workDir, "eager"), (config) => ({
        ...config,
        module: { ...config.module, parser: { ...config.module?.parser, javascript: { dynamicImportMode: "eager" } } },
      }));

      log(`  ${runs} cold runs in headless Chromium through the e2e harness …`);
      const harness = await startPaneHarness({ dist: pane.outputDir });
      const browser = await launchChromium();
      const results: Run[] = [];
      try {
        await oneRun(browser, harness); // warm-up, discarded
        for (let run = 0; run < runs; run++) results.push(await oneRun(browser, harness));
      } finally {
        await browser.close();
        await harness.close();
      }

      const lazy = entryScriptSizes(pane);
      const before = entryScriptSizes(eager);
      const timing = `median of ${runs}, fresh browser profile each`;
      const measurements: Measurement[] = [
        { key: "interactiveMs", label: "Page load to interactive pane", value: roundBrowserMs(median(results.map((r) => r.interactiveMs))), unit: "ms", note: `${timing}; council list loaded, picker usable` },
        { key: "fetchToWrittenMs", label: "Fetch my council click to written workbook", value: roundBrowserMs(median(results.map((r) => r.fetchMs))), unit: "ms", note: `${timing}; Harrow, every year; the page's first Fetch, which loads the embedded figures` },
        { key: "fetchSyncs", label: "Syncs for that Fetch", value: Math.max(...results.map((r) => r.syncs)), unit: "count", note: "most over the runs" },
        { key: "firstScriptBytes", label: "First script, minified (lazy loading)", value: lazy.minified, unit: "bytes", note: pane.entryScripts.join(", ") },
        { key: "firstScriptGzipBytes", label: "First script, gzip (lazy loading)", value: lazy.gzip, unit: "bytes" },
        { key: "eagerFirstScriptBytes", label: "First script, minified (every import() eager)", value: before.minified, unit: "bytes", note: "the same pane without lazy loading" },
        { key: "eagerFirstScriptGzipBytes", label: "First script, gzip (every import() eager)", value: before.gzip, unit: "bytes" },
        { key: "allScriptsBytes", label: "Every script the pane may load, minified", value: allScripts(pane), unit: "bytes", note: "pdf.js worker aside" },
      ];
      return measurements;
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  },
};

export default section;
