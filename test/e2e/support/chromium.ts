// Debian's Chromium driven by playwright-core. Never a downloaded browser: CI installs the
// `chromium` package with apt (see .ci/run).
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium; bash .ci/run does this) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What went wrong on a page: uncaught errors, console errors, failed or refused requests. */
export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to anywhere but loopback, refused so tests never depend on the network. */
  offHostRequests: string[];
}

/** Watches `page` for problems and refuses every request that leaves 127.0.0.1. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], failedRequests: [], offHostRequests: [] };
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("requestfailed", (request) => {
    if (!problems.offHostRequests.includes(request.url())) problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  // Playwright turns its file-chooser interception on asynchronously when a test first listens: a
  // keypress sent straight after could open Chromium's own (headless, unanswerable) chooser
  // instead. Listening from the start keeps it on before any press; refuseOffHost's round trip
  // below lets it take effect.
  page.on("filechooser", () => undefined);
  await refuseOffHost(page, (url) => problems.offHostRequests.push(url));
  return problems;
}

/** Lets a page or context reach only 127.0.0.1; every other request is refused (and reported). */
export async function refuseOffHost(target: Page | BrowserContext, onRefused: (url: string) => void = () => undefined): Promise<void> {
  await target.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    onRefused(url.href);
    return route.abort("blockedbyclient");
  });
}
