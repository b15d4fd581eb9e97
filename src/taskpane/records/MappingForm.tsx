// The detected mapping, shown for confirmation and correction: the header row, then each field of
// the register with the column that holds it (a required one marked), what is still missing in
// plain words, and what the mapping reads from the register. Presentational: state lives in
// RegisterEditor.
import {
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  SpinButton,
  Text,
  tokens,
} from "@fluentui/react-components";
import { REGISTER_FIELDS, type RegisterField, type RegisterMapping } from "../../sources/records/complaints-register";
import type { RegisterCheck, RegisterPick } from "../../workbook/pane/register-workbook";
import { headerChoices, headerRowsOffered, missingRequired, missingSentence } from "./mapping-model";

const NOT_IN_REGISTER = "none";
const PROBLEMS_SHOWN = 8;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // The title on its own line: at 320 px a run-on title and message read as one sentence.
  title: { display: "block" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface MappingFormProps {
  pick: RegisterPick;
  mapping: RegisterMapping;
  /** What the mapping reads, once every required column is chosen. */
  check?: RegisterCheck;
  /** Why the register cannot be read with this mapping. */
  checkProblem?: string;
  disabled?: boolean;
  onHeaderRow: (headerRow: number) => void;
  onColumn: (field: RegisterField, index: number | undefined) => void;
}

function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

export function MappingForm({ pick, mapping, check, checkProblem, disabled = false, onHeaderRow, onColumn }: MappingFormProps) {
  const styles = useStyles();
  const choices = headerChoices(pick.cells, mapping.headerRow);
  const missing = missingRequired(mapping);
  const missingText = missingSentence(missing);
  const rows = headerRowsOffered(pick.cells);

  return (
    <div className={styles.form}>
      <Text>Read from {pick.where}. Check each column below; change any that is wrong.</Text>
      <Field label="Header row" hint={`Row ${mapping.headerRow} of the cells read holds the column headings.`}>
        <SpinButton
          value={mapping.headerRow}
          min={1}
          max={rows}
          disabled={disabled}
          onChange={(_event, data) => {
            const typed = data.value ?? Number.parseInt(data.displayValue ?? "", 10);
            if (Number.isInteger(typed) && typed >= 1 && typed <= rows) onHeaderRow(typed);
          }}
        />
      </Field>
      {REGISTER_FIELDS.map(({ field, label, required }) => {
        const chosen = mapping.columns[field];
        const value = chosen === undefined ? NOT_IN_REGISTER : String(chosen.index);
        const shown = chosen === undefined ? "Not in the register" : (choices.find((choice) => choice.index === chosen.index)?.label ?? `${chosen.header}`);
        return (
          <Field
            key={field}
            label={label}
            required={required}
            validationState={required && chosen === undefined ? "error" : "none"}
            validationMessage={required && chosen === undefined ? "Required: choose the column that holds it." : undefined}
          >
            <Dropdown
              className={styles.dropdown}
              value={shown}
              selectedOptions={[value]}
              disabled={disabled}
              onOptionSelect={(_event, data) => onColumn(field, data.optionValue === undefined || data.optionValue === NOT_IN_REGISTER ? undefined : Number(data.optionValue))}
            >
              <Option value={NOT_IN_REGISTER}>Not in the register</Option>
              {choices.map((choice) => (
                <Option key={choice.index} value={String(choice.index)}>
                  {choice.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {missingText !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>{missing.length === 1 ? "A required column is missing" : "Required columns are missing"}</MessageBarTitle>
            {missingText}
          </MessageBarBody>
        </MessageBar>
      )}
      {missingText === undefined && checkProblem !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>The register cannot be read with these columns</MessageBarTitle>
            {checkProblem}
          </MessageBarBody>
        </MessageBar>
      )}
      {missingText === undefined && check !== undefined && (
        <MessageBar intent={check.problems.length === 0 ? "success" : "info"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>{plural(check.complaints, "complaint")} read</MessageBarTitle>
            {check.investigationsByYear.length === 0
              ? "None has an LGSCO decision of upheld or not upheld with a decision date, so there is nothing to set beside LGSCO's figures yet."
              : `Detailed investigations by LGSCO decision year: ${check.investigationsByYear.map((entry) => `${entry.year}: ${entry.count}`).join(", ")}.`}
            {check.problems.length > 0 && (
              <>
                {` ${plural(check.problems.length, "thing")} to check in the register:`}
                <ul className={styles.problems}>
                  {check.problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
                    <li key={i}>{problem.message}</li>
                  ))}
                  {check.problems.length > PROBLEMS_SHOWN && <li>… and {check.problems.length - PROBLEMS_SHOWN} more.</li>}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
