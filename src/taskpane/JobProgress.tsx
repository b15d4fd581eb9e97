import { Field, ProgressBar } from "@fluentui/react-components";
import type { PaneProgress } from "../workbook/pane/pane-api";

/** The ProgressBar shown while Fetch, Refresh or a letter works: what it is doing now, and how far it has got. */
export function JobProgress({ progress }: { progress: PaneProgress | undefined }) {
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <Field label={progress?.label ?? "Starting…"} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label={progress?.label ?? "Starting"} />
    </Field>
  );
}
