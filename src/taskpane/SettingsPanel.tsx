// Settings kept in the workbook: the live pull, the add-in host that relays LGSCO's pages, the
// chosen council's LGSCO page name, and the flag thresholds. Nothing changes until Save settings; the sheets take new thresholds at
// the next Fetch or Refresh.
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { FLAG_SETTING_UPPER_LIMITS } from "../domain/flag-settings";
import type { PaneProblem, PaneSettings } from "../workbook/pane/pane-api";
import { defaultThresholds, draftOf, settingsFromDraft, THRESHOLD_FIELDS, type DraftField, type SettingsDraft } from "./settings-form";

export interface SettingsPanelProps {
  settings: PaneSettings | undefined;
  /** The council chosen, whose LGSCO page name the form sets. */
  council?: { gss: string; name: string };
  /** The host the pane came from, shown as what an empty host address means. */
  ownHost: string;
  disabled: boolean;
  /** A job is running: the buttons stay focusable but do nothing. */
  busy: boolean;
  /** Saves; resolves to a problem to show here, or undefined once saved. */
  save: (settings: PaneSettings) => Promise<PaneProblem | undefined>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { display: "block" },
});

export function SettingsPanel({ settings, council, ownHost, disabled, busy, save }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft | undefined>(settings ? draftOf(settings, council?.gss) : undefined);
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const [outcome, setOutcome] = useState<{ saved: true } | { problem: PaneProblem } | undefined>(undefined);

  // New saved settings (loaded, or just saved) replace the draft: adjusted while rendering, not in an effect.
  const [draftOfSettings, setDraftOfSettings] = useState(settings);
  const [draftOfCouncil, setDraftOfCouncil] = useState(council?.gss);
  if (settings !== draftOfSettings) {
    setDraftOfSettings(settings);
    setDraftOfCouncil(council?.gss);
    if (settings) setDraft(draftOf(settings, council?.gss));
  } else if (council?.gss !== draftOfCouncil) {
    // Another council chosen: its page name replaces the one typed for the last.
    setDraftOfCouncil(council?.gss);
    if (draft) setDraft({ ...draft, lgscoPage: settings?.lgscoPages?.[council?.gss ?? ""] ?? "" });
  }

  if (!settings || !draft) return <Body1>The settings are loading.</Body1>;

  const update = (next: Partial<SettingsDraft>) => {
    setDraft({ ...draft, ...next });
    setOutcome(undefined);
  };

  async function submit(): Promise<void> {
    if (!settings || !draft || busy) return;
    const result = settingsFromDraft(draft, settings, council?.gss);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    const problem = await save(result.settings);
    setOutcome(problem ? { problem } : { saved: true });
  }

  return (
    <form
      className={styles.panel}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Switch
        label="Live pull: read LGSCO's current statistics page"
        checked={draft.livePull}
        disabled={disabled}
        onChange={(_event, data) => update({ livePull: data.checked })}
        onKeyDown={(event) => {
          // Enter as well as Space toggles it, like the pane's other controls.
          if (event.key === "Enter") {
            event.preventDefault();
            update({ livePull: !draft.livePull });
          }
        }}
      />
      <Field
        label="Add-in host address"
        hint={`The host that relays LGSCO's pages to this pane: only an address on this add-in's own host (${ownHost}) is used. Leave empty for its root.`}
      >
        <Input type="url" value={draft.hostUrl} placeholder={ownHost} disabled={disabled} onChange={(_event, data) => update({ hostUrl: data.value })} />
      </Field>
      {council !== undefined ? (
        <Field
          label={`LGSCO page name for ${council.name}`}
          hint="The name in the address of the council's statistics page on lgo.org.uk (…/your-councils-performance/NAME/statistics), or that address. The live pull reads it first. Leave empty to let the live pull find the page."
          validationState={problems.lgscoPage ? "error" : "none"}
          validationMessage={problems.lgscoPage}
        >
          <Input value={draft.lgscoPage} disabled={disabled} onChange={(_event, data) => update({ lgscoPage: data.value })} />
        </Field>
      ) : null}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <Subtitle2>Flag thresholds</Subtitle2>
        </legend>
        {THRESHOLD_FIELDS.map((field) => (
          <Field
            key={field.key}
            label={field.label}
            hint={field.hint}
            validationState={problems[field.key] ? "error" : "none"}
            validationMessage={problems[field.key]}
          >
            <Input
              type="number"
              inputMode="decimal"
              min={0}
              max={FLAG_SETTING_UPPER_LIMITS[field.key]}
              value={draft.thresholds[field.key]}
              disabled={disabled}
              onChange={(_event, data) => update({ thresholds: { ...draft.thresholds, [field.key]: data.value } })}
            />
          </Field>
        ))}
      </fieldset>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={disabled} disabledFocusable={busy}>
          Save settings
        </Button>
        <Button
          disabled={disabled}
          disabledFocusable={busy}
          onClick={() => {
            setProblems({});
            update({ thresholds: defaultThresholds() });
          }}
        >
          Restore default thresholds
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && "saved" in outcome ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle className={styles.title}>Settings saved</MessageBarTitle>
              Saved in this workbook. Fetch my council or Refresh comparisons to apply them to the sheets.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome && "problem" in outcome ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle className={styles.title}>{outcome.problem.title}</MessageBarTitle>
              {outcome.problem.whatHappened} What to do: {outcome.problem.whatToDo}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </form>
  );
}
