import { describe, expect, it } from "vitest";
import { sideloadByHandSteps, sideloadPlan } from "./sideload";

describe("sideloadPlan", () => {
  it("uses office-addin-debugging on Windows and macOS when it is installed, against the running dev server", () => {
    for (const platform of ["win32", "darwin"] as const) {
      const plan = sideloadPlan(platform, true);
      expect(plan.kind).toBe("office-addin-debugging");
      if (plan.kind === "office-addin-debugging") {
        expect(plan.start.slice(0, 3)).toEqual(["start", "manifest.xml", "desktop"]);
        expect(plan.start).toContain("--dev-server-port");
        expect(plan.stop).toEqual(["stop", "manifest.xml"]);
      }
    }
  });

  it("falls back to uploading by hand on Linux, or where the tool is not installed, and says why", () => {
    expect(sideloadPlan("linux", true)).toEqual({ kind: "by-hand", reason: expect.stringMatching(/not on linux/) });
    expect(sideloadPlan("win32", false)).toEqual({ kind: "by-hand", reason: expect.stringMatching(/not installed/) });
  });
});

describe("sideloadByHandSteps", () => {
  it("gives the Excel on the web menu path and the manifest to upload", () => {
    const steps = sideloadByHandSteps("/work/main/manifest.xml");
    expect(steps).toContain("Home › Add-ins › More Add-ins › Upload My Add-in");
    expect(steps).toContain("/work/main/manifest.xml");
  });
});
