// How `npm start` gets the add-in into Excel. office-addin-debugging sideloads into Excel on
// Windows and macOS; it is an optional dependency because it does not build on Linux (keytar)
// and refuses to run there. Everywhere else we say exactly how to upload the manifest by hand.

export type SideloadPlan =
  | { kind: "office-addin-debugging"; start: string[]; stop: string[] }
  | { kind: "by-hand"; reason: string };

export const DEV_SERVER_PORT = 3000;

export function sideloadPlan(platform: NodeJS.Platform, debuggingInstalled: boolean, manifest = "manifest.xml"): SideloadPlan {
  if (platform !== "win32" && platform !== "darwin") {
    return { kind: "by-hand", reason: `office-addin-debugging sideloads only into Excel on Windows and macOS, not on ${platform}` };
  }
  if (!debuggingInstalled) {
    return { kind: "by-hand", reason: "office-addin-debugging (an optional dependency) is not installed" };
  }
  return {
    kind: "office-addin-debugging",
    // The dev server is already running: naming its port makes the tool use it, not start one.
    start: ["start", manifest, "desktop", "--app", "excel", "--dev-server-port", String(DEV_SERVER_PORT), "--no-debug", "--no-live-reload"],
    stop: ["stop", manifest],
  };
}

/** The steps to upload the manifest by hand, for Excel on the web and as a fallback on desktop. */
export function sideloadByHandSteps(manifestPath: string): string {
  return [
    "Sideload the add-in into Excel on the web:",
    "  1. Open a workbook at https://www.office.com (or in OneDrive or SharePoint).",
    "  2. Home › Add-ins › More Add-ins › Upload My Add-in.",
    `  3. Browse to ${manifestPath} and choose Upload.`,
    "  4. Home › Ombudsman opens the pane.",
    "The browser must trust the dev certificate: open https://localhost:3000/taskpane.html once and check it loads.",
    "Excel on Windows or macOS: see the README, section Sideloading.",
  ].join("\n");
}
