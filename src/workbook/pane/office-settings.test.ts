import { describe, expect, it } from "vitest";
import { saveDocumentSettings, SettingsSaveError, type DocumentSettings } from "./office-settings";

/** Office's settings with saves that finish when the test says: saveAsync is asynchronous in Excel. */
function slowSettings() {
  const values = new Map<string, unknown>();
  const pending: ((result: { status: unknown; error?: { message?: string } }) => void)[] = [];
  const events: string[] = [];
  const document: DocumentSettings = {
    get: (name) => values.get(name),
    set: (name, value) => {
      events.push(`set ${name}`);
      values.set(name, value);
    },
    saveAsync: (callback) => {
      events.push("save");
      pending.push(callback ?? (() => undefined));
    },
  };
  const finish = (status: "succeeded" | "failed") => pending.shift()!(status === "succeeded" ? { status } : { status, error: { message: "The workbook is read-only." } });
  return { document, events, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("saveDocumentSettings: one save at a time", () => {
  it("starts a second save (the register link) only when the first (the pane's settings) has finished", async () => {
    const { document, events, finish } = slowSettings();
    const first = saveDocumentSettings(document, (settings) => settings.set("pane", 1));
    const second = saveDocumentSettings(document, (settings) => settings.set("link", 2));
    await tick();
    expect(events).toEqual(["set pane", "save"]);
    finish("succeeded");
    await first;
    await tick();
    expect(events).toEqual(["set pane", "save", "set link", "save"]);
    finish("succeeded");
    await second;
  });

  it("a failed save rejects with its reason and does not stop the next", async () => {
    const { document, finish } = slowSettings();
    const first = saveDocumentSettings(document, (settings) => settings.set("pane", 1));
    const second = saveDocumentSettings(document, (settings) => settings.set("pane", 2));
    await tick();
    finish("failed");
    await expect(first).rejects.toBeInstanceOf(SettingsSaveError);
    await tick();
    finish("succeeded");
    await expect(second).resolves.toBeUndefined();
    expect(document.get("pane")).toBe(2);
  });
});
