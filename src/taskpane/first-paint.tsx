// The council box and the years as the pane first paints them: disabled text boxes that look and
// are labelled like the real pickers, while the register and the years are still loading. Fluent's
// Combobox and Dropdown (positioning, listbox) cost more than a bare React + Fluent page's whole
// script, and they cannot be used before the list is in, so they load with it (lazy below).
import { Field, Input } from "@fluentui/react-components";
import { lazy, Suspense, type CSSProperties } from "react";
import { token } from "./css-vars";
import type { CouncilPickerProps } from "./CouncilPicker";
import type { YearsPickerProps } from "./YearsPicker";

export const loadCouncilPicker = () => import("./CouncilPicker");
export const loadYearsPicker = () => import("./YearsPicker");
const CouncilPicker = lazy(() => loadCouncilPicker().then((module) => ({ default: module.CouncilPicker })));
const YearsPicker = lazy(() => loadYearsPicker().then((module) => ({ default: module.YearsPicker })));

// Plain style objects over Fluent's CSS variables, not makeStyles (see css-vars.ts).
const styles = {
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: token("spacingHorizontalM") },
  box: { minWidth: 0 },
  chevron: { display: "flex", color: token("colorNeutralForeground3") },
} satisfies Record<string, CSSProperties>;

function Chevron() {
  return (
    <span style={styles.chevron} aria-hidden="true">
      <svg width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
        <path d="M3.15 5.65a.5.5 0 0 1 .7 0L8 9.79l4.15-4.14a.5.5 0 0 1 .7.7l-4.5 4.5a.5.5 0 0 1-.7 0l-4.5-4.5a.5.5 0 0 1 0-.7Z" />
      </svg>
    </span>
  );
}

/** A disabled combobox standing in for a picker until it can be used. */
function StandIn({ label, hint, value, placeholder }: { label: string; hint?: string; value: string; placeholder?: string }) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      <Input style={styles.box} role="combobox" aria-expanded={false} disabled value={value} placeholder={placeholder} contentAfter={<Chevron />} readOnly />
    </Field>
  );
}

export function CouncilBoxShell({ hint, name }: { hint: string; name?: string }) {
  return <StandIn label="Council" hint={hint} value={name ?? ""} placeholder="Type your council's name" />;
}

export function YearsShell({ from, to }: { from?: string; to?: string }) {
  return (
    <div role="group" aria-label="Years">
      <div style={styles.row}>
        <StandIn label="From" value={from ?? ""} />
        <StandIn label="To" value={to ?? ""} />
      </div>
    </div>
  );
}

/** The real council picker once the list is in; the stand-in before (or with no list at all), and while its code loads. */
export function CouncilBox(props: CouncilPickerProps) {
  const hint = props.problem ?? (props.councils === undefined ? "Loading the list of councils…" : "Type a name, short name or GSS code, then choose from the list.");
  const shell = <CouncilBoxShell hint={hint} {...(props.selected ? { name: props.selected.name } : {})} />;
  if (props.councils === undefined || props.councils.length === 0) return shell;
  return (
    <Suspense fallback={shell}>
      <CouncilPicker {...props} />
    </Suspense>
  );
}

/** The real From and To pickers once the years are known; the stand-in before. */
export function YearsBox(props: YearsPickerProps) {
  const shell = <YearsShell {...(props.selection ? { from: props.selection.from, to: props.selection.to } : {})} />;
  if (props.selection === undefined) return shell;
  return (
    <Suspense fallback={shell}>
      <YearsPicker {...props} />
    </Suspense>
  );
}
