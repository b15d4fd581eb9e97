// One document as read, a row of the confirmation: where it came from, its council and years, the
// three key statistics of each year with their bases and the similar-councils averages, anything
// to check, and why it cannot be added when it cannot.
import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentReadingRow } from "../workbook/pane/pane-api";
import { letterStatistics } from "./letter-figures";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, minWidth: 0 },
  statistics: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  statistic: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  detail: { gridColumn: "1 / span 2", color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** "Annual review letter, harrow-2019-20.pdf": what the document is, when it was recognised. */
function describeDocument(row: DocumentReadingRow): string {
  if (row.kind === "annual-letter") return `Annual review letter, ${row.document}`;
  if (row.kind === "statistics-page") return `Statistics page, ${row.document}`;
  return row.document;
}

export function DocumentRead({ row }: { row: DocumentReadingRow }) {
  const styles = useStyles();
  const years = row.years.map((year) => year.year);
  return (
    <li className={styles.row}>
      <dl className={styles.facts}>
        <dt className={styles.term}>From</dt>
        <dd className={styles.definition}>{describeDocument(row)}</dd>
        {row.council ? (
          <>
            <dt className={styles.term}>Council</dt>
            <dd className={styles.definition}>{row.council.name}</dd>
          </>
        ) : null}
        {years.length > 0 ? (
          <>
            <dt className={styles.term}>{years.length === 1 ? "Year" : "Years"}</dt>
            <dd className={styles.definition}>{years.join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {row.years.map((year) => (
        <div key={year.year}>
          {row.years.length > 1 ? <Body1Strong>{year.year}</Body1Strong> : null}
          <ul className={styles.statistics} aria-label={`Key statistics ${year.year} from ${row.document}`}>
            {letterStatistics(year).map((line) => (
              <li key={line.label} className={styles.statistic}>
                <Body1Strong>{line.label}</Body1Strong>
                <span className={styles.value}>{line.value}</span>
                {line.detail ? <Caption1 className={styles.detail}>{line.detail}</Caption1> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {row.warnings.map((warning) => (
        <Caption1 key={warning}>Check: {warning}</Caption1>
      ))}
      {row.problem ? <Caption1 className={styles.problem}>Not added: {row.problem}</Caption1> : null}
    </li>
  );
}
