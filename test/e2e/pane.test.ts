// The task pane as an analyst meets it (issue 5): the production bundle (`npm run build:e2e`) in
// Debian's Chromium through the e2e harness (test/e2e/serve.ts): the in-memory Excel host and the
// local office.js, the add-in host's LGSCO relay fetching from a loopback stand-in. Screenshots
// of each state at 320 and 500 px land in test/e2e/screenshots/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeLetterPdf } from "../fixtures/letters/letter-pdf";
import type { HostSnapshot } from "../support/excel-host";
import type { TestHost } from "./harness/page";
import { HARNESS_SCRIPT, isE2eBuild, startPaneHarness, type PaneHarness } from "./serve";
import { seriousViolations } from "./support/axe";
import { chooseFiles, openSection, whenEnabled, within } from "./support/bounded";
import { launchChromium, watchPage, type PageProblems } from "./support/chromium";
import { withoutLivePullMisses } from "./support/live-pull-misses";
import { DIST } from "./support/serve-dist";

declare global {
  interface Window {
    testHost: TestHost;
  }
}

const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const HARROW_LETTER = fileURLToPath(new URL("../fixtures/letters/harrow-2019-20.txt", import.meta.url));
const WIDTHS = [320, 500] as const;

let browser: Browser;
let harness: PaneHarness;
let workDir: string;

beforeAll(async () => {
  if (!isE2eBuild()) throw new Error("dist/ holds no e2e build of the pane: run `npm run build:e2e` first (npm run test:e2e does).");
  mkdirSync(SCREENSHOTS, { recursive: true });
  workDir = mkdtempSync(join(tmpdir(), "pane-e2e-"));
  harness = await startPaneHarness();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface OpenPane {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** A fresh browser profile (no cached pages, no saved settings) with the pane loaded and its council list in. */
async function openPane(options: { width?: number; query?: string } = {}): Promise<OpenPane> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 320, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(`${harness.paneUrl}${options.query ?? ""}`);
  await paneReady(page);
  return { context, page, problems };
}

async function paneReady(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole("combobox", { name: "Council" }).isEnabled(), { timeout: 20_000 }).toBe(true);
}

const snapshot = (page: Page): Promise<HostSnapshot> => within("The in-memory host's snapshot", page.evaluate(() => window.testHost.snapshot()));
const savedSettings = (page: Page): Promise<Record<string, unknown>> => within("The in-memory host's saved settings", page.evaluate(() => window.testHost.savedSettings()));
const status = (page: Page): Locator => page.locator("main > [role=status]");

/** The OmbudsmanKeyStats row for a council and year, by column name. */
async function keyStatsRow(page: Page, council: string, year: string): Promise<Record<string, unknown> | undefined> {
  const snap = await snapshot(page);
  const table = snap.tables.OmbudsmanKeyStats;
  if (!table) return undefined;
  const sheet = snap.sheets[table.sheet] ?? [];
  const top = Number(/\d+/.exec(table.address)![0]) - 1;
  const header = sheet[top] ?? [];
  const row = sheet.slice(top + 1).find((values) => values[0] === council && values[1] === year);
  return row && Object.fromEntries(header.map((name, i) => [String(name), row[i]]));
}

/** Screenshots of the pane in this state at 320 and 500 px, checking nothing is wider than the pane and axe finds nothing serious at 320. */
async function screenshots(page: Page, state: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 320, height: 800 };
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await within("Two animation frames", page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
    expect(await within("The page's width", page.evaluate(() => document.documentElement.scrollWidth)), `no horizontal scroll at ${width} px (${state})`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${SCREENSHOTS}pane-${state}-${width}.png`, fullPage: true, timeout: 20_000 });
    // axe-core on every state this suite visits, at the narrowest width Office gives.
    if (width === 320) expect(await within(`axe on ${state}`, seriousViolations(page), 30_000), `axe: ${state}`).toEqual([]);
  }
  await page.setViewportSize(original);
}

async function chooseCouncil(page: Page, typed: string, name: string): Promise<void> {
  const picker = page.getByRole("combobox", { name: "Council" });
  await picker.click();
  await picker.fill("");
  await picker.pressSequentially(typed);
  await page.getByRole("option", { name }).click();
  await expect.poll(() => picker.inputValue(), { timeout: 10_000 }).toBe(name);
}

async function fetchCouncil(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Fetch my council" }).click();
  await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain(`Fetched ${name}`);
}

/** Nothing went wrong on the page apart from `expected` failed requests, the live pull's page-name misses and office.js's refused telemetry. */
function expectNoProblems(all: PageProblems, expected: RegExp[] = []): void {
  const problems = withoutLivePullMisses(all);
  const unexpected = (entries: string[]) => entries.filter((entry) => !expected.some((pattern) => pattern.test(entry)));
  expect(problems.pageErrors).toEqual([]);
  expect(unexpected(problems.consoleErrors)).toEqual([]);
  expect(unexpected(problems.failedRequests)).toEqual([]);
  expect(problems.offHostRequests.filter((url) => new URL(url).hostname !== "telemetryservice.firstpartyapps.oaspapps.com")).toEqual([]);
}

describe("the task pane in Excel (in-memory host)", () => {
  it('type "harr", pick London Borough of Harrow, Fetch my council: the 2019-20 row is written and its two flags shown; a flag selects its row', async () => {
    const { context, page, problems } = await openPane();
    await screenshots(page, "start");
    expect(await status(page).innerText()).toContain("Choose your council");

    const picker = page.getByRole("combobox", { name: "Council" });
    await picker.click();
    await picker.pressSequentially("harr");
    const harrow = page.getByRole("option", { name: "London Borough of Harrow" });
    await expect.poll(() => harrow.isVisible(), { timeout: 10_000 }).toBe(true);
    // Grouped by type, each option showing its type.
    expect(await page.getByRole("group", { name: "London boroughs" }).isVisible()).toBe(true);
    expect(await harrow.innerText()).toContain("London Borough · E09000015");
    await page.screenshot({ path: `${SCREENSHOTS}pane-picker-320.png` });
    await harrow.click();

    await page.getByRole("button", { name: "Fetch my council" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Fetched London Borough of Harrow");

    const snap = await snapshot(page);
    expect(snap.tables.OmbudsmanKeyStats?.sheet).toBe("Ombudsman");
    expect(await keyStatsRow(page, "London Borough of Harrow", "2019-20")).toMatchObject({
      Investigations: 33,
      Upheld: 24,
      "Upheld %": 0.73,
      "Compliance %": 1,
      "Satisfactory remedy %": 0.08,
      Flags: "upheld-above-average; remedy-below-average",
    });
    const flags = page.getByRole("list", { name: "Flags for London Borough of Harrow" }).getByRole("button");
    expect(await flags.count()).toBe(2);
    expect(await flags.nth(0).innerText()).toMatch(/Watch\s+Upheld above average\s+2019-20\s+Upheld 73% \(24 of 33 investigations\)/);
    expect(await flags.nth(1).innerText()).toMatch(/Watch\s+Remedy below average\s+2019-20\s+Satisfactory remedy 8%/);
    expect(await page.getByRole("region", { name: "Sources for London Borough of Harrow" }).innerText()).toContain("2019-20 from the embedded dataset as of");
    await screenshots(page, "fetched");

    // Following a flag selects its row on the Ombudsman sheet.
    await page.evaluate(() => window.testHost.setValues("Notes", "A2", [["(looking at the notes)"]]));
    await flags.nth(1).click();
    await expect.poll(() => page.evaluate(() => window.testHost.selection()), { timeout: 10_000 }).toBeDefined();
    const selection = (await page.evaluate(() => window.testHost.selection()))!;
    expect(selection.sheet).toBe("Ombudsman");
    expect(await page.evaluate(() => window.testHost.activeSheet())).toBe("Ombudsman");
    const row = Number(/\d+/.exec(selection.address)![0]);
    expect(selection.address).toBe(`A${row}:P${row}`);
    expect((await snapshot(page)).sheets.Ombudsman![row - 1]!.slice(0, 2)).toEqual(["London Borough of Harrow", "2019-20"]);
    expect(await status(page).innerText()).toContain("London Borough of Harrow, 2019-20 is selected in the Ombudsman sheet");

    expectNoProblems(problems);
    await context.close();
  });

  it("with the live pull on, shows a live page's figures with their source; with LGSCO answering 500 it says the live pull failed and uses the embedded figures", async () => {
    const { context, page, problems } = await openPane();
    await openSection(page, "Settings");
    const live = page.getByRole("switch", { name: /Live pull/ });
    // On by default; saved on, whatever the default.
    if (!(await live.isChecked())) await live.click();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.getByText("Settings saved").isVisible(), { timeout: 10_000 }).toBe(true);
    // The default is not written out: saved settings without livePull: false mean the live pull is on.
    expect((await savedSettings(page))["OmbudsmanScrutiny.pane"]).not.toMatchObject({ livePull: false });
    expect(await live.isChecked()).toBe(true);

    await chooseCouncil(page, "leeds", "Leeds City Council");
    await fetchCouncil(page, "Leeds City Council");
    const pageUrl = `${harness.standIn.baseUrl}/leeds-city-council/statistics`;
    const sources = page.getByRole("region", { name: "Sources for Leeds City Council" });
    expect(await sources.innerText()).toMatch(/2023-24 from LGSCO's statistics page, read \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./);
    expect(await sources.getByRole("link", { name: "LGSCO's statistics page" }).getAttribute("href")).toBe(pageUrl);
    const leeds = await keyStatsRow(page, "Leeds City Council", "2023-24");
    expect(leeds).toMatchObject({ "Upheld %": 0.75, "Compliance %": 1, Sources: pageUrl });
    expect(harness.standIn.requestsFor("leeds-city-council")).toHaveLength(1);
    await screenshots(page, "live-used");

    harness.standIn.failNext("kent-county-council", 10, 500);
    await chooseCouncil(page, "kent", "Kent County Council");
    await fetchCouncil(page, "Kent County Council");
    const kentSources = page.getByRole("region", { name: "Sources for Kent County Council" });
    const said = await kentSources.innerText();
    expect(said).toContain("The live pull failed");
    expect(said).toMatch(/had a fault \(HTTP 500\) and did not send the page, after 3 tries; showing the embedded figures as of \d{4}-\d{2}-\d{2}\./);
    expect(said).toMatch(/2022-23 to 2024-25 from the embedded dataset as of/);
    expect(await status(page).innerText()).toContain("The live pull failed: see Sources.");
    const kent = await keyStatsRow(page, "Kent County Council", "2024-25");
    expect(kent?.Sources).toBe("https://www.lgo.org.uk/your-councils-performance/kent-county-council/statistics");
    await screenshots(page, "live-failed");

    // The relay answered 502 for each of the client's three tries: the only failures on the page.
    expectNoProblems(problems, [/\/lgsco\/kent-county-council\/statistics/, /status of 502/]);
    await context.close();
  });

  it("Refresh comparisons after the analyst edited one of their own sheets leaves that sheet untouched, from the pane and from the ribbon", async () => {
    const { context, page, problems } = await openPane();
    await chooseCouncil(page, "harrow", "London Borough of Harrow");
    await fetchCouncil(page, "London Borough of Harrow");
    await chooseCouncil(page, "E08000035", "Leeds City Council");
    await fetchCouncil(page, "Leeds City Council");

    await page.evaluate(() => window.testHost.setValues("Our complaints", "H1:H2", [["Checked"], ["yes"]]));
    const before = await page.evaluate(() => [window.testHost.sheetState("Our complaints"), window.testHost.sheetState("Notes")]);
    await page.getByRole("button", { name: "Refresh comparisons" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Comparisons refreshed");
    expect(await status(page).innerText()).toContain("Rewrote the Ombudsman sheets for 2 councils (Leeds City Council; London Borough of Harrow)");
    expect(await page.evaluate(() => [window.testHost.sheetState("Our complaints"), window.testHost.sheetState("Notes")])).toEqual(before);
    expect((await snapshot(page)).sheets["Our complaints"]![1]![7]).toBe("yes");
    await screenshots(page, "refreshed");

    // The ribbon's button, pressed while the pane is open: the pane hears how it went.
    await page.evaluate(() => window.testHost.runCommand("RefreshComparisons"));
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Comparisons refreshed from the ribbon");
    expect(await page.evaluate(() => [window.testHost.sheetState("Our complaints"), window.testHost.sheetState("Notes")])).toEqual(before);

    expectNoProblems(problems);
    await context.close();
  });

  it("imports a PDF made from the real Harrow letter's text (composed with pdf-lib for this test): the row read shows 73% / 100% / 8% before anything is written", async () => {
    const pdf = join(workDir, "harrow-2019-20.composed.pdf");
    writeFileSync(pdf, await composeLetterPdf(readFileSync(HARROW_LETTER, "utf8")));
    const { context, page, problems } = await openPane();
    await openSection(page, "Import letters and pages");
    await chooseFiles(page, "Choose letters or pages…", pdf);

    const confirmation = page.getByRole("region", { name: "Check what was read" });
    await expect.poll(() => confirmation.isVisible(), { timeout: 30_000 }).toBe(true);
    // A single letter is a one-row reading: everything the letter showed, in its row.
    const rows = confirmation.getByRole("list", { name: "Documents read" }).locator(":scope > li");
    expect(await rows.count()).toBe(1);
    const shown = await confirmation.innerText({ timeout: 5_000 });
    expect(shown).toMatch(/From\s+Annual review letter, harrow-2019-20\.composed\.pdf/);
    expect(shown).toMatch(/Council\s+London Borough of Harrow/);
    expect(shown).toMatch(/Year\s+2019-20/);
    const statistics = confirmation.getByRole("list", { name: "Key statistics 2019-20" }).getByRole("listitem");
    expect(await statistics.allInnerTexts()).toEqual([
      expect.stringMatching(/^Complaints upheld\s+73%\s+24 of 33 investigations · similar councils 70%$/),
      expect.stringMatching(/^Compliance with recommendations\s+100%\s+21 compliance outcomes · similar councils 99%$/),
      expect.stringMatching(/^Satisfactory remedy by the council\s+8%\s+2 of 24 upheld cases · similar councils 15%$/),
    ]);
    // Nothing is written, nor kept, before the analyst says so.
    const before = await snapshot(page);
    expect(Object.keys(before.sheets)).toEqual(["Our complaints", "Notes"]);
    expect(await savedSettings(page)).toEqual({});
    await screenshots(page, "letter-read");

    await whenEnabled(page, "Add to workbook");
    await page.getByRole("button", { name: "Add to workbook" }).click({ timeout: 10_000 });
    await expect.poll(() => page.getByText("Letter added", { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await keyStatsRow(page, "London Borough of Harrow", "2019-20")).toMatchObject({
      "Upheld %": 0.73,
      "Compliance %": 1,
      "Satisfactory remedy %": 0.08,
      Sources: expect.stringMatching(/^LGSCO annual review letter, harrow-2019-20\.composed\.pdf \(letter imported into this workbook on \d{4}-\d{2}-\d{2}\)$/),
    });
    expect(await page.getByRole("region", { name: "Sources for London Borough of Harrow" }).innerText({ timeout: 10_000 })).toMatch(
      /2019-20 from LGSCO annual review letter, harrow-2019-20\.composed\.pdf, a letter imported into this workbook on/,
    );
    expect(await page.getByRole("combobox", { name: "Council" }).inputValue({ timeout: 5_000 })).toBe("London Borough of Harrow");
    await screenshots(page, "letter-added");

    expectNoProblems(problems);
    await context.close();
  });

  it("says what happened and what to do when the analyst's own table has a name the add-in needs, and writes nothing", async () => {
    const { context, page, problems } = await openPane();
    await page.evaluate(() => window.testHost.addTable("Our complaints", "A1:G4", "OmbudsmanFlags"));
    const before = await snapshot(page);
    await chooseCouncil(page, "harrow", "London Borough of Harrow");
    await page.getByRole("button", { name: "Fetch my council" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Fetch my council did not finish");
    const said = await status(page).innerText();
    expect(said).toContain("OmbudsmanFlags");
    expect(said).toContain("The workbook is as it was.");
    expect(said).toContain("What to do: Rename or remove that table");
    expect(await snapshot(page)).toEqual(before);
    await screenshots(page, "error");
    expectNoProblems(problems);
    await context.close();
  });

  it("keeps the chosen council in the workbook's settings and preselects it when the workbook is opened again", async () => {
    const { context, page, problems } = await openPane();
    await chooseCouncil(page, "harrow", "London Borough of Harrow");
    await expect.poll(() => savedSettings(page), { timeout: 10_000 }).toMatchObject({ "OmbudsmanScrutiny.pane": { council: "E09000015" } });
    await page.reload();
    await paneReady(page);
    expect(await page.getByRole("combobox", { name: "Council" }).inputValue()).toBe("London Borough of Harrow");
    expect(await status(page).innerText()).toContain("London Borough of Harrow is chosen");
    expect(await page.getByRole("button", { name: "Fetch my council" }).isEnabled()).toBe(true);
    await screenshots(page, "reopened");
    expectNoProblems(problems);
    await context.close();
  });

  it("follows Office's dark theme", async () => {
    const { context, page, problems } = await openPane({ query: "?theme=dark" });
    await chooseCouncil(page, "harrow", "London Borough of Harrow");
    await fetchCouncil(page, "London Borough of Harrow");
    const background = await page.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
    const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(Math.max(...channels), `provider background ${background}`).toBeLessThan(80);
    await screenshots(page, "dark-fetched");
    expectNoProblems(problems);
    await context.close();
  });

  it("keyboard only: every control is reached with Tab and used with Enter", async () => {
    const pdf = join(workDir, "harrow-keyboard.composed.pdf");
    writeFileSync(pdf, await composeLetterPdf(readFileSync(HARROW_LETTER, "utf8")));
    const { context, page, problems } = await openPane();
    // Mark every element that ever has the focus.
    await page.evaluate(() => document.addEventListener("focusin", (event) => (event.target as HTMLElement).setAttribute("data-reached", "yes")));
    // Bounded: a locator not (yet) in the page would otherwise wait 30 s on each of 30 presses.
    const focused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 });
    const tabTo = async (locator: Locator, most = 30) => {
      await locator.waitFor({ state: "visible", timeout: 20_000 });
      for (let i = 0; i < most && !(await focused(locator)); i++) await page.keyboard.press("Tab");
      expect(await focused(locator), `Tab reaches ${locator.toString()}`).toBe(true);
    };

    const picker = page.getByRole("combobox", { name: "Council" });
    await tabTo(picker);
    await page.keyboard.type("Harrow");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => picker.inputValue(), { timeout: 10_000 }).toBe("London Borough of Harrow");

    const from = page.getByRole("combobox", { name: "From" });
    await tabTo(from);
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => from.innerText(), { timeout: 10_000 }).toBe("2015-16");
    const to = page.getByRole("combobox", { name: "To" });
    await tabTo(to);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect.poll(() => to.innerText(), { timeout: 10_000 }).toBe("2024-25");

    await tabTo(page.getByRole("button", { name: "Fetch my council" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Fetched London Borough of Harrow");

    await tabTo(page.getByRole("button", { name: "Refresh comparisons" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page).innerText(), { timeout: 30_000 }).toContain("Comparisons refreshed");

    const flags = page.getByRole("list", { name: "Flags for London Borough of Harrow" }).getByRole("button");
    await tabTo(flags.nth(0));
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page).innerText(), { timeout: 10_000 }).toContain("is selected in the Ombudsman sheet");
    await tabTo(flags.nth(1));

    await tabTo(page.getByRole("button", { name: "Import letters and pages", exact: true }));
    await page.keyboard.press("Enter");
    const choose = page.getByRole("button", { name: "Choose letters or pages…", exact: true });
    await tabTo(choose);
    await chooseFiles(page, "Choose letters or pages…", pdf, () => page.keyboard.press("Enter"));
    // What was read takes the focus; Tab goes on to the answer.
    await expect.poll(() => focused(page.getByRole("heading", { name: "Check what was read" })), { timeout: 30_000 }).toBe(true);
    await tabTo(page.getByRole("button", { name: "Add to workbook" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("Letter added", { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
    // Then the outcome has it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""), { timeout: 5_000 }).toContain("Letter added");

    const pasted = page.getByRole("textbox", { name: "Or paste a letter's or page's text" });
    await tabTo(pasted);
    await page.keyboard.insertText(readFileSync(HARROW_LETTER, "utf8"));
    await tabTo(page.getByRole("button", { name: "Read pasted text" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page.getByRole("heading", { name: "Check what was read" })), { timeout: 30_000 }).toBe(true);
    await tabTo(page.getByRole("button", { name: "Add to workbook" }));
    await tabTo(page.getByRole("button", { name: "Cancel" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("heading", { name: "Check what was read" }).count(), { timeout: 10_000 }).toBe(0);

    await tabTo(page.getByRole("button", { name: "Settings" }));
    await page.keyboard.press("Enter");
    const live = page.getByRole("switch", { name: /Live pull/ });
    await tabTo(live);
    const liveAtFirst = await live.isChecked();
    await page.keyboard.press("Enter");
    await expect.poll(() => live.isChecked(), { timeout: 10_000 }).toBe(!liveAtFirst);
    await page.keyboard.press("Enter");
    await expect.poll(() => live.isChecked(), { timeout: 10_000 }).toBe(liveAtFirst);
    await tabTo(page.getByRole("textbox", { name: "Add-in host address" }));
    const rising = page.getByRole("spinbutton", { name: "Upheld rising by at least (points)" });
    await tabTo(rising);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("5");
    for (const name of ["Low base: fewer than (cases)", "Inconsistent when off by more than (points)"]) await tabTo(page.getByRole("spinbutton", { name }));
    await tabTo(page.getByRole("button", { name: "Save settings" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("Settings saved").isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await savedSettings(page)).toMatchObject({ "OmbudsmanScrutiny.pane": { flagSettings: { risingPoints: 5 } } });
    await tabTo(page.getByRole("button", { name: "Restore default thresholds" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => rising.inputValue(), { timeout: 10_000 }).toBe("10");

    // Every control on the pane now has had the focus.
    const missed = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("#root button, #root input, #root textarea, #root select, #root a[href], #root [tabindex='0']"))
        .filter((element) => element.offsetParent !== null && !element.hasAttribute("disabled") && element.getAttribute("type") !== "file")
        .filter((element) => element.getAttribute("data-reached") !== "yes")
        .map((element) => element.getAttribute("aria-label") ?? element.textContent ?? element.outerHTML.slice(0, 80)),
    );
    expect(missed).toEqual([]);
    await screenshots(page, "keyboard-end");
    expectNoProblems(problems);
    await context.close();
  });

  it("the production bundle holds none of the harness: it is served only by the harness", () => {
    const scripts = readdirSync(DIST).filter((file) => /\.m?js$/.test(file) && file !== "office.js" && file !== "o15apptofilemappingtable.js");
    expect(scripts.some((file) => file.startsWith("taskpane."))).toBe(true);
    for (const file of scripts) {
      const code = readFileSync(join(DIST, file), "utf8");
      for (const trace of ["ombudsman-e2e-harness", "testHost", "in-memory", HARNESS_SCRIPT]) expect(code.includes(trace), `${file} contains "${trace}"`).toBe(false);
    }
    expect(readFileSync(join(DIST, "taskpane.html"), "utf8")).not.toContain(HARNESS_SCRIPT);
  });
});
