// The pane in Excel: the choice, the status line, the flags and sources after a job, and the
// sections below; all state and jobs in usePane, so this only lays them out.
import { lazy, Suspense, useEffect, type ReactNode } from "react";
import type { PaneWorkbook } from "../workbook/pane/pane-api";
import type { RegisterWorkbook } from "../workbook/pane/register-workbook";
import { ChoiceSection } from "./ChoiceSection";
import type { PaneEnvironment } from "./environment";
import { loadCouncilPicker, loadYearsPicker } from "./first-paint";
import { MoreSectionsLater } from "./more-sections-later";
import { loadFlagsPanel, loadImportDataTables, loadImportLettersAndPages, loadJobProgress, loadLinkRegister, loadMoreSections, loadSettingsPanel, loadSourcesLine } from "./panel-loaders";
import { wantedYears, type JobKind } from "./pane-state";
import { StatusArea } from "./StatusArea";
import { usePane } from "./use-pane";

const FlagsPanel = lazy(() => loadFlagsPanel().then((module) => ({ default: module.FlagsPanel })));
const SourcesLine = lazy(() => loadSourcesLine().then((module) => ({ default: module.SourcesLine })));
const JobProgress = lazy(() => loadJobProgress().then((module) => ({ default: module.JobProgress })));

/** Jobs long enough to show a ProgressBar for. */
const SHOWS_PROGRESS: ReadonlySet<JobKind> = new Set(["fetch", "refresh", "read-letter", "add-letter"]);

function whenIdle(work: () => void): void {
  const idle = (window as { requestIdleCallback?: (callback: () => void) => number }).requestIdleCallback;
  if (idle) idle(work);
  else setTimeout(work, 200);
}

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<span>Loading…</span>}>{children}</Suspense>;
}

export interface InExcelPaneProps {
  environment: PaneEnvironment;
  workbook: PaneWorkbook;
  registerWorkbook?: () => Promise<RegisterWorkbook>;
}

export function InExcelPane({ environment, workbook, registerWorkbook }: InExcelPaneProps) {
  const { state, jobs } = usePane(environment, workbook);
  const busy = state.job !== undefined;

  useEffect(() => {
    // The pickers are needed as soon as the register is in: load them beside it; the rest when idle.
    for (const load of [loadCouncilPicker, loadYearsPicker]) void load().catch(() => undefined);
    whenIdle(() => {
      for (const load of [loadMoreSections, loadFlagsPanel, loadSourcesLine, loadJobProgress, loadImportLettersAndPages, loadImportDataTables, loadSettingsPanel, loadLinkRegister]) void load().catch(() => undefined);
    });
  }, []);

  return (
    <>
      <ChoiceSection
        councils={state.councils}
        {...(state.loadProblem ? { loadProblem: state.loadProblem } : {})}
        selected={state.selected}
        yearsHeld={state.yearsHeld}
        years={state.years}
        wanted={wantedYears(state)}
        usable
        busy={busy}
        progress={
          state.job && SHOWS_PROGRESS.has(state.job.kind) ? (
            <Suspense fallback={null}>
              <JobProgress progress={state.job.progress} />
            </Suspense>
          ) : null
        }
        onChooseCouncil={jobs.chooseCouncil}
        onChooseYears={jobs.chooseYears}
        onFetch={() => void jobs.fetchMyCouncil()}
        onRefresh={() => void jobs.refreshComparisons()}
      />
      <StatusArea status={state.status} />
      {state.flags ? (
        <Later>
          <FlagsPanel
            flags={state.flags.list}
            council={state.flags.council}
            disabled={false}
            busy={busy}
            {...(state.flags.selected ? { selected: state.flags.selected } : {})}
            onSelect={(flag) => void jobs.followFlag(flag)}
          />
        </Later>
      ) : null}
      {state.sources ? (
        <Later>
          <SourcesLine council={state.sources.council} sources={state.sources.summary} />
        </Later>
      ) : null}
      <MoreSectionsLater
        environment={environment}
        jobs={{
          busy,
          settings: state.settings,
          selected: state.selected,
          readDocuments: jobs.readDocuments,
          addDocuments: jobs.addDocuments,
          readDataTables: jobs.readDataTables,
          addDataTables: jobs.addDataTables,
          saveSettings: jobs.saveSettings,
          ...(registerWorkbook ? { registerWorkbook } : {}),
          yearsHeld: state.yearsHeld,
          ...(workbook.buildCommitteePack ? { buildPack: (choice) => workbook.buildCommitteePack!(choice) } : {}),
        }}
      />
    </>
  );
}
