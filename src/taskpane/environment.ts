// Where the pane is running, in the pane's own terms. index.tsx reads Office once and turns it
// into this; the React components never see Office types.

export type PaneHost =
  /** Inside Excel (desktop, Mac or the web): the pane can read and write the workbook. */
  | { kind: "excel" }
  /** Inside another Office application: the add-in is for Excel only. */
  | { kind: "other-office"; application: string }
  /** office.js loaded but no Office host (the page was opened in a plain browser). */
  | { kind: "browser" }
  /** office.js itself did not load (offline, or blocked), so Office cannot be reached. */
  | { kind: "no-office-js" };

export type PaneTheme = "light" | "dark";

export interface PaneEnvironment {
  host: PaneHost;
  theme: PaneTheme;
  /** The origin the pane was served from ("https://localhost:3000"): what an empty host address means. */
  pageOrigin?: string;
}

/** The host from `Office.onReady`'s `info.host` (null in a plain browser). */
export function paneHost(officeHost: string | null | undefined): PaneHost {
  if (officeHost === null || officeHost === undefined) return { kind: "browser" };
  if (officeHost === "Excel") return { kind: "excel" };
  return { kind: "other-office", application: officeHost };
}

/**
 * Dark when Office's body background is dark (its Dark Grey and Black themes); with no Office
 * theme (a plain browser, or a host that does not share it) follow the system preference.
 */
export function paneTheme(officeBodyBackground: string | undefined, systemPrefersDark: boolean): PaneTheme {
  const luminance = officeBodyBackground === undefined ? undefined : relativeLuminance(officeBodyBackground);
  if (luminance === undefined) return systemPrefersDark ? "dark" : "light";
  return luminance < 0.35 ? "dark" : "light";
}

/** WCAG relative luminance of a "#rrggbb" or "#rgb" colour, or undefined if it is not one. */
export function relativeLuminance(colour: string): number | undefined {
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
