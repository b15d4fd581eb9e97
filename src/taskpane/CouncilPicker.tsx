// The council picker: a Combobox labelled "Council" with type-ahead over the register (name,
// short name, GSS code), options grouped by type and each showing its type and code; abolished
// councils marked. Typing replaces the chosen council's name as in any combobox; Enter picks the
// best match (bestCouncilMatch's order), and a misspelling is offered "did you mean".
import { Caption1, Combobox, Field, makeStyles, Option, OptionGroup, tokens, type ComboboxProps } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { CouncilOption } from "../workbook/pane/pane-api";
import { bestCouncilMatch, councilDetail, councilSuggestions, groupCouncils } from "./council-search";

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

/** Keys that move through the list: after one, Enter picks the option moved to, not the best match. */
const NAVIGATION_KEYS = new Set(["ArrowDown", "ArrowUp", "Home", "End", "PageDown", "PageUp"]);

function CouncilOptionRow({ council }: { council: CouncilOption }) {
  const styles = useStyles();
  return (
    <Option value={council.gss} text={council.name}>
      <span className={styles.option}>
        <span>{council.name}</span>
        <Caption1 className={styles.detail}>{councilDetail(council)}</Caption1>
      </span>
    </Option>
  );
}

export function CouncilPicker({ councils, selected, disabled, problem, onSelect }: CouncilPickerProps) {
  const styles = useStyles();
  // What is typed; while nothing is typed since the last choice, the chosen council's name.
  const [query, setQuery] = useState<string | undefined>(undefined);
  // Whether the analyst moved through the list since typing (then Enter keeps Fluent's active option).
  const navigated = useRef(false);
  // Whether this key press already chose a council (Fluent's own Enter handling runs before ours).
  const chosenByThisKey = useRef(false);
  const shown = query ?? selected?.name ?? "";
  const typed = query?.trim() ?? "";
  const list = useMemo(() => councils ?? [], [councils]);
  const groups = useMemo(() => groupCouncils(list, typed), [list, typed]);
  const best = useMemo(() => (typed === "" ? undefined : bestCouncilMatch(list, typed)), [list, typed]);
  const suggestions = useMemo(() => (typed !== "" && groups.length === 0 ? councilSuggestions(list, typed) : []), [list, typed, groups.length]);

  const choose = (council: CouncilOption): void => {
    setQuery(undefined);
    navigated.current = false;
    chosenByThisKey.current = true;
    onSelect(council);
  };

  const onOptionSelect: ComboboxProps["onOptionSelect"] = (event, data) => {
    // Fluent clears the selection when the text stops matching it: keep what was typed.
    if (data.optionValue === undefined) return;
    const keyboard = event.type === "keydown" && ["Enter", "Tab"].includes((event as { key?: string }).key ?? "");
    // Enter (or Tab) right after typing: Fluent would take the first option starting with the text; take the best match.
    const council = keyboard && !navigated.current && best ? best : list.find((candidate) => candidate.gss === data.optionValue);
    if (council) choose(council);
  };

  const hint =
    problem ??
    (councils === undefined
      ? "Loading the list of councils…"
      : best && query !== undefined
        ? `Enter picks ${best.name}.`
        : suggestions.length > 0
          ? `No council matches "${typed}". Did you mean: ${suggestions.map((council) => council.name).join("; ")}?`
          : "Type a name, short name or GSS code, then choose from the list.");

  return (
    <Field label="Council" hint={hint} validationState={problem ? "error" : "none"}>
      <Combobox
        placeholder="Type your council's name"
        disabled={disabled || councils === undefined || councils.length === 0}
        value={shown}
        selectedOptions={selected ? [selected.gss] : []}
        listbox={{ className: styles.listbox }}
        onChange={(event) => {
          navigated.current = false;
          setQuery(event.target.value);
        }}
        onKeyDown={(event) => {
          if (NAVIGATION_KEYS.has(event.key)) navigated.current = true;
          // Enter where no option starts with the text ("harrow"): Fluent picks nothing, the best match is picked here.
          if (event.key === "Enter" && !chosenByThisKey.current && !navigated.current && best && query !== undefined) choose(best);
          chosenByThisKey.current = false;
        }}
        onOpenChange={(_event, data) => {
          // Closing without a choice puts the chosen council's name back in the box.
          if (!data.open) setQuery(undefined);
        }}
        onOptionSelect={onOptionSelect}
      >
        {groups.map((group) => (
          <OptionGroup key={group.type} label={group.label}>
            {group.councils.map((council) => (
              <CouncilOptionRow key={council.gss} council={council} />
            ))}
          </OptionGroup>
        ))}
        {suggestions.length > 0 ? (
          <OptionGroup label="Did you mean">
            {suggestions.map((council) => (
              <CouncilOptionRow key={council.gss} council={council} />
            ))}
          </OptionGroup>
        ) : null}
        {councils !== undefined && groups.length === 0 && suggestions.length === 0 ? (
          <Option key="none" value="" text="" disabled>
            {`No council matches "${shown}"`}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
