// The ribbon command: associated under the manifest's FunctionName, runs the workbook's
// Refresh comparisons for the ribbon, and always completes the event (Office waits for it).
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.resetModules();
  vi.doUnmock("../workbook/pane/office-workbook");
  vi.doUnmock("../workbook/pane/excel-workbook");
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the ribbon's Refresh comparisons", () => {
  it("is associated with office.js under RefreshComparisons, the manifest's FunctionName", async () => {
    const associate = vi.fn();
    (globalThis as { Office?: unknown }).Office = { actions: { associate } };
    const { ribbonCommandsAssociated } = await import("./associate");
    expect(ribbonCommandsAssociated).toBe(true);
    expect(associate).toHaveBeenCalledWith("RefreshComparisons", expect.any(Function));
  });

  it("associates nothing, and throws nothing, where office.js is absent", async () => {
    const { ribbonCommandsAssociated } = await import("./associate");
    expect(ribbonCommandsAssociated).toBe(false);
  });

  it("refreshes through the page's workbook and then completes the event", async () => {
    const workbook = { name: "the page's workbook" };
    const refreshFromRibbon = vi.fn(async () => undefined);
    vi.doMock("../workbook/pane/office-workbook", () => ({ paneWorkbook: () => workbook }));
    vi.doMock("../workbook/pane/excel-workbook", () => ({ refreshFromRibbon }));
    const { refreshCommand } = await import("./refresh-command");
    const completed = vi.fn();
    await refreshCommand({ completed });
    expect(refreshFromRibbon).toHaveBeenCalledWith(workbook);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the workbook code cannot load", async () => {
    vi.doMock("../workbook/pane/office-workbook", () => {
      throw new Error("chunk failed");
    });
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { refreshCommand } = await import("./refresh-command");
    const completed = vi.fn();
    await refreshCommand({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith("Refresh comparisons could not start:", expect.anything());
    errors.mockRestore();
  });
});
