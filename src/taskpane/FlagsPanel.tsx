// The flags of the council just fetched: severity badge, what the flag is, its year and its
// message. Selecting one selects its row in the Ombudsman sheet. Compliance below 100% comes
// first (the workbook API orders them), as LGSCO asks councils to scrutinise every such case.
import { Badge, Body1, Body1Strong, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { FlagSeverity } from "../domain/types";
import type { PaneFlag } from "../workbook/pane/pane-api";
import { flagName, SEVERITY_LABELS } from "./flag-names";

export interface FlagsPanelProps {
  flags: readonly PaneFlag[];
  /** Whose flags these are ("London Borough of Harrow"), or undefined for every council's. */
  council: string | undefined;
  disabled: boolean;
  /** Another job is running: the flags stay focusable but do nothing. */
  busy: boolean;
  /** The flag whose row was last selected in the sheet. */
  selected?: PaneFlag;
  onSelect: (flag: PaneFlag) => void;
}

const BADGE_COLOURS: Record<FlagSeverity, "danger" | "warning" | "informative"> = { scrutinise: "danger", watch: "warning", info: "informative" };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    width: "100%",
    maxWidth: "none",
    height: "auto",
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    justifyContent: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontWeight: tokens.fontWeightRegular,
  },
  head: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  where: { color: tokens.colorNeutralForeground3 },
  selected: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorBrandStroke1}`,
  },
  shown: { color: tokens.colorBrandForeground1 },
});

const keyOf = (flag: PaneFlag): string => `${flag.council}|${flag.year}|${flag.id}`;

export function FlagsPanel({ flags, council, disabled, busy, selected, onSelect }: FlagsPanelProps) {
  const styles = useStyles();
  const headingId = useId("flags-heading");
  const hintId = useId("flags-hint");
  const severalCouncils = new Set(flags.map((flag) => flag.council)).size > 1;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {council ? `Flags for ${council}` : "Flags"}
      </Subtitle2>
      {flags.length === 0 ? (
        <Body1>No flags for the years written: nothing is above or below the similar-council averages by more than your thresholds.</Body1>
      ) : (
        <>
          <Caption1 id={hintId} className={styles.hint}>
            Select a flag to select its row in the Ombudsman sheet.
          </Caption1>
          <ul className={styles.list} aria-labelledby={headingId}>
            {flags.map((flag) => (
              <li key={keyOf(flag)}>
                <Button
                  className={mergeClasses(styles.item, selected && keyOf(selected) === keyOf(flag) ? styles.selected : undefined)}
                  appearance="outline"
                  disabled={disabled}
                  disabledFocusable={busy}
                  aria-describedby={hintId}
                  onClick={() => onSelect(flag)}
                >
                  <span className={styles.head}>
                    <Badge appearance="filled" color={BADGE_COLOURS[flag.severity]}>
                      {SEVERITY_LABELS[flag.severity]}
                    </Badge>
                    <Body1Strong>{flagName(flag.id)}</Body1Strong>
                  </span>
                  <Caption1 className={styles.where}>{severalCouncils ? `${flag.year} · ${flag.council}` : flag.year}</Caption1>
                  <Body1>{flag.message}</Body1>
                  {selected && keyOf(selected) === keyOf(flag) ? <Caption1 className={styles.shown}>✓ Its row is selected in the Ombudsman sheet</Caption1> : null}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
