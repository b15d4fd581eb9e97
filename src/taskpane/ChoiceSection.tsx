// What the pane first paints: the council, the years, Fetch my council and Refresh comparisons,
// and the progress of a running job. The same section in and outside Excel (there, disabled).
import { Button } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";
import { token } from "./css-vars";
import type { CouncilOption } from "../workbook/pane/pane-api";
import { CouncilBox, YearsBox } from "./first-paint";
import type { YearSelection, YearsToFetch } from "./year-choice";

// The first paint: plain style objects over Fluent's CSS variables (see css-vars.ts).
const styles = {
  choose: { display: "flex", flexDirection: "column", rowGap: token("spacingVerticalM") },
  actions: { display: "flex", flexDirection: "column", rowGap: token("spacingVerticalS") },
  wide: { width: "100%", maxWidth: "none" },
} satisfies Record<string, CSSProperties>;

export interface ChoiceSectionProps {
  councils: readonly CouncilOption[] | undefined;
  loadProblem?: string;
  selected: CouncilOption | undefined;
  yearsHeld: readonly string[];
  years: YearSelection | undefined;
  wanted: YearsToFetch;
  /** False outside Excel: everything shown, nothing usable. */
  usable: boolean;
  /** A job is running: the buttons stay focusable (a keyboard user keeps their place) but do nothing. */
  busy: boolean;
  progress?: ReactNode;
  onChooseCouncil: (council: CouncilOption) => void;
  onChooseYears: (years: YearSelection) => void;
  onFetch: () => void;
  onRefresh: () => void;
}

export function ChoiceSection(props: ChoiceSectionProps) {
  const { usable, busy, wanted } = props;
  const controlsDisabled = !usable || busy;
  return (
    <section style={styles.choose} aria-label="Your council">
      <CouncilBox
        councils={props.councils}
        selected={props.selected}
        disabled={controlsDisabled}
        {...(props.loadProblem ? { problem: props.loadProblem } : {})}
        onSelect={props.onChooseCouncil}
      />
      <YearsBox years={props.yearsHeld} selection={props.years} disabled={controlsDisabled} {...(wanted.ok ? {} : { problem: wanted.message })} onChange={props.onChooseYears} />
      <div style={styles.actions}>
        <Button appearance="primary" style={styles.wide} disabled={!usable || props.selected === undefined || !wanted.ok} disabledFocusable={busy} onClick={props.onFetch}>
          Fetch my council
        </Button>
        <Button style={styles.wide} disabled={!usable} disabledFocusable={busy} onClick={props.onRefresh}>
          Refresh comparisons
        </Button>
      </div>
      {props.progress}
    </section>
  );
}
