// The parsing, dataset, Fetch and Refresh sections run end to end (one timed run each) and give
// the JSON `npm run -s bench -- --json` prints. Values are checked for shape, never for speed.
import { describe, expect, it } from "vitest";
import { toJson } from "../report";
import { BENCH_DOCUMENTS } from "../support/bench-documents";
import { sections } from "./index";

async function runSection(id: string): Promise<Record<string, number>> {
  const entry = sections.find((s) => s.id === id);
  if (!entry) throw new Error(`no bench section ${id}`);
  const section = (await entry.load()).default;
  const measurements = await section.run({ runs: 1, log: () => undefined });
  return toJson([{ id: section.id, title: section.title, measurements }])[id]!;
}

describe("bench sections for issues 3 and 4", () => {
  it("fetchMyCouncil reports at most 2 syncs and the naive baseline beside it", async () => {
    const json = await runSection("fetchMyCouncil");
    expect(json.syncs).toBeLessThanOrEqual(2);
    expect(json.msAt100msPerRoundTrip).toBe(json.syncs! * 100);
    expect(json.naiveSyncs).toBeGreaterThan(json.syncs!);
    expect(json.naiveMsAt100msPerRoundTrip).toBe(json.naiveSyncs! * 100);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["largestRequestBytes", "totalRequestBytes", "naiveLargestRequestBytes", "naiveTotalRequestBytes"]));
  });

  it("refresh20Councils covers 20 councils", async () => {
    const json = await runSection("refresh20Councils");
    expect(json.councils).toBe(20);
    expect(json.syncs).toBeLessThanOrEqual(2);
  });

  it("parsing reports a time for every document", async () => {
    const json = await runSection("parsing");
    for (const document of BENCH_DOCUMENTS) expect(json[`${document.key}Ms`]).toBeGreaterThanOrEqual(0);
    expect(json.letterPdfFirstMs).toBeGreaterThanOrEqual(0);
  });

  it("dataset reports each file's size raw and gzip, and both load times", async () => {
    const json = await runSection("dataset");
    expect(json.figuresJsonBytes).toBeGreaterThan(json.figuresJsonGzipBytes!);
    expect(json.authoritiesJsonBytes).toBeGreaterThan(json.authoritiesJsonGzipBytes!);
    expect(json.totalBytes).toBe(json.figuresJsonBytes! + json.authoritiesJsonBytes!);
    expect(json.coldLoadMs).toBeGreaterThanOrEqual(0);
    expect(json.reloadMs).toBeGreaterThanOrEqual(0);
  });

  it("committeePack writes the pack in at most 2 syncs and times each step", async () => {
    const json = await runSection("committeePack");
    expect(json.syncs).toBeLessThanOrEqual(2);
    for (const key of ["planMs", "xlsxMs", "docxMs", "officeMs"]) expect(json[key], key).toBeGreaterThanOrEqual(0);
    expect(json.xlsxBytes).toBeGreaterThan(0);
  });
});
