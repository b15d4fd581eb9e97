// Fetch my council and Refresh as the bench measures them: the real jobs (src/application, on
// the embedded dataset) written through the real Office renderer on the
// in-memory Excel host, metered for syncs and request bytes; and the same plan written by the
// naive renderer (a sync per row) for comparison. No Excel here: round trips are counted, and
// their time at a given latency is computed from the count, never measured.
import { publishedFigurePaths } from "../../src/domain/figure-paths";
import type { Authority } from "../../src/domain/types";
import type { Dataset } from "../../src/sources/dataset/dataset";
import { fetchMyCouncil } from "../../src/application/fetch-my-council";
import type { JobContext, PlanRenderer } from "../../src/application/ports";
import { refreshComparisons } from "../../src/application/refresh-comparisons";
import { councilFigures } from "../../src/sources/live/council-figures";
import { renderPlanInExcel, type RenderReport } from "../../src/workbook/office/office-renderer";
import type { SheetKey, SheetPlan } from "../../src/workbook/plan/plan";
import { createExcelHost, type ExcelHost } from "../../test/support/excel-host";
import { renderPlanNaively } from "./naive-office-renderer";

/** Typical of Excel on the web; the bench multiplies syncs by it. */
export const WEB_ROUND_TRIP_MS = 100;

export interface RoundTrips {
  syncs: number;
  /** Syncs that sent something. */
  roundTrips: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  /** Computed: syncs × WEB_ROUND_TRIP_MS. */
  msAtWebLatency: number;
}

export interface PlanShape {
  councils: number;
  /** Rows of each table, by sheet key. */
  rows: Partial<Record<SheetKey, number>>;
  charts: number;
}

export interface RenderComparison {
  renderer: RoundTrips;
  /** Requests the renderer says it sent (one read, then the writes). */
  rendererRequests: number;
  naive: RoundTrips;
  plan: PlanShape;
}

/** How many published figures the dataset holds for a council, over every year. */
export function figuresHeld(dataset: Dataset, gss: string): number {
  return dataset.figuresFor(gss).reduce((sum, figures) => sum + publishedFigurePaths(figures).length, 0);
}

/** Councils with any figure held, most figures first (then by name, so the choice is stable). */
export function councilsByFiguresHeld(dataset: Dataset): { authority: Authority; figures: number }[] {
  return dataset.register
    .all()
    .map((authority) => ({ authority, figures: figuresHeld(dataset, authority.gss) }))
    .filter((council) => council.figures > 0)
    .sort((a, b) => b.figures - a.figures || a.authority.name.localeCompare(b.authority.name, "en-GB"));
}

/**
 * The jobs' context on the embedded dataset and the in-memory host: the same Fetch and Refresh
 * the pane, the ribbon and the CLI run, through the real Office renderer. The plan written is
 * kept for the naive baseline.
 */
async function runJob(host: ExcelHost, dataset: Dataset, job: (context: JobContext) => Promise<{ planned: { plan: SheetPlan } }>): Promise<{ report: RenderReport; plan: SheetPlan }> {
  let report: RenderReport | undefined;
  const renderer: PlanRenderer = {
    async render(planFor) {
      report = await renderPlanInExcel(host.run, planFor);
      return { notes: report.notes };
    },
  };
  const { planned } = await job({ figures: dataset, livePull: false, figuresOf: (authority) => councilFigures(authority, dataset), renderer });
  if (report === undefined) throw new Error("The job never wrote its plan.");
  return { report, plan: planned.plan };
}

function roundTripsOf(host: ExcelHost): RoundTrips {
  const meter = host.meterSummary();
  return {
    syncs: meter.syncs,
    roundTrips: meter.roundTrips,
    largestRequestBytes: meter.largestRequestBytes,
    totalRequestBytes: meter.totalRequestBytes,
    msAtWebLatency: meter.syncs * WEB_ROUND_TRIP_MS,
  };
}

function shapeOf(plan: SheetPlan): PlanShape {
  const rows: Partial<Record<SheetKey, number>> = {};
  for (const sheet of plan.sheets) rows[sheet.key] = sheet.tables.reduce((sum, table) => sum + table.rows.length, 0);
  return { councils: plan.councils.length, rows, charts: plan.sheets.reduce((sum, sheet) => sum + sheet.charts.length, 0) };
}

/** The naive baseline writing `plan` into a new workbook (it has no refresh in place). */
async function naiveRoundTrips(plan: SheetPlan): Promise<RoundTrips> {
  const host = createExcelHost();
  await host.run((context) => renderPlanNaively(context, plan));
  return roundTripsOf(host);
}

/** Fetch my council into a new workbook: one council, every year held, flags, peers and chart. */
export async function measureFetch(dataset: Dataset, council: Authority): Promise<RenderComparison> {
  const host = createExcelHost();
  const { report, plan } = await runJob(host, dataset, (context) => fetchMyCouncil({ council }, context));
  return { renderer: roundTripsOf(host), rendererRequests: report.requests, naive: await naiveRoundTrips(plan), plan: shapeOf(plan) };
}

/**
 * Refresh of a workbook holding `councils`, fetched into it one at a time first (not metered);
 * the naive baseline writes the same plan into a new workbook, so its count is a lower bound
 * for a naive Refresh, which would also have to clear and resize what is there.
 */
export async function measureRefresh(dataset: Dataset, councils: readonly Authority[]): Promise<RenderComparison> {
  const host = createExcelHost();
  for (const council of councils) await runJob(host, dataset, (context) => fetchMyCouncil({ council }, context));
  host.resetMeter();
  const { report, plan } = await runJob(host, dataset, (context) => refreshComparisons({}, context));
  if (plan.councils.length !== councils.length) {
    throw new Error(`Refresh covered ${plan.councils.length} councils where ${councils.length} were fetched into the workbook.`);
  }
  return { renderer: roundTripsOf(host), rendererRequests: report.requests, naive: await naiveRoundTrips(plan), plan: shapeOf(plan) };
}
