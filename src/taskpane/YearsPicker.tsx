// From and To years, side by side even at 320 px; every year held unless narrowed.
import { Caption1, Dropdown, Field, makeStyles, Option, tokens, useId } from "@fluentui/react-components";
import type { YearSelection } from "./year-choice";

export interface YearsPickerProps {
  years: readonly string[];
  selection: YearSelection | undefined;
  disabled: boolean;
  /** Why the selection cannot be fetched (From after To). */
  problem?: string;
  onChange: (selection: YearSelection) => void;
}

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM },
  dropdown: { minWidth: 0 },
  problem: { display: "block", color: tokens.colorPaletteRedForeground1, marginTop: tokens.spacingVerticalXS },
});

export function YearsPicker({ years, selection, disabled, problem, onChange }: YearsPickerProps) {
  const styles = useStyles();
  const problemId = useId("years-problem");
  const picker = (end: "from" | "to", label: string) => (
    <Field label={label} validationState={problem ? "error" : "none"}>
      <Dropdown
        className={styles.dropdown}
        disabled={disabled || selection === undefined}
        value={selection?.[end] ?? ""}
        selectedOptions={selection ? [selection[end]] : []}
        aria-describedby={problem ? problemId : undefined}
        onOptionSelect={(_event, data) => {
          if (selection && data.optionValue) onChange({ ...selection, [end]: data.optionValue });
        }}
      >
        {years.map((year) => (
          <Option key={year} value={year}>
            {year}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <div role="group" aria-label="Years">
      <div className={styles.row}>
        {picker("from", "From")}
        {picker("to", "To")}
      </div>
      {problem ? (
        <Caption1 id={problemId} className={styles.problem} role="alert">
          {problem}
        </Caption1>
      ) : null}
    </div>
  );
}
