// The task pane: the header, then the pane for where it runs: in Excel (InExcelPane: choose the
// council and years, Fetch my council, Refresh comparisons, follow the flags, sources, letters,
// settings) or outside it (OutsideExcelPane: the same controls disabled, and where to open it).
// It knows the workbook only through PaneWorkbook (plain functions and plain data), never Office.
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { lazy, Suspense, type CSSProperties } from "react";
import { token } from "./css-vars";
import type { PaneWorkbook } from "../workbook/pane/pane-api";
import type { RegisterWorkbook } from "../workbook/pane/register-workbook";
import type { PaneEnvironment } from "./environment";
import { Header } from "./Header";
import { OutsideExcelPane, PaneLoading } from "./OutsideExcelPane";
import { loadInExcelPane } from "./panel-loaders";

// The pane's jobs and state load beside the workbook code they drive: until then the first
// paint shows the same controls, waiting (the register they need is not in yet either).
const InExcelPane = lazy(() => loadInExcelPane().then((module) => ({ default: module.InExcelPane })));

export interface AppProps {
  environment: PaneEnvironment;
  /** Fluent's theme for `environment.theme` (the entry loads the dark one when needed); light by default. */
  fluentTheme?: Theme;
  /** The workbook, where the pane runs in Excel; absent elsewhere (the pane then only explains). */
  workbook?: PaneWorkbook;
  /** The council's own complaints register in the workbook (issue 6), where the pane runs in Excel. */
  registerWorkbook?: () => Promise<RegisterWorkbook>;
}

// Plain style objects over Fluent's CSS variables: the first paint needs no CSS compiler (see css-vars.ts).
const styles = {
  // Not on the FluentProvider itself: Fluent copies its classes onto the portals (listboxes), which would then cover the pane.
  page: { minHeight: "100vh", backgroundColor: token("colorNeutralBackground1") },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: token("spacingVerticalL"),
    padding: `${token("spacingVerticalL")} ${token("spacingHorizontalL")}`,
    maxWidth: "640px",
  },
} satisfies Record<string, CSSProperties>;

export function App({ environment, workbook, registerWorkbook, fluentTheme = webLightTheme }: AppProps) {
  const inExcel = environment.host.kind === "excel" && workbook !== undefined;
  return (
    <FluentProvider theme={fluentTheme}>
      <div style={styles.page}>
        <Header />
        <main style={styles.main}>
          {inExcel ? (
            <Suspense fallback={<PaneLoading environment={environment} />}>
              <InExcelPane environment={environment} workbook={workbook} {...(registerWorkbook ? { registerWorkbook } : {})} />
            </Suspense>
          ) : (
            <OutsideExcelPane environment={environment} />
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
