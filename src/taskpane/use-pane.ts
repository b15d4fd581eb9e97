// The pane's state and jobs for React: the store (pane-state.ts) read with useSyncExternalStore,
// the jobs (pane-jobs.ts) bound to it, the register loaded and the ribbon heard once mounted.
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { PaneWorkbook } from "../workbook/pane/pane-api";
import type { PaneEnvironment } from "./environment";
import { paneJobs, type PaneJobs } from "./pane-jobs";
import { initialPaneState, paneStore, type PaneState } from "./pane-state";

export function usePane(environment: PaneEnvironment, workbook: PaneWorkbook): { state: PaneState; jobs: PaneJobs } {
  const [store] = useState(() => paneStore(initialPaneState(environment, true)));
  const state = useSyncExternalStore(store.subscribe, store.state, store.state);
  const jobs = useMemo(() => paneJobs(workbook, store.dispatch, store.state), [workbook, store]);
  useEffect(() => {
    void jobs.load();
    return jobs.listen();
  }, [jobs]);
  return { state, jobs };
}
