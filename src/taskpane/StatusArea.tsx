// In the first paint: plain style objects over Fluent's CSS variables (see css-vars.ts).
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { token } from "./css-vars";
import type { PaneStatus } from "./status";

const styles = {
  // The title on its own line: at 320 px a run-on title and message read as one sentence.
  title: { display: "block" },
  line: { display: "block", marginTop: token("spacingVerticalXS") },
} satisfies Record<string, CSSProperties>;

/** The pane's status line: what happened and what to do, announced politely to screen readers whenever it changes. */
export function StatusArea({ status }: { status: PaneStatus }) {
  return (
    <div role="status" aria-live="polite">
      <MessageBar intent={status.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle style={styles.title}>{status.title}</MessageBarTitle>
          {status.message}
          {status.action ? <span style={styles.line}>What to do: {status.action}</span> : null}
          {(status.notes ?? []).map((note) => (
            <span key={note} style={styles.line}>
              {note}
            </span>
          ))}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
