// The pane outside Excel (a plain browser, another Office application, no office.js): the same
// controls, disabled, and the status line saying where to open it. No workbook, no jobs. Also
// the pane in Excel while its jobs' code loads (PaneLoading).
import type { PaneEnvironment } from "./environment";
import { ChoiceSection } from "./ChoiceSection";
import { MoreSectionsLater } from "./more-sections-later";
import { StatusArea } from "./StatusArea";
import { startingStatus } from "./status";

const nothing = (): void => undefined;

export function OutsideExcelPane({ environment }: { environment: PaneEnvironment }) {
  return (
    <>
      <ChoiceSection councils={[]} selected={undefined} yearsHeld={[]} years={undefined} wanted={{ ok: true, years: undefined }} usable={false} busy={false} onChooseCouncil={nothing} onChooseYears={nothing} onFetch={nothing} onRefresh={nothing} />
      <StatusArea status={startingStatus(environment)} />
      <MoreSectionsLater environment={environment} />
    </>
  );
}

/** The pane in Excel before its jobs' code is in: the controls as they first paint, waiting (focusable, doing nothing). */
export function PaneLoading({ environment }: { environment: PaneEnvironment }) {
  return (
    <>
      <ChoiceSection councils={undefined} selected={undefined} yearsHeld={[]} years={undefined} wanted={{ ok: true, years: undefined }} usable busy onChooseCouncil={nothing} onChooseYears={nothing} onFetch={nothing} onRefresh={nothing} />
      <StatusArea status={startingStatus(environment)} />
    </>
  );
}
