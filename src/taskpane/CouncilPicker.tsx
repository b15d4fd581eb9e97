// The council picker: a Combobox labelled "Council" with type-ahead over the register (name,
// short name, GSS code), options grouped by type and each showing its type and code.
import { Caption1, Combobox, Field, makeStyles, Option, OptionGroup, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CouncilOption } from "../workbook/pane/pane-api";
import { councilDetail, groupCouncils } from "./council-search";

export interface CouncilPickerProps {
  /** Undefined while the register loads. */
  councils: readonly CouncilOption[] | undefined;
  selected: CouncilOption | undefined;
  disabled: boolean;
  /** Why there is no list (a failed load), shown under the box. */
  problem?: string;
  onSelect: (council: CouncilOption) => void;
}

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column", minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3 },
  listbox: { maxHeight: "min(60vh, 360px)" },
});

export function CouncilPicker({ councils, selected, disabled, problem, onSelect }: CouncilPickerProps) {
  const styles = useStyles();
  // What is typed; while nothing is typed since the last choice, the chosen council's name.
  const [query, setQuery] = useState<string | undefined>(undefined);
  const shown = query ?? selected?.name ?? "";
  const groups = useMemo(() => groupCouncils(councils ?? [], query ?? ""), [councils, query]);
  const hint = problem ?? (councils === undefined ? "Loading the list of councils…" : "Type a name, short name or GSS code, then choose from the list.");

  return (
    <Field label="Council" hint={hint} validationState={problem ? "error" : "none"}>
      <Combobox
        placeholder="Type your council's name"
        disabled={disabled || councils === undefined || councils.length === 0}
        value={shown}
        selectedOptions={selected ? [selected.gss] : []}
        listbox={{ className: styles.listbox }}
        onChange={(event) => setQuery(event.target.value)}
        onOpenChange={(_event, data) => {
          // Closing without a choice puts the chosen council's name back in the box.
          if (!data.open) setQuery(undefined);
        }}
        onOptionSelect={(_event, data) => {
          const council = councils?.find((candidate) => candidate.gss === data.optionValue);
          setQuery(undefined);
          if (council) onSelect(council);
        }}
      >
        {groups.map((group) => (
          <OptionGroup key={group.type} label={group.label}>
            {group.councils.map((council) => (
              <Option key={council.gss} value={council.gss} text={council.name}>
                <span className={styles.option}>
                  <span>{council.name}</span>
                  <Caption1 className={styles.detail}>{councilDetail(council)}</Caption1>
                </span>
              </Option>
            ))}
          </OptionGroup>
        ))}
        {councils !== undefined && groups.length === 0 ? (
          <Option key="none" value="" text="" disabled>
            {`No council matches "${shown}"`}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
