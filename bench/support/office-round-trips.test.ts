import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/sources/dataset/dataset";
import { holdsAnyFigure } from "../../src/workbook/plan/key-stats-sheet";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../test/support/excel-host";
import { councilsByFiguresHeld, measureFetch, measureRefresh, WEB_ROUND_TRIP_MS } from "./office-round-trips";

const dataset = await loadDataset();
const ranked = councilsByFiguresHeld(dataset);

describe("the councils the bench picks", () => {
  it("lists every council with a figure held, most figures first", () => {
    const withFigures = dataset.register.all().filter((authority) => dataset.figuresFor(authority.gss).length > 0);
    expect(ranked.map((c) => c.authority.gss).sort()).toEqual(withFigures.map((a) => a.gss).sort());
    for (const [i, council] of ranked.entries()) if (i > 0) expect(council.figures).toBeLessThanOrEqual(ranked[i - 1]!.figures);
  });
});

describe("Fetch my council on the in-memory host", () => {
  it("writes every year held for the council in at most 2 syncs, where the naive renderer needs a sync per row", async () => {
    const council = ranked[0]!.authority;
    const { renderer, rendererRequests, naive, plan } = await measureFetch(dataset, council);
    expect(renderer.syncs).toBeLessThanOrEqual(2);
    expect(renderer.syncs).toBe(rendererRequests);
    expect(renderer.largestRequestBytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES);
    expect(renderer.msAtWebLatency).toBe(renderer.syncs * WEB_ROUND_TRIP_MS);
    expect(plan.councils).toBe(1);
    expect(plan.rows.keyStats).toBe(dataset.figuresFor(council.gss).filter(holdsAnyFigure).length);
    expect(plan.rows.peers).toBeGreaterThan(0);
    expect(plan.charts).toBe(1);
    // The naive baseline writes each table row in its own request.
    const tableRows = Object.values(plan.rows).reduce((sum, rows) => sum + rows, 0);
    expect(naive.syncs).toBeGreaterThan(tableRows);
  });
});

describe("Refresh on the in-memory host", () => {
  it("refreshes 20 councils fetched one by one: a read, then one write request per chunk", async () => {
    const councils = ranked.slice(0, 20).map((c) => c.authority);
    const { renderer, rendererRequests, naive, plan } = await measureRefresh(dataset, councils);
    expect(plan.councils).toBe(20);
    expect(renderer.syncs).toBe(rendererRequests);
    expect(renderer.syncs).toBeLessThanOrEqual(2);
    expect(renderer.largestRequestBytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES);
    const heldYears = councils.reduce((sum, council) => sum + dataset.figuresFor(council.gss).filter(holdsAnyFigure).length, 0);
    expect(plan.rows.keyStats).toBe(heldYears);
    expect(naive.syncs).toBeGreaterThan(plan.rows.keyStats!);
  });
});
