// The pane by keyboard only, checked by axe-core and under Windows high contrast (issue 13): the
// production bundle (`npm run build:e2e`) in Debian's Chromium through the e2e harness. The
// council box is driven with keys alone; axe runs on every state visited, at 320 px, in Office's
// light and dark themes; `forced-colors: active` is emulated for high contrast. Screenshots land
// in test/e2e/screenshots/ (pane-access-*).
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestHost } from "./harness/page";
import { isE2eBuild, startPaneHarness, type PaneHarness } from "./serve";
import { seriousViolations } from "./support/axe";
import { launchChromium, watchPage, type PageProblems } from "./support/chromium";
import { withoutLivePullMisses } from "./support/live-pull-misses";

declare global {
  interface Window {
    testHost: TestHost;
  }
}

const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const HARROW_LETTER = fileURLToPath(new URL("../fixtures/letters/harrow-2019-20.txt", import.meta.url));
const HARROW = "London Borough of Harrow";

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

interface OpenPane {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

async function openPane(query = ""): Promise<OpenPane> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(`${harness.paneUrl}${query}`);
  await expect.poll(() => page.getByRole("combobox", { name: "Council" }).isEnabled(), { timeout: 20_000 }).toBe(true);
  return { context, page, problems };
}

const status = (page: Page): Locator => page.locator("main > [role=status]");
const picker = (page: Page): Locator => page.getByRole("combobox", { name: "Council" });
const focused = (locator: Locator): Promise<boolean> => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (Shift+Tab when `back`) until `locator` has the focus. */
async function tabTo(page: Page, locator: Locator, back = false): Promise<void> {
  for (let i = 0; i < 40 && !(await focused(locator)); i++) await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  expect(await focused(locator), `Tab reaches ${locator.toString()}`).toBe(true);
}

/** The text of the option the combobox's keyboard is on (aria-activedescendant). */
async function activeOption(page: Page): Promise<string> {
  return picker(page).evaluate((input) => {
    const id = input.getAttribute("aria-activedescendant");
    return (id && document.getElementById(id)?.textContent) || "";
  });
}

/** The pane's hint under the Council box. */
async function councilHint(page: Page): Promise<string> {
  return picker(page).evaluate((input) => {
    const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
  });
}

async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}pane-access-${state}.png`, fullPage: true });
  expect(await seriousViolations(page), `axe: ${state}`).toEqual([]);
}

/** No page error, failed request or console error but the live pull's page-name misses. */
function expectNoPageProblems(all: PageProblems): void {
  const problems = withoutLivePullMisses(all);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
}

describe("the Council box, by keyboard only", () => {
  it('"harr" then Enter picks Harrow; after Harrow, "kent" offers and picks Kent County Council; clearing leaves the box empty; "Harow" offers did you mean', async () => {
    const { context, page, problems } = await openPane();
    const box = picker(page);
    await tabTo(page, box);
    await page.keyboard.type("harr");
    await expect.poll(() => councilHint(page)).toContain(`Enter picks ${HARROW}.`);
    await page.keyboard.press("Enter");
    await expect.poll(() => box.inputValue()).toBe(HARROW);
    await expect.poll(() => status(page).innerText()).toContain(`${HARROW} is chosen`);
    expect(await status(page).innerText()).not.toContain("Choose your council");

    // Away and back by Tab: the chosen name is selected, and typing replaces it.
    await page.keyboard.press("Tab");
    await tabTo(page, box, true);
    await page.keyboard.type("kent");
    const kent = page.getByRole("option", { name: /^Kent County Council/ });
    await expect.poll(() => kent.isVisible()).toBe(true);
    expect(await box.inputValue()).toBe("kent");
    await page.screenshot({ path: `${SCREENSHOTS}pane-access-kent-offered.png` });
    await page.keyboard.press("Enter");
    await expect.poll(() => box.inputValue()).toBe("Kent County Council");
    await expect.poll(() => status(page).innerText()).toContain("Kent County Council is chosen");

    // Select all and type: Enter takes the best match among current councils, not Harrogate (abolished 2023).
    await page.keyboard.press("Control+A");
    await page.keyboard.type("harr");
    await expect.poll(() => councilHint(page)).toContain(`Enter picks ${HARROW}.`);
    await page.keyboard.press("Enter");
    await expect.poll(() => box.inputValue()).toBe(HARROW);

    // Clearing: the text goes and stays gone while the box has the focus; the chosen council stays chosen.
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await expect.poll(() => box.inputValue()).toBe("");
    await page.waitForTimeout(300);
    expect(await box.inputValue()).toBe("");
    expect(await focused(box)).toBe(true);

    // A misspelling offers what it may mean; the arrow keys reach the suggestion and Enter picks it.
    await page.keyboard.type("Harow");
    await expect.poll(() => councilHint(page)).toContain('No council matches "Harow". Did you mean:');
    expect(await councilHint(page)).toContain(HARROW);
    expect(await page.getByRole("group", { name: "Did you mean" }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}pane-access-did-you-mean.png` });
    for (let i = 0; i < 4 && !(await activeOption(page)).startsWith(HARROW); i++) await page.keyboard.press("ArrowDown");
    expect(await activeOption(page)).toMatch(new RegExp(`^${HARROW}`));
    await page.keyboard.press("Enter");
    await expect.poll(() => box.inputValue()).toBe(HARROW);

    // Escape after typing puts the chosen council's name back.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("leeds");
    await page.keyboard.press("Escape");
    await expect.poll(() => box.inputValue()).toBe(HARROW);

    expectNoPageProblems(problems);
    await context.close();
  });
});

describe("axe-core at 320 px finds no serious or critical violation", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`in every state visited, ${theme} theme`, async () => {
      const { context, page, problems } = await openPane(theme === "dark" ? "?theme=dark" : "");
      await expectNoSeriousViolations(page, `${theme}-start`);

      const box = picker(page);
      await tabTo(page, box);
      await page.keyboard.type("harr");
      await expect.poll(() => page.getByRole("option", { name: new RegExp(`^${HARROW}`) }).isVisible()).toBe(true);
      await expectNoSeriousViolations(page, `${theme}-picker-open`);
      await page.keyboard.press("Enter");
      await expect.poll(() => box.inputValue()).toBe(HARROW);
      await expectNoSeriousViolations(page, `${theme}-chosen`);

      await page.getByRole("button", { name: "Fetch my council" }).click();
      await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain(`Fetched ${HARROW}`);
      await expectNoSeriousViolations(page, `${theme}-fetched`);

      for (const section of ["Import letters and pages", "Your complaints register", "Settings"]) await page.getByRole("button", { name: section }).click();
      await expect.poll(() => page.getByRole("button", { name: "Save settings" }).isVisible(), { timeout: 20_000 }).toBe(true);
      await expectNoSeriousViolations(page, `${theme}-sections-open`);

      await page.getByRole("textbox", { name: "Or paste a letter's or page's text" }).fill(readFileSync(HARROW_LETTER, "utf8"));
      await page.getByRole("button", { name: "Read pasted text" }).click();
      await expect.poll(() => page.getByRole("region", { name: "Check what was read" }).isVisible(), { timeout: 30_000 }).toBe(true);
      await expectNoSeriousViolations(page, `${theme}-letter-read`);
      await page.getByRole("button", { name: "Cancel" }).click();

      // Left empty (the browser's own checks pass it): the form names the field.
      await page.getByRole("spinbutton", { name: "Upheld rising by at least (points)" }).fill("");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect.poll(() => page.getByText("Give a number.", { exact: true }).isVisible()).toBe(true);
      await expectNoSeriousViolations(page, `${theme}-settings-problem`);

      await box.focus();
      await page.keyboard.press("Control+A");
      await page.keyboard.type("Harow");
      await expect.poll(() => page.getByRole("group", { name: "Did you mean" }).isVisible()).toBe(true);
      await expectNoSeriousViolations(page, `${theme}-did-you-mean`);
      await page.keyboard.press("Escape");

      expectNoPageProblems(problems);
      await context.close();

      // A failed job, in a workbook of its own: the analyst's own table holds a name the add-in needs.
      const failing = await openPane(theme === "dark" ? "?theme=dark" : "");
      await failing.page.evaluate(() => window.testHost.addTable("Our complaints", "A1:G4", "OmbudsmanFlags"));
      await tabTo(failing.page, picker(failing.page));
      await failing.page.keyboard.type("harr");
      await failing.page.keyboard.press("Enter");
      await expect.poll(() => picker(failing.page).inputValue()).toBe(HARROW);
      await failing.page.getByRole("button", { name: "Fetch my council" }).click();
      await expect.poll(() => status(failing.page).innerText(), { timeout: 30_000 }).toContain("Fetch my council did not finish");
      await expectNoSeriousViolations(failing.page, `${theme}-error`);
      expectNoPageProblems(failing.problems);
      await failing.context.close();
    });
  }
});

/** The number of distinct colours in a PNG, counted in the page (no image library needed here). */
async function colourCount(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return colours.size;
  }, png.toString("base64"));
}

/** A picture of `locator` with a margin, where a focus ring would be drawn. */
async function around(page: Page, locator: Locator): Promise<Buffer> {
  const box = (await locator.boundingBox())!;
  const margin = 6;
  const clip = { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
  return page.screenshot({ clip });
}

describe("Windows high contrast (forced-colors: active)", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`every control is drawn and shows the focus, ${theme} theme`, async () => {
      const { context, page, problems } = await openPane(theme === "dark" ? "?theme=dark" : "");
      await page.emulateMedia({ forcedColors: "active", colorScheme: theme });
      expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      await tabTo(page, picker(page));
      await page.keyboard.type("harr");
      await page.keyboard.press("Enter");
      await expect.poll(() => picker(page).inputValue()).toBe(HARROW);
      await page.getByRole("button", { name: "Fetch my council" }).click();
      await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain(`Fetched ${HARROW}`);
      await page.getByRole("button", { name: "Settings" }).click();
      await expect.poll(() => page.getByRole("button", { name: "Save settings" }).isVisible(), { timeout: 20_000 }).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}pane-access-forced-colors-${theme}.png`, fullPage: true });

      const controls = [
        picker(page),
        page.getByRole("combobox", { name: "From" }),
        page.getByRole("combobox", { name: "To" }),
        page.getByRole("button", { name: "Fetch my council" }),
        page.getByRole("button", { name: "Refresh comparisons" }),
        page.getByRole("list", { name: `Flags for ${HARROW}` }).getByRole("button").first(),
        page.getByRole("button", { name: "Import letters and pages" }),
        page.getByRole("switch", { name: /Live pull/ }),
        page.getByRole("textbox", { name: "Add-in host address" }),
        page.getByRole("button", { name: "Save settings" }),
      ];
      for (const control of controls) {
        await control.scrollIntoViewIfNeeded();
        // Something besides the background is drawn: its border, text or mark.
        expect(await colourCount(page, await control.screenshot()), `${control.toString()} is drawn`).toBeGreaterThan(1);
        // Focused by the keyboard, it looks different: the focus is visible.
        await page.locator("body").evaluate((body) => (document.activeElement as HTMLElement | null)?.blur?.() ?? body);
        const before = await around(page, control);
        await control.focus();
        await page.keyboard.press("Shift");
        const after = await around(page, control);
        expect(before.equals(after), `${control.toString()} shows the focus`).toBe(false);
      }
      expectNoPageProblems(problems);
      await context.close();
    });
  }
});

describe("a page LGSCO does not have", () => {
  it("is answered with the Settings field for the council's LGSCO page name, which the next live pull reads first", async () => {
    const { context, page, problems } = await openPane();
    // The live pull is on until the analyst turns it off.
    await page.getByRole("button", { name: "Settings" }).click();
    await expect.poll(() => page.getByRole("switch", { name: /Live pull/ }).isChecked(), { timeout: 20_000 }).toBe(true);

    await tabTo(page, picker(page));
    await page.keyboard.type("harr");
    await page.keyboard.press("Enter");
    await expect.poll(() => picker(page).inputValue()).toBe(HARROW);
    await expect.poll(() => page.evaluate(() => window.testHost.savedSettings())).toMatchObject({ "OmbudsmanScrutiny.pane": { council: "E09000015" } });
    await page.getByRole("button", { name: "Fetch my council" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain(`Fetched ${HARROW}`);
    const sources = page.getByRole("region", { name: `Sources for ${HARROW}` });
    const said = await sources.innerText();
    expect(said).toContain("LGSCO has no statistics page for London Borough of Harrow");
    expect(said).toContain(`Give LGSCO's page name for ${HARROW} in Settings (LGSCO page name), then Fetch my council again.`);
    await page.screenshot({ path: `${SCREENSHOTS}pane-access-page-not-found.png`, fullPage: true });

    const pageName = page.getByRole("textbox", { name: `LGSCO page name for ${HARROW}` });
    await pageName.fill("https://www.lgo.org.uk/your-councils-performance/harrow-page-as-lgsco-names-it/statistics");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.evaluate(() => window.testHost.savedSettings())).toMatchObject({
      "OmbudsmanScrutiny.pane": { council: "E09000015", lgscoPages: { E09000015: "harrow-page-as-lgsco-names-it" } },
    });
    const asked = harness.standIn.requests.length;
    await page.getByRole("button", { name: "Fetch my council" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain(`Fetched ${HARROW}`);
    expect(harness.standIn.requests.slice(asked)[0]?.slug).toBe("harrow-page-as-lgsco-names-it");

    // The relay answered 404 for each name tried: the only failures on the page.
    expectNoPageProblems(problems);
    await context.close();
  });
});
