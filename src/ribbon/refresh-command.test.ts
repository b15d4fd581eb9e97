// The ribbon command: associated under the manifest's FunctionName, runs the workbook's
// Refresh comparisons for the ribbon, and always completes the event (Office waits for it).
import { afterEach, describe, expect, it, vi } from "vitest";
import { HostSettings } from "../../test/support/excel-host";
import { officeStandIn } from "../../test/support/excel-host/office-stand-in";
import { PaneProblem, type WorkbookActivity } from "../workbook/pane/pane-api";

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

  it("refreshes through the page's workbook and then completes the event, leaving a closed pane closed", async () => {
    const office = officeStandIn(new HostSettings());
    (globalThis as { Office?: unknown }).Office = office;
    const workbook = { name: "the page's workbook", onActivity: () => () => undefined };
    const refreshFromRibbon = vi.fn(async () => undefined);
    vi.doMock("../workbook/pane/office-workbook", () => ({ paneWorkbook: () => workbook }));
    vi.doMock("../workbook/pane/excel-workbook", () => ({ refreshFromRibbon }));
    const { refreshCommand } = await import("./refresh-command");
    const completed = vi.fn();
    await refreshCommand({ completed });
    expect(refreshFromRibbon).toHaveBeenCalledWith(workbook);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.record.panesShown).toBe(0);
  });

  it("shows the pane, which holds the problem, when the refresh fails with the pane closed", async () => {
    const office = officeStandIn(new HostSettings());
    (globalThis as { Office?: unknown }).Office = office;
    const listeners = new Set<(activity: WorkbookActivity) => void>();
    const workbook = {
      onActivity: (listener: (activity: WorkbookActivity) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const problem = new PaneProblem("Refresh comparisons did not finish", "Excel refused the change.", "Try again.");
    const refreshFromRibbon = vi.fn(async () => {
      for (const listener of listeners) listener({ kind: "refresh-failed", problem });
    });
    vi.doMock("../workbook/pane/office-workbook", () => ({ paneWorkbook: () => workbook }));
    vi.doMock("../workbook/pane/excel-workbook", () => ({ refreshFromRibbon }));
    const { refreshCommand } = await import("./refresh-command");
    const completed = vi.fn();
    await refreshCommand({ completed });
    expect(office.record.panesShown).toBe(1);
    expect(listeners.size).toBe(0);
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
