// The pane's "Committee pack" section (issue 14): the chosen council's annual complaints report
// for scrutiny, built for one LGSCO year into the add-in's own Pack sheets. The Word report is
// made by the CLI; the section says how.
import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { isPaneProblem, type CouncilOption, type PackChoice, type PackResult } from "../workbook/pane/pane-api";

export interface CommitteePackProps {
  council: CouncilOption | undefined;
  /** Years the figures cover, oldest first; the latest is offered first. */
  years: readonly string[];
  /** Absent outside Excel or where the workbook does not offer it. */
  build?: (choice: PackChoice) => Promise<PackResult>;
  /** Another job is running. */
  busy: boolean;
}

const LATEST = "latest";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

type Outcome = { kind: "done"; result: PackResult } | { kind: "failed"; title: string; text: string };

export function CommitteePack({ council, years, build, busy }: CommitteePackProps) {
  const styles = useStyles();
  const [year, setYear] = useState<string>(LATEST);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const usable = build !== undefined && council !== undefined;

  async function run(): Promise<void> {
    if (!build || !council) return;
    setWorking(true);
    setOutcome(undefined);
    try {
      const result = await build({ gss: council.gss, ...(year === LATEST ? {} : { year }) });
      setOutcome({ kind: "done", result });
    } catch (error) {
      setOutcome(
        isPaneProblem(error)
          ? { kind: "failed", title: error.title, text: `${error.whatHappened} ${error.whatToDo}` }
          : { kind: "failed", title: "The committee pack was not built", text: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className={styles.section}>
      <Text>
        The annual complaints report for your scrutiny committee: headline figures with sentences, year on year, your own complaints (from the linked register),
        Ombudsman cases, similar councils, the Code self-assessment and improvements, on sheets named Pack.
      </Text>
      <Field label="LGSCO year">
        <Select value={year} onChange={(_, data) => setYear(data.value)} disabled={!usable || working}>
          <option value={LATEST}>Latest held</option>
          {[...years].reverse().map((held) => (
            <option key={held} value={held}>
              {held}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={!usable || busy || working} onClick={() => void run()}>
        {working ? "Building…" : "Build committee pack"}
      </Button>
      {!council && build ? <Text>Choose a council above first.</Text> : null}
      {outcome?.kind === "done" ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>
              {outcome.result.council} {outcome.result.year}: {outcome.result.sheets.length} Pack sheets written
            </MessageBarTitle>
            {outcome.result.withRegister ? "" : "No register is linked, so the register's tables are empty. "}
            {outcome.result.wordReport}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === "failed" ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
