// The parts every import section shares: the button choosing files (read into bytes), the live
// region saying what went wrong or what was added, and the "Check what was read" confirmation
// with its focused heading and Add / Cancel.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef, type ReactNode, type RefObject } from "react";
import type { PaneProblem } from "../workbook/pane/pane-api";
import type { ReviewAdded } from "./review-state";

const useStyles = makeStyles({
  confirmation: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, ":focus": { outlineStyle: "none" }, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  title: { display: "block" },
  hiddenInput: { display: "none" },
});

/** A file the analyst chose, as bytes. */
export interface ChosenFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface ChooseFilesProps {
  /** "Choose letters or pages…". */
  label: string;
  /** The hidden file input's accessible name. */
  inputLabel: string;
  /** The input's `accept`: extensions and media types. */
  accept: string;
  disabled: boolean;
  /** A job is running: the button stays focusable but does nothing. */
  busy: boolean;
  /** Called with the files chosen, several at once; never with none. */
  onFiles: (files: ChosenFile[]) => void;
}

/** A button opening the file chooser (several files at once); the same file can be chosen again. */
export function ChooseFiles({ label, inputLabel, accept, disabled, busy, onFiles }: ChooseFilesProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  async function read(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const chosen: ChosenFile[] = [];
    for (const file of files) chosen.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    onFiles(chosen);
  }
  return (
    <>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept={accept}
        aria-label={inputLabel}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          void read(files);
        }}
      />
      <div className={styles.buttons}>
        <Button disabled={disabled} disabledFocusable={busy} onClick={() => input.current?.click()}>
          {label}
        </Button>
      </div>
    </>
  );
}

export interface ReviewOutcomeProps {
  problem?: PaneProblem | undefined;
  added?: ReviewAdded | undefined;
  /** The message shown takes the focus through this once adding has answered. */
  outcomeRef: RefObject<HTMLDivElement>;
}

/** Always in the page, so a screen reader hears the problem or the "added" message when it comes. */
export function ReviewOutcome({ problem, added, outcomeRef }: ReviewOutcomeProps) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite">
      {problem ? (
        <MessageBar intent="error" layout="multiline" ref={outcomeRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>{problem.title}</MessageBarTitle>
            {problem.whatHappened} What to do: {problem.whatToDo}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {added ? (
        <MessageBar intent="success" layout="multiline" ref={outcomeRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>{added.title}</MessageBarTitle>
            {added.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

export interface ReviewConfirmationProps {
  /** The heading's id, unique in the pane: the section is the region it names. */
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement>;
  /** "Add 2 documents to workbook". */
  addLabel: string;
  /** False when nothing read can be added: Add stays disabled, Cancel still works. */
  canAdd?: boolean;
  disabled: boolean;
  /** A job is running: the buttons stay focusable but do nothing. */
  busy: boolean;
  onAdd: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** What was read, for the analyst to check, then Add or Cancel: nothing is added before they say so. */
export function ReviewConfirmation({ headingId, headingRef, addLabel, canAdd = true, disabled, busy, onAdd, onCancel, children }: ReviewConfirmationProps) {
  const styles = useStyles();
  return (
    <section className={styles.confirmation} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading} tabIndex={-1} ref={headingRef}>
        <Subtitle2>Check what was read</Subtitle2>
      </h3>
      {children}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled || !canAdd} disabledFocusable={busy} onClick={onAdd}>
          {addLabel}
        </Button>
        <Button disabled={disabled} disabledFocusable={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
