// Entry point: wait for Office, read where the pane runs, render. The only file of the pane
// that touches the Office global. Also the shared runtime's page: it associates the ribbon's
// commands as it loads and the =LGSCO.* functions once the first paint is committed (their
// chunk would otherwise compete with it); everything heavier loads on first use.
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { associateCustomFunctions } from "../functions/associate";
import { AfterFirstPaint } from "./after-first-paint";
import { App } from "./App";
import { paneHost, paneTheme, type PaneEnvironment, type PaneHost } from "./environment";
import { lazyWorkbook } from "./lazy-workbook";
import { lazyRegisterWorkbook } from "./records/lazy-register";
import "../ribbon/associate";

async function render(host: PaneHost): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const environment = readEnvironment(host);
  const fluentTheme = await fluentThemeFor(environment);
  createRoot(container).render(
    <>
      <App environment={environment} fluentTheme={fluentTheme} {...(host.kind === "excel" ? { workbook: lazyWorkbook(), registerWorkbook: lazyRegisterWorkbook } : {})} />
      <AfterFirstPaint start={startAssociatingFunctions} />
    </>,
  );
}

function startAssociatingFunctions(): void {
  void associateCustomFunctions();
}

/** Renders the pane; if it cannot, Excel still gets its functions. */
async function start(host: PaneHost): Promise<void> {
  try {
    await render(host);
  } catch (error) {
    console.error("The pane could not be shown:", error);
    startAssociatingFunctions();
  }
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
  void start({ kind: "no-office-js" });
} else {
  // The typings declare HostType as a numeric enum; at run time it is the application's name.
  void Office.onReady((info) => start(paneHost(info.host === null ? null : String(info.host))));
}
