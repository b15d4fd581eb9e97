// The pane's status line, drawn like Fluent's MessageBar (same tokens: border, background and icon
// colour by intent) from plain elements: it is on the first paint, and Fluent's MessageBar would
// add more to the first script than the rest of the status line together (issue 13).
import type { CSSProperties, ReactNode } from "react";
import { token, type TokenName } from "./css-vars";
import type { PaneStatus } from "./status";

type Intent = PaneStatus["intent"];

const COLOURS: Record<Intent, { background: TokenName; border: TokenName; icon: TokenName }> = {
  info: { background: "colorNeutralBackground3", border: "colorNeutralStroke1", icon: "colorNeutralForeground3" },
  success: { background: "colorStatusSuccessBackground1", border: "colorStatusSuccessBorder1", icon: "colorStatusSuccessForeground1" },
  warning: { background: "colorStatusWarningBackground1", border: "colorStatusWarningBorder1", icon: "colorStatusWarningForeground3" },
  error: { background: "colorStatusDangerBackground1", border: "colorStatusDangerBorder1", icon: "colorStatusDangerForeground1" },
};

const styles = {
  bar: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "start",
    boxSizing: "border-box",
    minHeight: "36px",
    padding: `${token("spacingVerticalMNudge")} ${token("spacingHorizontalM")}`,
    borderRadius: token("borderRadiusMedium"),
    fontFamily: token("fontFamilyBase"),
    fontSize: token("fontSizeBase300"),
    lineHeight: token("lineHeightBase300"),
    color: token("colorNeutralForeground1"),
  },
  icon: { display: "flex", marginRight: token("spacingHorizontalS"), paddingTop: "1px" },
  title: { display: "block", fontWeight: token("fontWeightSemibold") },
  line: { display: "block", marginTop: token("spacingVerticalXS") },
} satisfies Record<string, CSSProperties>;

/** The intent's mark, 18 px, in the icon colour: a circled i, a circled tick, a warning triangle, a crossed diamond. */
function IntentIcon({ intent }: { intent: Intent }) {
  const marks: Record<Intent, ReactNode> = {
    info: (
      <>
        <circle cx="10" cy="10" r="8" />
        <path d="M9.25 9h1.5v5.5h-1.5zM10 5.5a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z" fill="var(--colorNeutralBackground1)" />
      </>
    ),
    success: (
      <>
        <circle cx="10" cy="10" r="8" />
        <path d="m6.2 10.2 1-1 1.9 1.9 3.9-3.9 1 1-4.9 4.9z" fill="var(--colorNeutralBackground1)" />
      </>
    ),
    warning: (
      <>
        <path d="M10 2.2 18.4 17H1.6Z" />
        <path d="M9.25 7.5h1.5v5h-1.5zM10 13.5a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z" fill="var(--colorNeutralBackground1)" />
      </>
    ),
    error: (
      <>
        <path d="M10 1.5 18.5 10 10 18.5 1.5 10Z" />
        <path d="m7.4 6.4 2.6 2.6 2.6-2.6 1 1L11 10l2.6 2.6-1 1L10 11l-2.6 2.6-1-1L9 10 6.4 7.4z" fill="var(--colorNeutralBackground1)" />
      </>
    ),
  };
  return (
    <span style={{ ...styles.icon, color: token(COLOURS[intent].icon) }} aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 20 20" fill="currentColor">
        {marks[intent]}
      </svg>
    </span>
  );
}

/** The pane's status line: what happened and what to do, announced politely to screen readers whenever it changes. */
export function StatusArea({ status }: { status: PaneStatus }) {
  const colours = COLOURS[status.intent];
  const bar: CSSProperties = { ...styles.bar, backgroundColor: token(colours.background), border: `${token("strokeWidthThin")} solid ${token(colours.border)}` };
  return (
    <div role="status" aria-live="polite">
      <div style={bar}>
        <IntentIcon intent={status.intent} />
        <div>
          <span style={styles.title}>{status.title}</span>
          {status.message}
          {status.action ? <span style={styles.line}>What to do: {status.action}</span> : null}
          {(status.notes ?? []).map((note) => (
            <span key={note} style={styles.line}>
              {note}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
