// The task pane: choose the council and years, Fetch my council, Refresh comparisons, follow the
// flags to their rows, see where the figures came from, import a letter, change the settings.
// It knows the workbook only through PaneWorkbook (plain functions and plain data), never Office.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  isPaneProblem,
  PaneProblem,
  type CouncilOption,
  type FetchResult,
  type LetterInput,
  type LetterReading,
  type PaneFlag,
  type PaneProgress,
  type PaneSettings,
  type PaneWorkbook,
  type ProgressListener,
  type RefreshResult,
  type SourcesSummary,
  type WorkbookActivity,
} from "../workbook/pane/pane-api";
import type { RegisterWorkbook } from "../workbook/pane/register-workbook";
import { CouncilPicker } from "./CouncilPicker";
import type { PaneEnvironment } from "./environment";
import { Header } from "./Header";
import type { JobOutcome } from "./ImportLetter";
import { JobProgress } from "./JobProgress";
import { StatusArea } from "./StatusArea";
import { canFetch, fetchedStatus, problemStatus, refreshedStatus, rowShownStatus, startingStatus, type PaneStatus } from "./status";
import { initialYears, yearsToFetch, type YearSelection } from "./year-choice";
import { YearsPicker } from "./YearsPicker";

// What is shown only after a job (flags, sources) or when a section is opened (letter, settings)
// loads with import(), fetched while the pane is idle after its first render.
const loadFlagsPanel = () => import("./FlagsPanel");
const loadSourcesLine = () => import("./SourcesLine");
const loadImportLetter = () => import("./ImportLetter");
const loadSettingsPanel = () => import("./SettingsPanel");
const loadLinkRegister = () => import("./records/LinkRegister");
const FlagsPanel = lazy(() => loadFlagsPanel().then((module) => ({ default: module.FlagsPanel })));
const SourcesLine = lazy(() => loadSourcesLine().then((module) => ({ default: module.SourcesLine })));
const ImportLetter = lazy(() => loadImportLetter().then((module) => ({ default: module.ImportLetter })));
const SettingsPanel = lazy(() => loadSettingsPanel().then((module) => ({ default: module.SettingsPanel })));
const LinkRegister = lazy(() => loadLinkRegister().then((module) => ({ default: module.LinkRegister })));

function whenIdle(work: () => void): void {
  const idle = (window as { requestIdleCallback?: (callback: () => void) => number }).requestIdleCallback;
  if (idle) idle(work);
  else setTimeout(work, 200);
}

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<span>Loading…</span>}>{children}</Suspense>;
}

export interface AppProps {
  environment: PaneEnvironment;
  /** Fluent's theme for `environment.theme` (the entry loads the dark one when needed); light by default. */
  fluentTheme?: Theme;
  /** The workbook, where the pane runs in Excel; absent elsewhere (the pane then only explains). */
  workbook?: PaneWorkbook;
  /** The council's own complaints register in the workbook (issue 6), where the pane runs in Excel. */
  registerWorkbook?: () => Promise<RegisterWorkbook>;
}

type JobKind = "fetch" | "refresh" | "read-letter" | "add-letter" | "save-settings";
interface RunningJob {
  kind: JobKind;
  progress?: PaneProgress;
  fromRibbon?: boolean;
}

/** Jobs long enough to show a ProgressBar for. */
const SHOWS_PROGRESS: ReadonlySet<JobKind> = new Set(["fetch", "refresh", "read-letter", "add-letter"]);

const useStyles = makeStyles({
  // Not on the FluentProvider itself: Fluent copies its classes onto the portals (listboxes), which would then cover the pane.
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "640px",
  },
  choose: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  wide: { width: "100%", maxWidth: "none" },
  rule: { width: "100%", height: 0, margin: 0, border: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  accordion: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

/** A failure as the pane shows it: a PaneProblem as it came, anything else (the workbook code could not even load) said plainly. */
function asPaneProblem(error: unknown): PaneProblem {
  if (isPaneProblem(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PaneProblem(
    "Something went wrong",
    `The pane could not finish: ${detail.replace(/\.?$/, ".")} The workbook is as it was.`,
    "Check the connection to the add-in's host and try again; if it happens again, reload the pane.",
  );
}

export function App({ environment, workbook, registerWorkbook, fluentTheme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const inExcel = environment.host.kind === "excel" && workbook !== undefined;
  const [councils, setCouncils] = useState<CouncilOption[] | undefined>(inExcel ? undefined : []);
  const [loadProblem, setLoadProblem] = useState<string | undefined>(undefined);
  const [yearsHeld, setYearsHeld] = useState<string[]>([]);
  const [settings, setSettings] = useState<PaneSettings | undefined>(undefined);
  const [selected, setSelected] = useState<CouncilOption | undefined>(undefined);
  const [years, setYears] = useState<YearSelection | undefined>(undefined);
  const [job, setJob] = useState<RunningJob | undefined>(undefined);
  const [status, setStatus] = useState<PaneStatus>(() => startingStatus(environment));
  const [flags, setFlags] = useState<{ council: string | undefined; list: PaneFlag[]; selected?: PaneFlag } | undefined>(undefined);
  const [sources, setSources] = useState<{ council: string; summary: SourcesSummary } | undefined>(undefined);

  // Load the register, the years held and the workbook's saved choice (after the first render).
  useEffect(() => {
    if (!inExcel) return;
    whenIdle(() => {
      for (const load of [loadFlagsPanel, loadSourcesLine, loadImportLetter, loadSettingsPanel, loadLinkRegister]) void load().catch(() => undefined);
    });
    let cancelled = false;
    Promise.all([workbook.councils(), workbook.yearsHeld(), workbook.settings()]).then(
      ([list, held, saved]) => {
        if (cancelled) return;
        setCouncils(list);
        setYearsHeld(held);
        setSettings(saved.settings);
        setYears(initialYears(held, saved.settings.years));
        const council = list.find((candidate) => candidate.gss === saved.settings.council);
        if (council) {
          setSelected(council);
          setStatus({ intent: "info", title: `${council.name} is chosen`, message: "Your council from this workbook. Fetch my council writes its statistics; Refresh comparisons updates every council already in the sheets." });
        }
        if (saved.problems.length > 0) {
          setStatus({ intent: "warning", title: "Some saved settings were reset", message: saved.problems.join(" "), action: "Check the council, years and Settings, then save them again." });
        }
      },
      (error: unknown) => {
        if (cancelled) return;
        const problem = asPaneProblem(error);
        setCouncils([]);
        setLoadProblem("The list of councils could not be loaded.");
        setStatus(problemStatus(problem));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [inExcel, workbook]);

  const showFetched = useCallback((result: FetchResult, via: "fetch" | "letter") => {
    setStatus(fetchedStatus(result, via));
    setFlags({ council: result.council.name, list: result.flags });
    setSources({ council: result.council.name, summary: result.sources });
  }, []);

  const showRefreshed = useCallback(
    (result: RefreshResult, fromRibbon: boolean) => {
      setStatus(refreshedStatus(result, fromRibbon));
      const chosen = selected && result.councils.includes(selected.name) ? selected.name : undefined;
      setFlags({ council: chosen, list: chosen ? result.flags.filter((flag) => flag.council === chosen) : result.flags });
      const entry = result.sources.find((candidate) => candidate.council === chosen) ?? result.sources[0];
      setSources(entry ? { council: entry.council, summary: entry.sources } : undefined);
    },
    [selected],
  );

  // A Refresh started from the ribbon, heard while the pane is open.
  useEffect(() => {
    if (!inExcel) return;
    return workbook.onActivity((activity: WorkbookActivity) => {
      switch (activity.kind) {
        case "refresh-started":
          setJob({ kind: "refresh", fromRibbon: true });
          break;
        case "progress":
          setJob({ kind: "refresh", fromRibbon: true, progress: activity.progress });
          break;
        case "refresh-finished":
          setJob(undefined);
          showRefreshed(activity.result, true);
          break;
        case "refresh-failed":
          setJob(undefined);
          setStatus(problemStatus(activity.problem));
          break;
      }
    });
  }, [inExcel, workbook, showRefreshed]);

  /** Runs one job at a time, with its progress shown; failures come back as PaneProblems. */
  const runJob = useCallback(async <T,>(kind: JobKind, work: (onProgress: ProgressListener) => Promise<T>): Promise<JobOutcome<T>> => {
    setJob({ kind });
    try {
      const value = await work((progress) => setJob({ kind, progress }));
      return { ok: true, value };
    } catch (error) {
      return { ok: false, problem: asPaneProblem(error) };
    } finally {
      setJob(undefined);
    }
  }, []);

  const wanted = useMemo(() => yearsToFetch(years, yearsHeld), [years, yearsHeld]);
  const busy = job !== undefined;
  const controlsDisabled = !inExcel || busy;

  function saveChoice(council: CouncilOption | undefined, selection: YearSelection | undefined): void {
    if (!inExcel) return;
    const span = yearsToFetch(selection, yearsHeld);
    void workbook
      .saveChoice({ ...(council ? { council: council.gss } : {}), ...(span.ok && span.years ? { years: span.years } : {}) })
      .catch((error: unknown) => setStatus(problemStatus(asPaneProblem(error))));
  }

  async function fetchMyCouncil(): Promise<void> {
    if (!inExcel || !selected || !wanted.ok) return;
    const council = selected;
    const outcome = await runJob("fetch", (onProgress) => workbook.fetchCouncil({ gss: council.gss, ...(wanted.years ? { years: wanted.years } : {}) }, onProgress));
    if (outcome.ok) showFetched(outcome.value, "fetch");
    else setStatus(problemStatus(outcome.problem));
  }

  async function refreshComparisons(): Promise<void> {
    if (!inExcel) return;
    const outcome = await runJob("refresh", (onProgress) => workbook.refreshComparisons(onProgress));
    if (outcome.ok) showRefreshed(outcome.value, false);
    else setStatus(problemStatus(outcome.problem));
  }

  async function followFlag(flag: PaneFlag): Promise<void> {
    if (!inExcel || busy) return;
    // Quick, and the analyst may go on down the list: no ProgressBar, nothing disabled.
    try {
      await workbook.selectFlagRow(flag.council, flag.year);
      setStatus(rowShownStatus(flag));
      setFlags((shown) => shown && { ...shown, selected: flag });
    } catch (error) {
      setStatus(problemStatus(asPaneProblem(error)));
    }
  }

  const readLetter = (input: LetterInput): Promise<JobOutcome<LetterReading>> =>
    inExcel ? runJob("read-letter", () => workbook.readLetter(input)) : Promise.resolve({ ok: false, problem: asPaneProblem("the pane is not in Excel") });

  async function addLetter(reading: LetterReading): Promise<PaneProblem | undefined> {
    if (!inExcel) return asPaneProblem("the pane is not in Excel");
    const outcome = await runJob("add-letter", (onProgress) => workbook.addLetter(reading, { ...(wanted.ok && wanted.years ? { years: wanted.years } : {}) }, onProgress));
    if (!outcome.ok) return outcome.problem;
    const council = councils?.find((candidate) => candidate.gss === reading.council.gss);
    if (council) setSelected(council);
    showFetched(outcome.value, "letter");
    return undefined;
  }

  async function saveSettings(next: PaneSettings): Promise<PaneProblem | undefined> {
    if (!inExcel) return asPaneProblem("the pane is not in Excel");
    const outcome = await runJob("save-settings", () => workbook.saveSettings(next));
    if (!outcome.ok) return outcome.problem;
    setSettings(outcome.value);
    return undefined;
  }

  return (
    <FluentProvider theme={fluentTheme}>
      <div className={styles.page}>
        <Header />
        <main className={styles.main}>
          <section className={styles.choose} aria-label="Your council">
            <CouncilPicker
              councils={councils}
              selected={selected}
              disabled={controlsDisabled}
              {...(loadProblem ? { problem: loadProblem } : {})}
              onSelect={(council) => {
                setSelected(council);
                saveChoice(council, years);
              }}
            />
            <YearsPicker
              years={yearsHeld}
              selection={years}
              disabled={controlsDisabled}
              {...(wanted.ok ? {} : { problem: wanted.message })}
              onChange={(selection) => {
                setYears(selection);
                saveChoice(selected, selection);
              }}
            />
            <div className={styles.actions}>
              {/* While a job runs the buttons stay focusable (a keyboard user keeps their place) but do nothing. */}
              <Button
                appearance="primary"
                className={styles.wide}
                disabled={!canFetch(environment, selected !== undefined) || !wanted.ok || !inExcel}
                disabledFocusable={busy}
                onClick={() => void fetchMyCouncil()}
              >
                Fetch my council
              </Button>
              <Button className={styles.wide} disabled={!inExcel} disabledFocusable={busy} onClick={() => void refreshComparisons()}>
                Refresh comparisons
              </Button>
            </div>
            {job && SHOWS_PROGRESS.has(job.kind) ? <JobProgress progress={job.progress} /> : null}
          </section>
          <StatusArea status={status} />
          {flags ? (
            <Later>
              <FlagsPanel
                flags={flags.list}
                council={flags.council}
                disabled={!inExcel}
                busy={busy}
                {...(flags.selected ? { selected: flags.selected } : {})}
                onSelect={(flag) => void followFlag(flag)}
              />
            </Later>
          ) : null}
          {sources ? (
            <Later>
              <SourcesLine council={sources.council} sources={sources.summary} />
            </Later>
          ) : null}
          <hr className={styles.rule} />
          <Accordion className={styles.accordion} collapsible multiple>
            <AccordionItem value="letter">
              <AccordionHeader as="h2">Import a letter</AccordionHeader>
              <AccordionPanel>
                <Later>
                  <ImportLetter disabled={!inExcel} busy={busy} read={readLetter} add={addLetter} />
                </Later>
              </AccordionPanel>
            </AccordionItem>
            {/* The council's own records (issue 6): the register reaches Fetch and Refresh through the workbook's addPlanInputs. */}
            <AccordionItem value="register">
              <AccordionHeader as="h2">Your complaints register</AccordionHeader>
              <AccordionPanel>
                <Later>
                  <LinkRegister
                    registerWorkbook={registerWorkbook ?? (() => Promise.reject(new Error("The pane is not in Excel.")))}
                    {...(selected ? { council: { gss: selected.gss, name: selected.name } } : {})}
                    enabled={inExcel && registerWorkbook !== undefined}
                  />
                </Later>
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="settings">
              <AccordionHeader as="h2">Settings</AccordionHeader>
              <AccordionPanel>
                <Later>
                  <SettingsPanel settings={settings} ownHost={environment.pageOrigin ?? "this add-in's host"} disabled={!inExcel} busy={busy} save={saveSettings} />
                </Later>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </main>
      </div>
    </FluentProvider>
  );
}
