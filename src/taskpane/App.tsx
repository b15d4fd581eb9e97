// The task pane shell: header, council picker, Fetch my council, status. It knows only the
// pane's environment (never Office types); later work passes in the register and the actions.
import { Button, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { CouncilPicker, type CouncilChoice } from "./CouncilPicker";
import type { PaneEnvironment } from "./environment";
import { Header } from "./Header";
import { StatusArea } from "./StatusArea";
import { canFetch, startingStatus } from "./status";

export interface AppProps {
  environment: PaneEnvironment;
  /** The councils the picker offers. */
  councils?: readonly CouncilChoice[];
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

export function App({ environment, councils = [] }: AppProps) {
  const styles = useStyles();
  const [council, setCouncil] = useState<CouncilChoice | undefined>(undefined);
  return (
    <FluentProvider theme={environment.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      <Header />
      <main className={styles.main}>
        <CouncilPicker councils={councils} disabled={environment.host.kind !== "excel"} onSelect={setCouncil} />
        <Button appearance="primary" disabled={!canFetch(environment, council !== undefined)}>
          Fetch my council
        </Button>
        <StatusArea status={startingStatus(environment)} />
      </main>
    </FluentProvider>
  );
}
