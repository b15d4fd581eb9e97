// Entry point: wait for Office, read where the pane runs, render. The only file of the pane
// that touches the Office global. Also the shared runtime's page: it associates the =LGSCO.*
// functions and the ribbon's commands as it loads; everything heavier loads on first use.
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { paneHost, paneTheme, type PaneEnvironment, type PaneHost } from "./environment";
import { lazyWorkbook } from "./lazy-workbook";
import { lazyRegisterWorkbook } from "./records/lazy-register";
import "../functions/associate";
import "../ribbon/associate";

async function render(host: PaneHost): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const environment = readEnvironment(host);
  const fluentTheme = await fluentThemeFor(environment);
  createRoot(container).render(<App environment={environment} fluentTheme={fluentTheme} {...(host.kind === "excel" ? { workbook: lazyWorkbook(), registerWorkbook: lazyRegisterWorkbook } : {})} />);
}

async function fluentThemeFor(environment: PaneEnvironment): Promise<Theme> {
  if (environment.theme !== "dark") return webLightTheme;
  try {
    return (await import("./dark-theme")).webDarkTheme;
  } catch {
    // The dark theme could not be loaded: a light pane beats no pane.
    return webLightTheme;
  }
}

function readEnvironment(host: PaneHost): PaneEnvironment {
  let officeBackground: string | undefined;
  try {
    // Office shares its theme only in some hosts; elsewhere `officeTheme` is undefined.
    officeBackground = host.kind === "browser" || host.kind === "no-office-js" ? undefined : Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    officeBackground = undefined;
  }
  return {
    host,
    theme: paneTheme(officeBackground, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false),
    pageOrigin: window.location.origin,
  };
}

if (typeof Office === "undefined") {
  void render({ kind: "no-office-js" });
} else {
  // The typings declare HostType as a numeric enum; at run time it is the application's name.
  void Office.onReady((info) => render(paneHost(info.host === null ? null : String(info.host))));
}
