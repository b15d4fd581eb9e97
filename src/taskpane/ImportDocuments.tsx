// Import several documents at once: annual letters (PDF, text) and saved statistics pages (HTML,
// text), chosen together, plus pasted text. The pane lists one row per document (council, years,
// the figures read, any problem) and adds the usable ones only when the analyst confirms.
import { Body1, Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { DocumentInput, DocumentReadingRow, PaneProblem } from "../workbook/pane/pane-api";
import type { JobOutcome } from "./ImportLetter";
import { letterStatistics } from "./letter-figures";

export interface ImportDocumentsProps {
  disabled: boolean;
  busy: boolean;
  /** The council chosen, named in the instructions; documents for another are refused. */
  councilName?: string;
  read: (inputs: readonly DocumentInput[]) => Promise<JobOutcome<DocumentReadingRow[]>>;
  add: (rows: readonly DocumentReadingRow[]) => Promise<PaneProblem | undefined>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: { display: "none" },
  rows: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  heading: { margin: 0, ":focus": { outlineStyle: "none" }, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  title: { display: "block" },
});

/** "2023-24: upheld 80% · compliance 100% · satisfactory remedy 13%". */
function figuresRead(row: DocumentReadingRow): string[] {
  return row.years.map((year) => `${year.year}: ${letterStatistics(year).map((line) => `${line.label.toLowerCase()} ${line.value}`).join(" · ")}`);
}

export function ImportDocuments({ disabled, busy, councilName, read, add }: ImportDocumentsProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState("");
  const [rows, setRows] = useState<DocumentReadingRow[] | undefined>(undefined);
  const [problem, setProblem] = useState<PaneProblem | undefined>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (rows) headingRef.current?.focus();
  }, [rows]);

  async function readInputs(inputs: DocumentInput[]): Promise<void> {
    if (inputs.length === 0) return;
    setProblem(undefined);
    setAdded(undefined);
    setRows(undefined);
    const outcome = await read(inputs);
    if (outcome.ok) setRows(outcome.value);
    else setProblem(outcome.problem);
  }

  async function readFiles(files: File[]): Promise<void> {
    const inputs: DocumentInput[] = [];
    for (const file of files) inputs.push({ kind: "file", fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    await readInputs(inputs);
  }

  const usable = rows?.filter((row) => row.problem === undefined) ?? [];

  async function confirm(): Promise<void> {
    const failed = await add(usable);
    if (failed) {
      setProblem(failed);
      return;
    }
    const years = usable.flatMap((row) => row.years.map((year) => year.year));
    setAdded(`${usable[0]?.council?.name ?? "The council"} ${years.join(", ")} from ${usable.length} ${usable.length === 1 ? "document" : "documents"} ${usable.length === 1 ? "is" : "are"} in the workbook.`);
    setRows(undefined);
    setText("");
  }

  return (
    <div className={styles.panel}>
      <Body1>
        Choose several annual letters (PDF) and saved statistics pages (HTML or text) at once{councilName ? ` for ${councilName}` : ""}, or paste a document&apos;s text. You see
        what was read from each before anything is added.
      </Body1>
      <input
        ref={fileInput}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".pdf,.htm,.html,.txt,application/pdf,text/html,text/plain"
        aria-label="Letters and statistics pages"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          void readFiles(files);
        }}
      />
      <div className={styles.buttons}>
        <Button disabled={disabled} disabledFocusable={busy} onClick={() => fileInput.current?.click()}>
          Choose documents…
        </Button>
      </div>
      <Field label="Or paste a document's text">
        <Textarea value={text} rows={3} resize="vertical" disabled={disabled} onChange={(_event, data) => setText(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button disabled={disabled || text.trim() === ""} disabledFocusable={busy} onClick={() => void readInputs([{ kind: "text", text }])}>
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
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle className={styles.title}>Documents added</MessageBarTitle>
              {added}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      {rows ? (
        <section className={styles.panel} aria-labelledby="documents-read-heading">
          <h3 id="documents-read-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
            <Subtitle2>Check what was read</Subtitle2>
          </h3>
          <ul className={styles.rows} aria-label="Documents read">
            {rows.map((row, index) => (
              <li key={`${row.document}-${index}`} className={styles.row}>
                <Body1>
                  <strong>{row.document}</strong>
                  {row.council ? ` · ${row.council.name}` : ""}
                  {row.years.length > 0 ? ` · ${row.years.map((year) => year.year).join(", ")}` : ""}
                </Body1>
                {figuresRead(row).map((line) => (
                  <Caption1 key={line}>{line}</Caption1>
                ))}
                {row.warnings.map((warning) => (
                  <Caption1 key={warning}>Check: {warning}</Caption1>
                ))}
                {row.problem ? <Caption1 className={styles.problem}>Not added: {row.problem}</Caption1> : null}
              </li>
            ))}
          </ul>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={disabled || usable.length === 0} disabledFocusable={busy} onClick={() => void confirm()}>
              {usable.length === 1 ? "Add 1 document to workbook" : `Add ${usable.length} documents to workbook`}
            </Button>
            <Button disabled={disabled} disabledFocusable={busy} onClick={() => setRows(undefined)}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
