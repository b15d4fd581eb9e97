// Time from navigation start to the first content React puts into #root, in headless Chromium.
// Each run opens a fresh browser context (cold cache) with off-host requests refused. Pages are
// measured in turns after one discarded warm-up each, so a busy machine skews them alike.
import type { Browser } from "playwright-core";
import { refuseOffHost } from "../../test/e2e/support/chromium";

/** Records performance.now() when #root first gets an element child. */
const OBSERVE_FIRST_RENDER = `
  new MutationObserver((_records, observer) => {
    const root = document.getElementById("root");
    if (root && root.firstElementChild) {
      window.__benchFirstRenderMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function firstRender(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
  try {
    await refuseOffHost(context);
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_FIRST_RENDER);
    await page.goto(url);
    const handle = await page.waitForFunction(() => (window as unknown as { __benchFirstRenderMs?: number }).__benchFirstRenderMs, undefined, { timeout: 30_000 });
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}

/** For each URL, `runs` first-render times in milliseconds. */
export async function firstRenderTimes(browser: Browser, urls: readonly string[], runs: number): Promise<number[][]> {
  for (const url of urls) await firstRender(browser, url);
  const times = urls.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, url] of urls.entries()) times[i]!.push(await firstRender(browser, url));
  }
  return times;
}
