// Import letters and pages: LGSCO annual review letters (PDF, text) and saved statistics pages
// (HTML, text), one or several chosen at once, or pasted text. The pane shows one row per
// document (where it came from, council, years, the key statistics with their bases and
// averages, any problem) and adds the usable ones only when the analyst confirms.
import { Body1, Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DocumentInput, DocumentReadingRow, PaneProblem } from "../workbook/pane/pane-api";
import { DocumentRead } from "./DocumentRead";
import type { JobOutcome } from "./pane-jobs";
import { ChooseFiles, ReviewConfirmation, ReviewOutcome } from "./review-parts";
import { problemOf, type ReviewAdded } from "./review-state";
import { useReview } from "./use-review";

export interface ImportLettersAndPagesProps {
  disabled: boolean;
  /** A job is running: buttons stay focusable but do nothing. */
  busy: boolean;
  /** The council chosen, named in the instructions; documents for another are refused. */
  councilName?: string;
  read: (inputs: readonly DocumentInput[]) => Promise<JobOutcome<DocumentReadingRow[]>>;
  /** Adds the rows; resolves to a problem to show here, or undefined once added. */
  add: (rows: readonly DocumentReadingRow[]) => Promise<PaneProblem | undefined>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  rows: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const usableRows = (rows: readonly DocumentReadingRow[]) => rows.filter((row) => row.problem === undefined);

/** "Letter added", "Pages added", "Documents added": what the analyst gave, in their words. */
function addedTitle(rows: readonly DocumentReadingRow[]): string {
  const one = rows.length === 1;
  if (rows.every((row) => row.kind === "annual-letter")) return one ? "Letter added" : "Letters added";
  if (rows.every((row) => row.kind === "statistics-page")) return one ? "Page added" : "Pages added";
  return "Documents added";
}

export function addedFrom(rows: readonly DocumentReadingRow[]): ReviewAdded {
  const years = rows.flatMap((row) => row.years.map((year) => year.year));
  const council = rows[0]?.council?.name ?? "The council";
  return {
    title: addedTitle(rows),
    message: `${council} ${years.join(", ")} from ${rows.map((row) => row.document).join(", ")} ${years.length === 1 ? "is" : "are"} in the workbook.`,
  };
}

export function addLabel(rows: readonly DocumentReadingRow[]): string {
  if (rows.length === 1) return "Add to workbook";
  const usable = usableRows(rows).length;
  return usable === 1 ? "Add 1 document to workbook" : `Add ${usable} documents to workbook`;
}

export function ImportLettersAndPages({ disabled, busy, councilName, read, add }: ImportLettersAndPagesProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const review = useReview<DocumentInput[], DocumentReadingRow[]>({
    read,
    async add(rows) {
      const usable = usableRows(rows);
      const failed = await add(usable);
      if (failed) return { ok: false, problem: failed };
      setText("");
      return { ok: true, value: addedFrom(usable) };
    },
  });
  const { state } = review;

  return (
    <div className={styles.panel}>
      <Body1>
        Choose LGSCO annual review letters (PDF) or saved statistics pages (HTML or text){councilName ? ` for ${councilName}` : ""}, one or several at once, or paste
        one&apos;s text. You see what was read from each before anything is added.
      </Body1>
      <ChooseFiles
        label="Choose letters or pages…"
        inputLabel="Letters and statistics pages"
        accept=".pdf,.htm,.html,.txt,application/pdf,text/html,text/plain"
        disabled={disabled}
        busy={busy}
        onFiles={(files) => void review.read(files.map((file) => ({ kind: "file", ...file })))}
      />
      <Field label="Or paste a letter's or page's text">
        <Textarea value={text} rows={3} resize="vertical" disabled={disabled} onChange={(_event, data) => setText(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button disabled={disabled || text.trim() === ""} disabledFocusable={busy} onClick={() => void review.read([{ kind: "text", text }])}>
          Read pasted text
        </Button>
      </div>

      <ReviewOutcome problem={problemOf(state)} added={state.step === "added" ? state.added : undefined} outcomeRef={review.outcomeRef} />

      {state.step === "read" ? (
        <ReviewConfirmation
          headingId="documents-read-heading"
          headingRef={review.headingRef}
          addLabel={addLabel(state.reading)}
          canAdd={usableRows(state.reading).length > 0}
          disabled={disabled}
          busy={busy}
          onAdd={() => void review.confirm()}
          onCancel={review.cancel}
        >
          <ul className={styles.rows} aria-label="Documents read">
            {state.reading.map((row, index) => (
              <DocumentRead key={`${row.document}-${index}`} row={row} />
            ))}
          </ul>
          <Body1>Add these figures to the workbook? They are written to the Ombudsman sheets and kept in this workbook for Refresh and the =LGSCO formulas.</Body1>
        </ReviewConfirmation>
      ) : null}
    </div>
  );
}
