// Every wait in the browser tests has a bound, so a stall fails at the step that stalled, naming
// it, long before the test's own timeout (which reports nothing but the time). Playwright bounds
// its locator calls (30 s each unless told) but not page.evaluate; a few 30 s defaults in a row
// already pass the 120 s a test has, so the steps here give their own, shorter, bounds.
import type { FileChooser, Page } from "playwright-core";
import { expect } from "vitest";

/** `work`, or a failure naming `what` once `ms` have passed without an answer. */
export function within<T>(what: string, work: Promise<T>, ms = 15_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Opens one of the pane's sections (an accordion header) unless it is open. */
export async function openSection(page: Page, name: string): Promise<void> {
  const header = page.getByRole("button", { name, exact: true });
  await header.waitFor({ state: "visible", timeout: 20_000 });
  if ((await header.getAttribute("aria-expanded", { timeout: 5_000 })) !== "true") await header.click({ timeout: 10_000 });
}

/** Waits until the button is there and enabled (the section loads its code when opened; a job may be running). */
export async function whenEnabled(page: Page, name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  await button.waitFor({ state: "visible", timeout: 20_000 });
  await expect.poll(() => button.isEnabled({ timeout: 1_000 }), { timeout: 20_000 }).toBe(true);
}

/**
 * Presses a "Choose …" button and gives the file chooser `files`: listening for the chooser before
 * the press (Playwright turns its interception on asynchronously), `press` doing the pressing.
 */
export async function chooseFiles(page: Page, button: string, files: string | string[], press?: () => Promise<void>): Promise<void> {
  await whenEnabled(page, button);
  const chooser: Promise<FileChooser> = page.waitForEvent("filechooser", { timeout: 15_000 });
  // Heard here too, so a press that fails first is the one failure reported.
  chooser.catch(() => undefined);
  await (press ? press() : page.getByRole("button", { name: button, exact: true }).click({ timeout: 10_000 }));
  await (await chooser).setFiles(files, { timeout: 10_000 });
}
