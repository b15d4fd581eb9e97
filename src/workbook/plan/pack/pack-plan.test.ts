import { describe, expect, it } from "vitest";
import type { HandlingColumns } from "../../../domain/complaint-handling";
import type { OwnComplaint } from "../../../domain/own-records";
import { loadDataset } from "../../../sources/dataset/dataset";
import type { PlanTable } from "../plan";
import { PlanRequestError } from "../plan-for-councils";
import type { PackRegister, PackRequest } from "./pack-input";
import { planForPack } from "./pack-plan";

async function harrowRequest(extra: Partial<PackRequest> = {}): Promise<PackRequest> {
  const dataset = await loadDataset();
  const council = dataset.register.all().find((authority) => authority.shortName === "Harrow")!;
  return {
    council,
    year: "2019-20",
    held: dataset.register.all().flatMap((authority) => dataset.figuresFor(authority.gss)),
    similarAverages: (type, year) => dataset.similarAverages(type, year),
    register: dataset.register.all(),
    asOf: dataset.asOf,
    ...extra,
  };
}

function tableOf(tables: PlanTable[], name: string): Record<string, unknown>[] {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column.name, row[i]])));
}

const ALL_COLUMNS: HandlingColumns = { stage: true, service: true, dateAcknowledged: true, dateResponded: true, internalOutcome: true, reasonNotAccepted: true, lgsco: true };

// A composed register (not a council's): each complaint made up to test one rule.
const COMPOSED: OwnComplaint[] = [
  {
    reference: "C1",
    rows: [2],
    dateReceived: "2024-05-24",
    service: "Housing",
    stage: 1,
    reachedLgsco: false,
    handling: [{ stage: 1, row: 2, received: "2024-05-24", acknowledged: "2024-05-31", responded: "2024-06-10", outcome: "Upheld" }],
  },
  {
    reference: "C2",
    rows: [3, 4],
    dateReceived: "2024-06-03",
    service: "Housing",
    stage: 2,
    reachedLgsco: true,
    lgscoDecision: "upheld",
    lgscoDecisionDate: "2025-02-03",
    remedyCompliedWith: false,
    handling: [
      { stage: 1, row: 3, received: "2024-06-03", acknowledged: "2024-06-12", responded: "2024-06-18", outcome: "Not upheld" },
      { stage: 2, row: 4, received: "2024-07-01", acknowledged: "2024-07-02", responded: "2024-08-01" },
    ],
  },
  { reference: "C3", rows: [5], dateReceived: "2024-09-02", service: "Parking", reachedLgsco: false, reasonNotAccepted: "Out of time", handling: [{ stage: 1, row: 5, received: "2024-09-02" }] },
];

function composedRegister(columns: Partial<HandlingColumns> = {}): PackRegister {
  return { complaints: COMPOSED, source: "composed-register.xlsx", columns: { ...ALL_COLUMNS, ...columns }, notRecorded: [] };
}

describe("the committee pack plan", () => {
  it("writes Harrow 2019-20's headlines: Upheld 73% against 70% on a base of 33, and the sentence 24 of 33", async () => {
    const { plan, year } = planForPack(await harrowRequest());
    expect(year).toBe("2019-20");
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual([
      "Pack summary",
      "Pack years",
      "Pack our complaints",
      "Pack Ombudsman cases",
      "Pack peers",
      "Pack self-assessment",
      "Pack improvements",
    ]);
    const summary = plan.sheets[0]!;
    const upheld = tableOf(summary.tables, "PackHeadlines").find((row) => row.Measure === "Upheld %")!;
    expect(upheld).toMatchObject({ "This year": 0.73, "Similar authorities": 0.7, Base: 33, "Last year": null, "Three-year average": null });
    expect(upheld.Source).toContain("Annual Review letter 2020 to London Borough of Harrow dated 22 July 2020");
    const sentences = tableOf(summary.tables, "PackSentences").map((row) => row.Sentence);
    expect(sentences[0]).toBe("LGSCO upheld 24 of 33 detailed investigations (73%), against an average of 70% for similar authorities.");
    // Not held is an empty cell, named in the note, never 0.
    const per100k = tableOf(summary.tables, "PackHeadlines").find((row) => row.Measure === "Upheld per 100k")!;
    expect(per100k["This year"]).toBeNull();
    expect(String(summary.header.find((row) => row[0] === "Note")?.[1])).toContain("Not held for 2019-20: Upheld per 100k");
  });

  it("defaults to the latest year held and refuses a year with no figures, naming the years held", async () => {
    const request = await harrowRequest({ year: undefined });
    expect(planForPack({ ...request, year: undefined } as PackRequest).year).toBe("2019-20");
    expect(() => planForPack({ ...request, year: "2010-11" })).toThrow(PlanRequestError);
    expect(() => planForPack({ ...request, year: "2010-11" })).toThrow(/held: 2019-20/);
  });

  it("without a register, builds every sheet and says how to fill the register's tables", async () => {
    const { plan } = planForPack(await harrowRequest());
    const complaints = plan.sheets.find((sheet) => sheet.key === "packComplaints")!;
    expect(complaints.tables.map((t) => [t.name, t.rows.length])).toEqual([
      ["PackFunnel", 0],
      ["PackTimeliness", 0],
      ["PackServices", 0],
      ["PackNotAccepted", 0],
    ]);
    expect(String(complaints.header.find((row) => row[0] === "Note")?.[1])).toContain("--records");
  });

  it("counts a stage 1 complaint received Fri 24 May 2024 and answered Mon 10 June 2024 as on time (a composed register)", async () => {
    // The register's complaints are all 2024-25: Harrow's 2019-20 pack finds none of them.
    const { plan } = planForPack(await harrowRequest({ records: composedRegister() }));
    expect(tableOf(plan.sheets.find((sheet) => sheet.key === "packComplaints")!.tables, "PackFunnel")).toEqual([]);
    // A composed 2024-25 record for Harrow (its 2019-20 figures relabelled) so the pack's year is the register's.
    const held = (await harrowRequest()).held;
    const harrow2024 = { ...held.find((f) => f.gss === "E09000015")!, year: "2024-25" };
    const pack2024 = planForPack(await harrowRequest({ year: "2024-25", held: [...held, harrow2024], similarAverages: () => undefined, records: composedRegister() }));
    const tables = pack2024.plan.sheets.find((sheet) => sheet.key === "packComplaints")!.tables;
    const stage1 = tableOf(tables, "PackTimeliness").find((row) => row.Stage === "Stage 1")!;
    // C1: 10 working days (27 May a bank holiday) → on time; C2 stage 1: Mon 3 June to Tue 18 June = 11 days → late; median 10.5; C3 not answered.
    expect(stage1).toMatchObject({ Received: 3, Acknowledged: 2, "Acknowledged within 5 working days": 1, Responded: 2, "Responded within limit": 1, "Median working days to respond": 10.5 });
    const stage2 = tableOf(tables, "PackTimeliness").find((row) => row.Stage === "Stage 2")!;
    expect(stage2).toMatchObject({ Received: 1, "Limit (working days)": 20, Responded: 1, "Responded within limit": 0 });
    expect(tableOf(tables, "PackFunnel").map((row) => row.Complaints)).toEqual([3, 1, 1, 1, 1, 1]);
    expect(tableOf(tables, "PackServices")).toEqual([
      { Service: "Housing", Received: 2, Upheld: 1, Responses: 3, "On time": 1, "On time %": 1 / 3 },
      { Service: "Parking", Received: 1, Upheld: 0, Responses: 0, "On time": 0, "On time %": null },
    ]);
    expect(tableOf(tables, "PackNotAccepted")).toEqual([{ Reason: "Out of time", Complaints: 1 }]);
    const cases = tableOf(pack2024.plan.sheets.find((sheet) => sheet.key === "packCases")!.tables, "PackOmbudsmanCases");
    expect(cases).toMatchObject([{ Reference: "C2", Outcome: "Upheld", "Remedy complied with": "No" }]);
  });

  it("leaves a count the register has no column for empty and names the column that would fill it", async () => {
    const held = (await harrowRequest()).held;
    const harrow2024 = { ...held.find((f) => f.gss === "E09000015")!, year: "2024-25" };
    const { plan } = planForPack(
      await harrowRequest({ year: "2024-25", held: [...held, harrow2024], similarAverages: () => undefined, records: composedRegister({ stage: false, dateAcknowledged: false, reasonNotAccepted: false }) }),
    );
    const sheet = plan.sheets.find((s) => s.key === "packComplaints")!;
    expect(tableOf(sheet.tables, "PackFunnel")[1]).toMatchObject({ Step: "Stage 2", Complaints: null });
    expect(tableOf(sheet.tables, "PackTimeliness")[0]).toMatchObject({ Acknowledged: null, Responded: 2 });
    expect(tableOf(sheet.tables, "PackNotAccepted")).toEqual([]);
    const note = String(sheet.header.find((row) => row[0] === "Note")?.[1]);
    expect(note).toContain("Date acknowledged column");
    expect(note).toContain("Reason not accepted column");
  });

  it("lists one self-assessment row per Code section, its analyst columns kept on rebuild", async () => {
    const { plan } = planForPack(await harrowRequest());
    const table = plan.sheets.find((sheet) => sheet.key === "packSelfAssessment")!.tables[0]!;
    expect(table.name).toBe("PackSelfAssessment");
    expect(table.columns.map((c) => c.name)).toEqual(["Section", "Requirement", "Comply", "Evidence", "Commentary"]);
    expect(table.rows).toHaveLength(8);
    expect(table.analystColumns).toEqual(["Comply", "Evidence", "Commentary"]);
  });
});
