import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { PaneStatus } from "./status";

const useStyles = makeStyles({
  // The title on its own line: at 320 px a run-on title and message read as one sentence.
  title: { display: "block" },
  line: { display: "block", marginTop: tokens.spacingVerticalXS },
});

/** The pane's status line: what happened and what to do, announced politely to screen readers whenever it changes. */
export function StatusArea({ status }: { status: PaneStatus }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite">
      <MessageBar intent={status.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle className={styles.title}>{status.title}</MessageBarTitle>
          {status.message}
          {status.action ? <span className={styles.line}>What to do: {status.action}</span> : null}
          {(status.notes ?? []).map((note) => (
            <span key={note} className={styles.line}>
              {note}
            </span>
          ))}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
