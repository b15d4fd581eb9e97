// Entry point: wait for Office, read where the pane runs, render. The only file of the pane
// that touches the Office global.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { paneHost, paneTheme, type PaneEnvironment, type PaneHost } from "./environment";
import "../functions/register";

function render(host: PaneHost): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(<App environment={readEnvironment(host)} />);
}

function readEnvironment(host: PaneHost): PaneEnvironment {
  let officeBackground: string | undefined;
  try {
    // Office shares its theme only in some hosts; elsewhere `officeTheme` is undefined.
    officeBackground = host.kind === "browser" || host.kind === "no-office-js" ? undefined : Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    officeBackground = undefined;
  }
  return { host, theme: paneTheme(officeBackground, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false) };
}

if (typeof Office === "undefined") {
  render({ kind: "no-office-js" });
} else {
  // The typings declare HostType as a numeric enum; at run time it is the application's name.
  void Office.onReady((info) => render(paneHost(info.host === null ? null : String(info.host))));
}
