import { describe, expect, it } from "vitest";
import type { PaneEnvironment, PaneHost } from "./environment";
import { canFetch, startingStatus } from "./status";

const at = (host: PaneHost): PaneEnvironment => ({ host, theme: "light" });

describe("startingStatus", () => {
  it("in a plain browser says the add-in must be opened in Excel and how", () => {
    const status = startingStatus(at({ kind: "browser" }));
    expect(status.intent).toBe("warning");
    expect(status.message).toMatch(/must be opened in Excel/);
    expect(status.message).toContain("Home › Add-ins › More Add-ins › Upload My Add-in");
  });

  it("in Excel asks for a council", () => {
    expect(startingStatus(at({ kind: "excel" }))).toMatchObject({ intent: "info", title: "Choose your council" });
  });

  it("names the wrong Office application", () => {
    expect(startingStatus(at({ kind: "other-office", application: "Word" })).message).toContain("opened in Word");
  });

  it("says plainly when office.js did not load", () => {
    const status = startingStatus(at({ kind: "no-office-js" }));
    expect(status.intent).toBe("error");
    expect(status.message).toContain("office.js did not load");
  });
});

describe("canFetch", () => {
  it("needs Excel and a chosen council", () => {
    expect(canFetch(at({ kind: "excel" }), true)).toBe(true);
    expect(canFetch(at({ kind: "excel" }), false)).toBe(false);
    expect(canFetch(at({ kind: "browser" }), true)).toBe(false);
    expect(canFetch(at({ kind: "no-office-js" }), true)).toBe(false);
  });
});
