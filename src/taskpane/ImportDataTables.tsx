// Import LGSCO's data tables: several files (CSV, XLSX or Excel's Unicode Text) at once. The pane
// says what it read (councils, years, the header and columns of each file, rows not taken) and,
// on confirmation, keeps every council in them; the chosen council is written when it is there.
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DataTableInput, DataTablesAdded, DataTablesReading } from "../workbook/pane/pane-api";
import type { JobOutcome } from "./pane-jobs";
import { ChooseFiles, ReviewConfirmation, ReviewOutcome } from "./review-parts";
import { problemOf, type ReviewAdded } from "./review-state";
import { useReview } from "./use-review";

export interface ImportDataTablesProps {
  disabled: boolean;
  busy: boolean;
  read: (files: readonly DataTableInput[]) => Promise<JobOutcome<DataTablesReading>>;
  add: (reading: DataTablesReading) => Promise<JobOutcome<DataTablesAdded>>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  report: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
});

const councils = (count: number) => `${count} ${count === 1 ? "council" : "councils"}`;

export function tablesAdded(added: DataTablesAdded): ReviewAdded {
  const written = added.fetched ? ` ${added.fetched.council.name} is written in the sheets.` : " Fetch my council or Refresh comparisons to use them in the sheets.";
  const where = added.kept ? "are kept in this workbook" : "are in use, but could not be kept in the workbook's settings: import them again after reopening";
  return { title: "Data tables added", message: `${councils(added.councils)}' figures for ${added.years.join(", ")} ${where}.${written}` };
}

export function ImportDataTables({ disabled, busy, read, add }: ImportDataTablesProps) {
  const styles = useStyles();
  const review = useReview<DataTableInput[], DataTablesReading>({
    read,
    async add(reading) {
      const outcome = await add(reading);
      return outcome.ok ? { ok: true, value: tablesAdded(outcome.value) } : outcome;
    },
  });
  const { state } = review;

  return (
    <div className={styles.panel}>
      <Body1>Choose LGSCO&apos;s data tables (CSV, XLSX or Unicode Text; several at once). Every council in them is kept for comparisons and peers.</Body1>
      <ChooseFiles
        label="Choose data tables…"
        inputLabel="LGSCO data tables"
        accept=".csv,.xlsx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        busy={busy}
        onFiles={(files) => void review.read(files)}
      />

      <ReviewOutcome problem={problemOf(state)} added={state.step === "added" ? state.added : undefined} outcomeRef={review.outcomeRef} />

      {state.step === "read" ? (
        <ReviewConfirmation
          headingId="tables-read-heading"
          headingRef={review.headingRef}
          addLabel={`Add ${councils(state.reading.councils)}`}
          disabled={disabled}
          busy={busy}
          onAdd={() => void review.confirm()}
          onCancel={review.cancel}
        >
          <Body1>
            {councils(state.reading.councils)}, {state.reading.years.join(", ")}, from {state.reading.files.join(", ")}.
          </Body1>
          <ul className={styles.report} aria-label="What the tables gave">
            {state.reading.report.map((line, index) => (
              <li key={index}>
                <Caption1>{line.trim()}</Caption1>
              </li>
            ))}
          </ul>
        </ReviewConfirmation>
      ) : null}
    </div>
  );
}
