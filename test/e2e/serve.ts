// The e2e harness: the production task pane (dist/, built by `npm run build:e2e`) served on
// 127.0.0.1 with the in-memory Excel host and the local office.js, the add-in host's LGSCO relay
// pointed at a loopback stand-in for LGSCO, until stopped.
//
//   npm run -s e2e:serve -- --port 8080      then open http://127.0.0.1:8080/taskpane.html
//
// The pane's own files are served as built; only taskpane.html gets one more <script> (the
// harness, test/e2e/harness/page.ts, bundled here and never part of `npm run build`), placed
// after office.js and before the pane's script. Tests import startPaneHarness.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import express from "express";
import type { Configuration } from "webpack";
import { createLgscoProxy } from "../../src/server/lgsco-proxy";
import { loadWebpackConfig, runWebpack } from "../../tools/build/webpack-config";
import { RECORDED_PAGE_FILES, startLgscoStandIn, type LgscoStandIn } from "../support/lgsco-stand-in";
import { DIST, serveOnLoopback } from "./support/serve-dist";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HARNESS_ENTRY = fileURLToPath(new URL("./harness/page.ts", import.meta.url));
export const HARNESS_SCRIPT = "e2e-harness.js";
const OFFICE_JS_TAG = /<script src="?office\.js"?><\/script>/;

export interface PaneHarnessOptions {
  /** 0 (default) for any free port. */
  port?: number;
  /** The built add-in; default dist/. */
  dist?: string;
  /** The stand-in the relay fetches from; default one started (and stopped) by the harness. */
  standIn?: LgscoStandIn;
}

export interface PaneHarness {
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** The pane's page: url + "taskpane.html". */
  paneUrl: string;
  standIn: LgscoStandIn;
  close(): Promise<void>;
}

let harnessScript: Promise<string> | undefined;

/** The harness page script, bundled for the browser once per process (test code: never in dist/). */
export function harnessScriptSource(): Promise<string> {
  harnessScript ??= bundleHarness();
  return harnessScript;
}

async function bundleHarness(): Promise<string> {
  const outputDir = mkdtempSync(join(tmpdir(), "e2e-harness-"));
  const config: Configuration = {
    mode: "production",
    context: ROOT,
    target: "web",
    entry: { harness: HARNESS_ENTRY },
    devtool: false,
    output: { path: outputDir, filename: HARNESS_SCRIPT },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
  try {
    await runWebpack(config);
    return readFileSync(join(outputDir, HARNESS_SCRIPT), "utf8");
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

/** Whether `dist` holds the e2e build (the pane loading the local office.js). */
export function isE2eBuild(dist: string = DIST): boolean {
  const page = join(dist, "taskpane.html");
  return existsSync(page) && OFFICE_JS_TAG.test(readFileSync(page, "utf8")) && existsSync(join(dist, "office.js"));
}

/** `npm run build:e2e`, in this process, into `dist`. */
export async function buildE2e(dist: string = DIST): Promise<void> {
  const base = await loadWebpackConfig({ e2e: true }, "production");
  await runWebpack({ ...base, output: { ...base.output, path: dist } });
}

/** The pane's page with the harness script between office.js and the pane's script. */
export function withHarness(html: string): string {
  if (!OFFICE_JS_TAG.test(html)) throw new Error("taskpane.html does not load the local office.js: serve the e2e build (npm run build:e2e).");
  return html.replace(OFFICE_JS_TAG, (tag) => `${tag}<script src="${HARNESS_SCRIPT}"></script>`);
}

export async function startPaneHarness(options: PaneHarnessOptions = {}): Promise<PaneHarness> {
  const dist = options.dist ?? DIST;
  if (!isE2eBuild(dist)) throw new Error(`${dist} holds no e2e build of the pane: run \`npm run build:e2e\` first.`);
  const script = await harnessScriptSource();
  const ownStandIn = options.standIn === undefined;
  const standIn = options.standIn ?? (await startLgscoStandIn());

  const app = express();
  app.disable("x-powered-by");
  const page = (_req: express.Request, res: express.Response) => {
    res.type("html").set("Cache-Control", "no-store").send(withHarness(readFileSync(join(dist, "taskpane.html"), "utf8")));
  };
  app.get(["/", "/taskpane.html"], page);
  app.get(`/${HARNESS_SCRIPT}`, (_req, res) => {
    res.type("js").set("Cache-Control", "no-store").send(script);
  });
  // The add-in host's relay, as `npm run serve` mounts it, fetching from the stand-in only.
  app.use(createLgscoProxy({ upstreamBaseUrl: standIn.baseUrl, rateLimit: false }));
  app.use(express.static(dist, { index: false }));

  const served = await serveOnLoopback(app, options.port ?? 0);
  return {
    url: served.url,
    paneUrl: `${served.url}taskpane.html`,
    standIn,
    async close() {
      await served.close();
      if (ownStandIn) await standIn.close();
    },
  };
}

function parsePort(args: readonly string[]): number {
  const at = args.indexOf("--port");
  if (at < 0) return 8080;
  const port = Number(args[at + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port needs a port number (0 to 65535), got "${args[at + 1] ?? ""}".\n`);
    process.exit(2);
  }
  return port;
}

async function main(args: readonly string[]): Promise<void> {
  const port = parsePort(args);
  if (!isE2eBuild()) {
    process.stderr.write("dist/ holds no e2e build of the pane: building it (npm run build:e2e) …\n");
    await buildE2e();
  }
  process.stderr.write("Bundling the harness (the in-memory Excel host) …\n");
  const harness = await startPaneHarness({ port });
  const slugs = Object.keys(RECORDED_PAGE_FILES).join(", ");
  process.stdout.write(
    [
      `Ombudsman Scrutiny task pane (e2e harness): ${harness.paneUrl}`,
      "  Excel is the in-memory host: the workbook starts with your sheets \"Our complaints\" and \"Notes\";",
      "  in the browser console, testHost.snapshot() shows every sheet and table, testHost.runCommand(\"RefreshComparisons\") presses the ribbon button.",
      `  Live pull (off until you turn it on under Settings): LGSCO is a stand-in at ${harness.standIn.baseUrl}`,
      `  with recorded pages for ${slugs}; every other council answers "not found".`,
      "  Add ?theme=dark for Office's dark theme. Settings survive a reload (the workbook opened again); the sheets start afresh.",
      "  Ctrl+C stops it.",
      "",
    ].join("\n"),
  );
  const stop = (): void => {
    void harness.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
