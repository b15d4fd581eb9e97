// Import LGSCO's data tables: several files (CSV, XLSX or Excel's Unicode Text) at once. The pane
// says what it read (councils, years, the header and columns of each file, rows not taken) and,
// on confirmation, keeps every council in them; the chosen council is written when it is there.
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { DataTableInput, DataTablesAdded, DataTablesReading, PaneProblem } from "../workbook/pane/pane-api";
import type { JobOutcome } from "./ImportLetter";

export interface ImportDataTablesProps {
  disabled: boolean;
  busy: boolean;
  read: (files: readonly DataTableInput[]) => Promise<JobOutcome<DataTablesReading>>;
  add: (reading: DataTablesReading) => Promise<JobOutcome<DataTablesAdded>>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: { display: "none" },
  report: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  heading: { margin: 0, ":focus": { outlineStyle: "none" }, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  title: { display: "block" },
});

const councils = (count: number) => `${count} ${count === 1 ? "council" : "councils"}`;

export function ImportDataTables({ disabled, busy, read, add }: ImportDataTablesProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reading, setReading] = useState<DataTablesReading | undefined>(undefined);
  const [problem, setProblem] = useState<PaneProblem | undefined>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (reading) headingRef.current?.focus();
  }, [reading]);

  async function readFiles(files: File[]): Promise<void> {
    if (files.length === 0) return;
    setProblem(undefined);
    setAdded(undefined);
    setReading(undefined);
    const inputs: DataTableInput[] = [];
    for (const file of files) inputs.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    const outcome = await read(inputs);
    if (outcome.ok) setReading(outcome.value);
    else setProblem(outcome.problem);
  }

  async function confirm(): Promise<void> {
    if (!reading) return;
    const outcome = await add(reading);
    if (!outcome.ok) {
      setProblem(outcome.problem);
      return;
    }
    const { fetched, kept } = outcome.value;
    const written = fetched ? ` ${fetched.council.name} is written in the sheets.` : " Fetch my council or Refresh comparisons to use them in the sheets.";
    const where = kept ? "are kept in this workbook" : "are in use, but could not be kept in the workbook's settings: import them again after reopening";
    setAdded(`${councils(outcome.value.councils)}' figures for ${outcome.value.years.join(", ")} ${where}.${written}`);
    setReading(undefined);
  }

  return (
    <div className={styles.panel}>
      <Body1>Choose LGSCO&apos;s data tables (CSV, XLSX or Unicode Text; several at once). Every council in them is kept for comparisons and peers.</Body1>
      <input
        ref={fileInput}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".csv,.xlsx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="LGSCO data tables"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          void readFiles(files);
        }}
      />
      <div className={styles.buttons}>
        <Button disabled={disabled} disabledFocusable={busy} onClick={() => fileInput.current?.click()}>
          Choose data tables…
        </Button>
      </div>

      <div role="status" aria-live="polite">
        {problem ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle className={styles.title}>{problem.title}</MessageBarTitle>
              {problem.whatHappened} What to do: {problem.whatToDo}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {added ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle className={styles.title}>Data tables added</MessageBarTitle>
              {added}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      {reading ? (
        <section className={styles.panel} aria-labelledby="tables-read-heading">
          <h3 id="tables-read-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
            <Subtitle2>Check what was read</Subtitle2>
          </h3>
          <Body1>
            {councils(reading.councils)}, {reading.years.join(", ")}, from {reading.files.join(", ")}.
          </Body1>
          <ul className={styles.report} aria-label="What the tables gave">
            {reading.report.map((line, index) => (
              <li key={index}>
                <Caption1>{line.trim()}</Caption1>
              </li>
            ))}
          </ul>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={disabled} disabledFocusable={busy} onClick={() => void confirm()}>
              Add {councils(reading.councils)}
            </Button>
            <Button disabled={disabled} disabledFocusable={busy} onClick={() => setReading(undefined)}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
