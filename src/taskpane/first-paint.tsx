// The council box and the years as the pane first paints them: disabled boxes that look and are
// labelled like the real pickers, while the register and the years are still loading. Fluent's
// Combobox and Dropdown (positioning, listbox) cost more than a bare React + Fluent page's whole
// script, and even Field and Input add a tenth to it, so the stand-ins are plain elements over
// Fluent's tokens (Field's and Input's, disabled) and the real pickers load with the list (lazy).
import { lazy, Suspense, useId, type CSSProperties } from "react";
import { token } from "./css-vars";
import type { CouncilPickerProps } from "./CouncilPicker";
import type { YearsPickerProps } from "./YearsPicker";

export const loadCouncilPicker = () => import("./CouncilPicker");
export const loadYearsPicker = () => import("./YearsPicker");
const CouncilPicker = lazy(() => loadCouncilPicker().then((module) => ({ default: module.CouncilPicker })));
const YearsPicker = lazy(() => loadYearsPicker().then((module) => ({ default: module.YearsPicker })));

// Plain style objects over Fluent's CSS variables, not makeStyles (see css-vars.ts); the sizes are Field's and Input's (medium).
const styles = {
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: token("spacingHorizontalM") },
  field: { display: "grid", minWidth: 0 },
  label: {
    justifySelf: "start",
    padding: `${token("spacingVerticalXXS")} 0`,
    marginBottom: token("spacingVerticalXXS"),
    fontFamily: token("fontFamilyBase"),
    fontSize: token("fontSizeBase300"),
    lineHeight: token("lineHeightBase300"),
    color: token("colorNeutralForeground1"),
  },
  box: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    minHeight: "32px",
    minWidth: 0,
    paddingRight: token("spacingHorizontalMNudge"),
    gap: token("spacingHorizontalXXS"),
    border: `1px solid ${token("colorNeutralStrokeDisabled")}`,
    borderRadius: token("borderRadiusMedium"),
    backgroundColor: token("colorTransparentBackground"),
    fontFamily: token("fontFamilyBase"),
    fontSize: token("fontSizeBase300"),
    lineHeight: token("lineHeightBase300"),
    cursor: "not-allowed",
  },
  input: {
    alignSelf: "stretch",
    boxSizing: "border-box",
    flexGrow: 1,
    minWidth: 0,
    border: "none",
    padding: `0 ${token("spacingHorizontalXXS")} 0 ${token("spacingHorizontalM")}`,
    color: token("colorNeutralForegroundDisabled"),
    backgroundColor: "transparent",
    font: "inherit",
    cursor: "not-allowed",
  },
  hint: {
    marginTop: token("spacingVerticalXXS"),
    fontFamily: token("fontFamilyBase"),
    fontSize: token("fontSizeBase200"),
    lineHeight: token("lineHeightBase200"),
    color: token("colorNeutralForeground3"),
  },
  chevron: { display: "flex", color: token("colorNeutralForegroundDisabled") },
} satisfies Record<string, CSSProperties>;

function Chevron() {
  return (
    <span style={styles.chevron} aria-hidden="true">
      <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
        <path d="M5.15 7.65a.5.5 0 0 1 .7 0L10 11.79l4.15-4.14a.5.5 0 0 1 .7.7l-4.5 4.5a.5.5 0 0 1-.7 0l-4.5-4.5a.5.5 0 0 1 0-.7Z" />
      </svg>
    </span>
  );
}

/** A disabled combobox standing in for a picker until it can be used: labelled, and described by its hint, like Field's. */
function StandIn({ label, hint, value, placeholder }: { label: string; hint?: string; value: string; placeholder?: string }) {
  const id = useId();
  return (
    <div style={styles.field}>
      <label htmlFor={`${id}-input`} style={styles.label}>
        {label}
      </label>
      <span className="stand-in-box" style={styles.box}>
        <input
          id={`${id}-input`}
          className="stand-in-input"
          style={styles.input}
          role="combobox"
          aria-expanded={false}
          {...(hint ? { "aria-describedby": `${id}-hint` } : {})}
          disabled
          readOnly
          value={value}
          placeholder={placeholder}
        />
        <Chevron />
      </span>
      {hint ? (
        <div id={`${id}-hint`} style={styles.hint}>
          {hint}
        </div>
      ) : null}
    </div>
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
