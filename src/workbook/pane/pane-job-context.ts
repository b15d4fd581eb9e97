// What the jobs (src/application) need on this workbook, from the pane's side: the figures store
// as the figures held, the live pull when it is on (the page name that answered remembered in
// the workbook), the Office renderer, the store and settings keeping imported years, and the
// linked register's part of a plan.
import type { FiguresStore } from "../../sources/figures-store";
import { councilFigures, type CouncilFigures, type StatisticsPageFetcher } from "../../sources/live/council-figures";
import type { Authority } from "../../domain/types";
import type { ImportedFigures } from "../../application/import-documents";
import type { FiguresHeld, JobContext } from "../../application/ports";
import { officePlanRenderer, type ExcelRun } from "../office/office-renderer";
import { describeProblem } from "./describe-problem";
import type { PlanAddition, ProgressListener } from "./pane-api";
import { relayBaseUrl, withLetter, withLgscoPage, type PaneSettings } from "./pane-settings";

export interface PaneJobPorts {
  run: ExcelRun;
  liveClient: (baseUrl: string) => StatisticsPageFetcher;
  pageUrl: string;
  current(): PaneSettings;
  saveSettings(next: PaneSettings): Promise<PaneSettings>;
}

/** The job's view of the store: every figure held, pages and letters merged. */
function figuresHeld(store: FiguresStore): FiguresHeld {
  return { register: store.register, asOf: store.datasetAsOf, figuresFor: (gss) => store.councilYears(gss), similarAverages: (type, year) => store.similarAverages(type, year) };
}

/** The live pull for one council (when on), handed to the store so formulas see the page too. */
async function figuresOf(store: FiguresStore, ports: PaneJobPorts, authority: Authority): Promise<CouncilFigures> {
  const settings = ports.current();
  const known = settings.lgscoPages?.[authority.gss];
  const options = settings.livePull
    ? { live: true, client: ports.liveClient(relayBaseUrl(settings.hostUrl, ports.pageUrl)), ...(known === undefined ? {} : { pageName: known }) }
    : {};
  const result = await councilFigures(authority, { asOf: store.datasetAsOf, figuresFor: (gss) => store.councilYears(gss), register: store.register }, options);
  store.addCouncilFigures(result);
  if (result.live.state === "used" && result.live.pageName !== known) {
    // The page name that answered is tried first next time; not keeping it only costs a search.
    await ports.saveSettings(withLgscoPage(ports.current(), authority.gss, result.live.pageName)).catch(() => undefined);
  }
  return result;
}

/** What the jobs need, on this workbook: the store, the live pull when on, the Office renderer. */
export function paneJobContext(store: FiguresStore, ports: PaneJobPorts, progress: ProgressListener): JobContext {
  return {
    figures: figuresHeld(store),
    livePull: ports.current().livePull,
    figuresOf: (authority) => figuresOf(store, ports, authority),
    renderer: officePlanRenderer(ports.run),
    progress,
  };
}

/** The store holds imported years at once (the formulas see them); the settings keep them once written. */
export function importedIntoWorkbook(store: FiguresStore, ports: PaneJobPorts): ImportedFigures {
  return {
    hold: (years) => {
      for (const year of years) store.addFigures(year, year.gss);
    },
    keep: async (years) => {
      const settings = ports.current();
      await ports.saveSettings({ ...settings, letters: years.reduce((kept, year) => withLetter(kept, year), settings.letters) });
    },
  };
}

/**
 * For Fetch and Refresh: the linked register's part, or, when it cannot be read, none and a
 * note saying so. A register problem fails the register's part, never the published figures.
 */
export async function registerPartOf(read: () => Promise<PlanAddition[]>, given: readonly PlanAddition[]): Promise<{ additions: PlanAddition[]; notes: string[] }> {
  try {
    return { additions: await read(), notes: [] };
  } catch (error) {
    const problem = describeProblem(error, "read-register");
    const happened = problem.whatHappened.replace(/\s*The workbook is as it was\.$/, "");
    const note = `${problem.title}: ${happened} The published figures were written without it, and the "Ombudsman vs records" sheet was left as it was. ${problem.whatToDo}`;
    return { additions: [...given], notes: [note] };
  }
}
