// Import an annual review letter: choose its PDF or paste its text; the pane shows what it read
// (council, year, the three statistics) and asks before adding it to the workbook and the
// figures the =LGSCO.* formulas use. Nothing is written until the analyst says so.
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { LetterInput, LetterReading, PaneProblem } from "../workbook/pane/pane-api";
import { letterStatistics } from "./letter-figures";

export type JobOutcome<T> = { ok: true; value: T } | { ok: false; problem: PaneProblem };

export interface ImportLetterProps {
  disabled: boolean;
  /** A job is running: buttons stay focusable but do nothing. */
  busy: boolean;
  read: (input: LetterInput) => Promise<JobOutcome<LetterReading>>;
  /** Adds the letter; resolves to a problem to show here, or undefined once added. */
  add: (reading: LetterReading) => Promise<PaneProblem | undefined>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: { display: "none" },
  confirmation: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, ":focus": { outlineStyle: "none" }, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  statistics: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  statistic: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  detail: { gridColumn: "1 / span 2", color: tokens.colorNeutralForeground3 },
  title: { display: "block" },
});

export function ImportLetter({ disabled, busy, read, add }: ImportLetterProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addedRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState("");
  const [reading, setReading] = useState<LetterReading | undefined>(undefined);
  const [problem, setProblem] = useState<PaneProblem | undefined>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);

  // Keyboard and screen-reader users land on what was read, then on the outcome.
  useEffect(() => {
    if (reading) headingRef.current?.focus();
  }, [reading]);
  useEffect(() => {
    if (added) addedRef.current?.focus();
  }, [added]);

  async function readInput(input: LetterInput): Promise<void> {
    setProblem(undefined);
    setAdded(undefined);
    setReading(undefined);
    const outcome = await read(input);
    if (outcome.ok) setReading(outcome.value);
    else setProblem(outcome.problem);
  }

  async function readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await readInput({ kind: "pdf", fileName: file.name, bytes });
  }

  async function confirm(): Promise<void> {
    if (!reading) return;
    const failed = await add(reading);
    if (failed) {
      setProblem(failed);
      return;
    }
    setAdded(`${reading.council.name} ${reading.years.map((year) => year.year).join(", ")} from ${reading.from} is in the workbook.`);
    setReading(undefined);
    setText("");
  }

  return (
    <div className={styles.panel}>
      <Body1>Read the figures in an LGSCO annual review letter: choose its PDF or paste its text. You see what was read before anything is added.</Body1>
      <input
        ref={fileInput}
        className={styles.hiddenInput}
        type="file"
        accept=".pdf,application/pdf"
        aria-label="Letter PDF file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          void readFile(file);
        }}
      />
      <div className={styles.buttons}>
        <Button disabled={disabled} disabledFocusable={busy} onClick={() => fileInput.current?.click()}>
          Choose a PDF…
        </Button>
      </div>
      <Field label="Or paste the letter's text">
        <Textarea value={text} rows={4} resize="vertical" disabled={disabled} onChange={(_event, data) => setText(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button disabled={disabled || text.trim() === ""} disabledFocusable={busy} onClick={() => void readInput({ kind: "text", text })}>
          Read pasted text
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
          <MessageBar intent="success" layout="multiline" ref={addedRef} tabIndex={-1}>
            <MessageBarBody>
              <MessageBarTitle className={styles.title}>Letter added</MessageBarTitle>
              {added}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      {reading ? (
        <section className={styles.confirmation} aria-labelledby="letter-read-heading">
          <h3 id="letter-read-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
            <Subtitle2>Check what was read</Subtitle2>
          </h3>
          <dl className={styles.facts}>
            <dt className={styles.term}>Council</dt>
            <dd className={styles.definition}>{reading.council.name}</dd>
            <dt className={styles.term}>Year</dt>
            <dd className={styles.definition}>{reading.years.map((year) => year.year).join(", ")}</dd>
            <dt className={styles.term}>From</dt>
            <dd className={styles.definition}>{reading.documentKind === "annual-letter" ? `Annual review letter, ${reading.from}` : `Statistics page, ${reading.from}`}</dd>
          </dl>
          {reading.years.map((year) => (
            <ul key={year.year} className={styles.statistics} aria-label={`Key statistics ${year.year}`}>
              {letterStatistics(year).map((line) => (
                <li key={line.label} className={styles.statistic}>
                  <Body1Strong>{line.label}</Body1Strong>
                  <span className={styles.value}>{line.value}</span>
                  {line.detail ? <Caption1 className={styles.detail}>{line.detail}</Caption1> : null}
                </li>
              ))}
            </ul>
          ))}
          {reading.warnings.map((warning) => (
            <Caption1 key={warning}>Check: {warning}</Caption1>
          ))}
          <Body1>Add these figures to the workbook? They are written to the Ombudsman sheets and kept in this workbook for Refresh and the =LGSCO formulas.</Body1>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={disabled} disabledFocusable={busy} onClick={() => void confirm()}>
              Add to workbook
            </Button>
            <Button
              disabled={disabled}
              disabledFocusable={busy}
              onClick={() => {
                setReading(undefined);
                setProblem(undefined);
              }}
            >
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
