// Where the figures came from: the live page (and when it was read), an imported letter, the
// embedded dataset (and its date); and the live pull's state in words, a failure said plainly.
import { Body1, Caption1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { SourceEntry, SourcesSummary } from "../workbook/pane/pane-api";
import { describeSourceEntry, describeWhen, describeYears } from "../workbook/pane/sources-summary";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
  title: { display: "block" },
});

function Entry({ entry }: { entry: SourceEntry }) {
  if (entry.kind === "live-page" && entry.url) {
    return (
      <Body1>
        {describeYears(entry.years)} from{" "}
        <Link href={entry.url} target="_blank" rel="noreferrer">
          LGSCO&apos;s statistics page
        </Link>
        , read {describeWhen(entry.when ?? "")}.
      </Body1>
    );
  }
  return <Body1>{describeSourceEntry(entry)}</Body1>;
}

export function SourcesLine({ council, sources }: { council: string; sources: SourcesSummary }) {
  const styles = useStyles();
  const headingId = useId("sources-heading");
  const { live } = sources;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Sources for {council}
      </Subtitle2>
      {live.state === "failed" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>The live pull failed</MessageBarTitle>
            {live.message}
            {live.pageNotFound ? ` Give LGSCO's page name for ${council} in Settings (LGSCO page name), then Fetch my council again.` : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {sources.entries.length > 0 ? (
        <ul className={styles.list}>
          {sources.entries.map((entry) => (
            <li key={`${entry.kind}|${entry.url ?? entry.label}|${entry.when ?? ""}`}>
              <Entry entry={entry} />
            </li>
          ))}
        </ul>
      ) : null}
      {live.state === "off" ? (
        <Caption1 className={styles.note}>The live pull is off. Turn it on in Settings to read LGSCO&apos;s current statistics page.</Caption1>
      ) : null}
      {live.state === "not-used" ? <Caption1 className={styles.note}>{live.message}</Caption1> : null}
    </section>
  );
}
