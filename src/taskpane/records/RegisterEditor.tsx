// Linking the register: pick where it is (the selected cells, or a table from the list), confirm
// or correct the columns found, see what they read, and save the link in the workbook. Loaded
// only when the analyst opens it, so none of this is in the pane's first script.
import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { RegisterField, RegisterMapping } from "../../sources/records/complaints-register";
import { isPaneProblem, type PaneProblem } from "../../workbook/pane/pane-api";
import type { RegisterCheck, RegisterLink, RegisterPick, RegisterTableChoice, RegisterWorkbook } from "../../workbook/pane/register-workbook";
import { MappingForm } from "./MappingForm";
import { mappingForHeaderRow, missingRequired, withColumn } from "./mapping-model";

export interface RegisterEditorProps {
  api: RegisterWorkbook;
  /** The council whose register it is: the one chosen above. */
  council?: { gss: string; name: string };
  onSaved: (link: RegisterLink) => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  title: { display: "block" },
  dropdown: { minWidth: "0", width: "100%" },
});

function asProblem(error: unknown): { title: string; text: string } {
  if (isPaneProblem(error)) return { title: (error as PaneProblem).title, text: `${error.whatHappened} ${error.whatToDo}` };
  return { title: "Something went wrong", text: error instanceof Error ? error.message : String(error) };
}

export function RegisterEditor({ api, council, onSaved, onCancel }: RegisterEditorProps) {
  const styles = useStyles();
  const [tables, setTables] = useState<RegisterTableChoice[] | undefined>(undefined);
  const [pick, setPick] = useState<RegisterPick | undefined>(undefined);
  const [mapping, setMapping] = useState<RegisterMapping | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ title: string; text: string } | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api.tables().then(
      (found) => live && setTables(found),
      () => live && setTables([]),
    );
    return () => {
      live = false;
    };
  }, [api]);

  async function choose(read: () => Promise<RegisterPick>): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      const picked = await read();
      setPick(picked);
      setMapping(picked.detection.mapping ?? mappingForHeaderRow(picked.cells, 1));
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const checked = useMemo((): { check?: RegisterCheck; problem?: string } => {
    if (!pick || !mapping || missingRequired(mapping).length > 0) return {};
    try {
      return { check: api.check(pick, mapping) };
    } catch (error) {
      return { problem: asProblem(error).text };
    }
  }, [api, pick, mapping]);

  async function save(): Promise<void> {
    if (!pick || !mapping || !council) return;
    setBusy(true);
    setProblem(undefined);
    try {
      onSaved(await api.link(pick, mapping, council));
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const canSave = pick !== undefined && mapping !== undefined && council !== undefined && checked.check !== undefined && !busy;

  return (
    <div className={styles.editor}>
      <Text>Select your register&apos;s header row (or one cell of a sheet that holds only the register), then use the selected cells; or pick its table.</Text>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void choose(() => api.pickSelection())}>
          Use the selected cells
        </Button>
      </div>
      <Field label="Or pick a table" hint={tables !== undefined && tables.length === 0 ? "This workbook has no tables of its own." : undefined}>
        <Dropdown
          className={styles.dropdown}
          placeholder={tables === undefined ? "Looking for tables…" : "Choose a table"}
          disabled={busy || tables === undefined || tables.length === 0}
          onOptionSelect={(_event, data) => {
            if (data.optionValue !== undefined) void choose(() => api.pickTable(data.optionValue!));
          }}
        >
          {(tables ?? []).map((table) => (
            <Option key={table.name} value={table.name} text={table.name}>
              {`${table.name} (${table.sheet}!${table.address})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {problem !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>{problem.title}</MessageBarTitle>
            {problem.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {pick !== undefined && mapping !== undefined && (
        <MappingForm
          pick={pick}
          mapping={mapping}
          {...(checked.check === undefined ? {} : { check: checked.check })}
          {...(checked.problem === undefined ? {} : { checkProblem: checked.problem })}
          disabled={busy}
          onHeaderRow={(headerRow) => setMapping(mappingForHeaderRow(pick.cells, headerRow))}
          onColumn={(field: RegisterField, index) => setMapping(withColumn(mapping, pick.cells, field, index))}
        />
      )}
      {pick !== undefined && council === undefined && <Text>Choose your council above first: the register is set beside its published figures.</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canSave} onClick={() => void save()}>
          {council === undefined ? "Save the link" : `Save as ${council.name}'s register`}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
