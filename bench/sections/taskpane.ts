// The task pane's first script (minified and gzip) and its time to first render in headless
// Chromium, beside a bare React + Fluent page built the same way (bench/bare-page/), and the same
// bare page loading office.js and rendering once Office.onReady resolves, as the pane does.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { launchChromium } from "../../test/e2e/support/chromium";
import { serveFolder } from "../../test/e2e/support/serve-dist";
import { median, type BenchSection, type Measurement } from "../section";
import { buildBundle, entryScriptSizes, type BuiltBundle } from "../support/build";
import { firstRenderTimes } from "../support/first-render";
import { roundBrowserMs } from "../support/timing";

const barePage = (file: string): string => fileURLToPath(new URL(`../bare-page/${file}`, import.meta.url));
const officeJsFile = (file: string): string => fileURLToPath(new URL(`../../node_modules/@microsoft/office-js/dist/${file}`, import.meta.url));
/** The office.js files the e2e build serves beside the pane, served the same way beside the bare page. */
const OFFICE_JS_FILES = ["office.js", "o15apptofilemappingtable.js"];
const reactVersion = (createRequire(import.meta.url)("react/package.json") as { version: string }).version;

/** The bare page that loads office.js and renders after Office.onReady, built like the pane, office.js beside it (index.html). */
export async function buildBareOfficePage(outputDir: string): Promise<BuiltBundle> {
  const bundle = await buildBundle("bareOffice", outputDir, (config) => ({
    ...config,
    entry: { bareOffice: barePage("office.tsx") },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: barePage("office.html"), chunks: ["bareOffice"] })],
  }));
  for (const file of OFFICE_JS_FILES) copyFileSync(officeJsFile(file), join(outputDir, file));
  return bundle;
}

const section: BenchSection = {
  id: "taskpane",
  title: "Task pane: first script and first render",
  async run({ runs, log }) {
    const workDir = mkdtempSync(join(tmpdir(), "bench-taskpane-"));
    try {
      log("  building the task pane (production, local office.js) …");
      const pane = await buildBundle("taskpane", join(workDir, "taskpane"));
      log("  building the bare React + Fluent page the same way …");
      const bare = await buildBundle("bare", join(workDir, "bare"), (config) => ({
        ...config,
        entry: { bare: barePage("index.tsx") },
        plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: barePage("index.html"), chunks: ["bare"] })],
      }));

      log("  building the bare page with office.js …");
      const bareOffice = await buildBareOfficePage(join(workDir, "bare-office"));

      log(`  first render: ${runs} cold runs each in headless Chromium, taking turns …`);
      const browser = await launchChromium();
      const paneSite = await serveFolder(pane.outputDir);
      const bareSite = await serveFolder(bare.outputDir);
      const bareOfficeSite = await serveFolder(bareOffice.outputDir);
      let times: number[][];
      try {
        times = await firstRenderTimes(browser, [`${paneSite.url}taskpane.html`, `${bareSite.url}index.html`, `${bareOfficeSite.url}index.html`], runs);
      } finally {
        await browser.close();
        await paneSite.close();
        await bareSite.close();
        await bareOfficeSite.close();
      }

      const paneSize = entryScriptSizes(pane);
      const bareSize = entryScriptSizes(bare);
      const timing = `median of ${runs}, from navigation start`;
      const measurements: Measurement[] = [
        { key: "firstScriptBytes", label: "Task pane first script, minified", value: paneSize.minified, unit: "bytes", note: pane.entryScripts.join(", ") },
        { key: "firstScriptGzipBytes", label: "Task pane first script, gzip", value: paneSize.gzip, unit: "bytes", note: `React ${reactVersion}` },
        { key: "bareScriptBytes", label: "Bare React + Fluent page, minified", value: bareSize.minified, unit: "bytes" },
        { key: "bareScriptGzipBytes", label: "Bare React + Fluent page, gzip", value: bareSize.gzip, unit: "bytes" },
        { key: "firstRenderMs", label: "Task pane first render", value: roundBrowserMs(median(times[0]!)), unit: "ms", note: `${timing}; includes loading office.js and Office.onReady` },
        { key: "bareFirstRenderMs", label: "Bare page first render", value: roundBrowserMs(median(times[1]!)), unit: "ms", note: timing },
        {
          key: "bareOfficeFirstRenderMs",
          label: "Bare page with office.js first render",
          value: roundBrowserMs(median(times[2]!)),
          unit: "ms",
          note: `${timing}; loads office.js and renders after Office.onReady`,
        },
      ];
      return measurements;
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  },
};

export default section;
