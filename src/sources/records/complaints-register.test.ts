import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Cell } from "../tables/cells";
import { readTableFile } from "../tables/read-table-file";
import {
  RegisterReadError,
  chooseRegisterSheet,
  describeMapping,
  detectRegisterColumns,
  PACK_REQUIRED_FIELDS,
  readRegister,
  type RegisterMapping,
} from "./complaints-register";

const fixture = async (name: string) => readTableFile(readFileSync(new URL(`../../../test/fixtures/registers/${name}`, import.meta.url)), name);

const HEADER = ["Reference", "Date received", "Directorate", "Stage", "Outcome", "LGSCO reference", "LGSCO decision", "LGSCO decision date", "Satisfactory remedy by the council", "Remedy complied with", "Compliance date"];

describe("detectRegisterColumns", () => {
  it("maps every field of a register by header meaning, below title rows", () => {
    const detection = detectRegisterColumns([["Complaints 2019-20 (composed by us)"], [], HEADER, ["C1"]]);
    expect(detection.missing).toEqual([]);
    expect(detection.message).toBeUndefined();
    expect(detection.mapping?.headerRow).toBe(3);
    expect(Object.fromEntries(Object.entries(detection.mapping!.columns).map(([field, column]) => [field, column.index]))).toEqual({
      reference: 0,
      dateReceived: 1,
      service: 2,
      stage: 3,
      internalOutcome: 4,
      lgscoReference: 5,
      lgscoDecision: 6,
      lgscoDecisionDate: 7,
      satisfactoryRemedy: 8,
      remedyCompliedWith: 9,
      complianceDate: 10,
    });
  });
  it("knows other wordings: Ombudsman, LGO, Local Government and Social Care Ombudsman", () => {
    const detection = detectRegisterColumns([["Case No.", "LGO ref", "Local Government and Social Care Ombudsman final decision", "Date LGO decided", "Department", "Date logged"]]);
    expect(Object.fromEntries(Object.entries(detection.mapping!.columns).map(([field, column]) => [field, column.header]))).toEqual({
      reference: "Case No.",
      lgscoReference: "LGO ref",
      lgscoDecision: "Local Government and Social Care Ombudsman final decision",
      lgscoDecisionDate: "Date LGO decided",
      service: "Department",
      dateReceived: "Date logged",
    });
  });
  it("names a missing required column plainly", () => {
    const detection = detectRegisterColumns([["Reference", "Date received", "LGSCO decision", "Officer"]]);
    expect(detection.missing).toEqual(["lgscoDecisionDate"]);
    expect(detection.message).toBe(
      'The register has no column for LGSCO decision date (a column headed like "LGSCO decision date", "Date of Ombudsman decision"): pick it in the mapping.',
    );
    expect(detection.unmatchedHeaders).toEqual(["Officer"]);
  });
  it("says so when no row looks like a register's header", () => {
    const detection = detectRegisterColumns([["Name", "Score"], ["A", 1]]);
    expect(detection.mapping).toBeUndefined();
    expect(detection.missing).toEqual(["reference", "lgscoDecision", "lgscoDecisionDate"]);
    expect(detection.message).toMatch(/^No header row found/);
  });
  it("gives a mapping that survives a JSON round trip (it is saved in the workbook's settings)", () => {
    const { mapping } = detectRegisterColumns([HEADER]);
    expect(JSON.parse(JSON.stringify(mapping))).toEqual(mapping);
  });
});

describe("readRegister: the composed messy register", () => {
  it("reads dates in every form, trims text, joins a reference repeated in another case", async () => {
    const [sheet] = await fixture("composed-register-messy.xlsx");
    const { mapping } = detectRegisterColumns(sheet!.cells);
    const { complaints } = readRegister(sheet!.cells, mapping!);
    const byReference = Object.fromEntries(complaints.map((complaint) => [complaint.reference, complaint]));
    expect(Object.keys(byReference)).toEqual(["CR-0001", "CR-0002", "CR-0003", "CR-0004", "CR-0005", "CR-0006", "CR-0007", "CR-0008", "CR-0009", "CR-0010"]);
    expect(byReference["CR-0001"]).toEqual({
      reference: "CR-0001",
      rows: [5],
      dateReceived: "2019-04-03",
      service: "Housing",
      stage: 2,
      internalOutcome: "Not upheld",
      lgscoReference: "19 001 001",
      lgscoDecision: "upheld",
      lgscoDecisionDate: "2019-10-01",
      satisfactoryRemedy: false,
      remedyCompliedWith: true,
      complianceDate: "2019-11-01",
      reachedLgsco: true,
      // The row's own stage and dates, for the committee pack's timeliness.
      handling: [{ stage: 2, row: 5, received: "2019-04-03", outcome: "Not upheld" }],
    });
    expect(byReference["CR-0002"]).toMatchObject({ dateReceived: "2019-05-01", lgscoDecision: "not-upheld", lgscoDecisionDate: "2019-12-03" });
    expect(byReference["CR-0003"]).toMatchObject({ dateReceived: "2019-06-15", stage: 1, lgscoDecision: "closed-after-initial-enquiries" });
    expect(byReference["CR-0004"]).toMatchObject({ stage: 1, lgscoDecision: "referred-back-for-local-resolution" });
    expect(byReference["CR-0005"]).toMatchObject({ rows: [10, 11], stage: 2, internalOutcome: "Partly upheld", lgscoDecision: "upheld", satisfactoryRemedy: true, remedyCompliedWith: false });
    expect(byReference["CR-0006"]).toMatchObject({ lgscoDecisionUnrecognised: "Withdrawn", reachedLgsco: true });
    expect(byReference["CR-0006"]).not.toHaveProperty("lgscoDecision");
    expect(byReference["CR-0007"]).not.toHaveProperty("dateReceived");
    expect(byReference["CR-0008"]).toMatchObject({ reachedLgsco: true });
    expect(byReference["CR-0008"]).not.toHaveProperty("lgscoDecision");
    expect(byReference["CR-0009"]).toMatchObject({ reachedLgsco: false });
    expect(byReference["CR-0010"]).toMatchObject({ lgscoDecision: "invalid-or-incomplete" });
  });
  it("reports the repeated reference, the unknown decision, the impossible date and the note row", async () => {
    const [sheet] = await fixture("composed-register-messy.xlsx");
    const { problems } = readRegister(sheet!.cells, detectRegisterColumns(sheet!.cells).mapping!);
    expect(problems.map((problem) => problem.message)).toEqual([
      "Reference CR-0005 is on rows 10, 11: taken as one complaint.",
      'Row 12, LGSCO decision: "Withdrawn" is not one of LGSCO\'s outcomes (upheld, not upheld, closed after initial enquiries, referred back for local resolution, advice given, invalid or incomplete); not counted.',
      'Row 13, Date received: "31/02/2020" is not a date (expected dd/mm/yyyy or yyyy-mm-dd); left empty.',
      'Row 18 holds only "Total complaints: 10": not read as a complaint.',
    ]);
  });
  it("never changes the cells it reads", async () => {
    const [sheet] = await fixture("composed-register-messy.xlsx");
    const before = structuredClone(sheet!.cells);
    const frozen = Object.freeze(sheet!.cells.map((row) => Object.freeze([...row])));
    readRegister(frozen, detectRegisterColumns(frozen).mapping!);
    expect(sheet!.cells).toEqual(before);
  });
});

describe("readRegister with a saved mapping", () => {
  const cells: Cell[][] = [HEADER, ["C1", "01/05/2019", "Adults", 1, "Upheld", "19 000 001", "Upheld", "01/10/2019", "No", "Yes", "01/11/2019"]];
  const { mapping } = detectRegisterColumns(cells);

  it("finds a column that has moved by its header, and says so", () => {
    const moved = cells.map((row) => [row[7] ?? null, ...row.slice(0, 7), ...row.slice(8)]);
    const { complaints, problems } = readRegister(moved, mapping!);
    expect(complaints[0]?.lgscoDecisionDate).toBe("2019-10-01");
    expect(complaints[0]?.reference).toBe("C1");
    expect(problems.some((problem) => problem.message.includes('"LGSCO decision date" (LGSCO decision date) has moved'))).toBe(true);
  });
  it("refuses a mapping without a required column, naming it", () => {
    const withoutDate: RegisterMapping = { ...mapping!, columns: { ...mapping!.columns, lgscoDecisionDate: undefined } };
    delete withoutDate.columns.lgscoDecisionDate;
    expect(() => readRegister(cells, withoutDate)).toThrow(RegisterReadError);
    expect(() => readRegister(cells, withoutDate)).toThrow(/no column for LGSCO decision date/);
  });
  it("refuses a mapping whose column has gone", () => {
    const gone = cells.map((row) => row.filter((_, index) => index !== 6));
    expect(() => readRegister(gone, mapping!)).toThrow('The column "LGSCO decision" (LGSCO decision) is no longer in the header row (row 1): check the mapping.');
  });
  it("refuses a header row outside the cells", () => {
    expect(() => readRegister(cells, { ...mapping!, headerRow: 9 })).toThrow(/outside the register/);
  });
  it("counts a row without a reference under its row number, and skips blank rows", () => {
    const { complaints, problems } = readRegister([...cells, [], ["", "02/05/2019", "Adults", 2, "", "", "Not upheld", "02/11/2019"]], mapping!);
    expect(complaints.map((c) => c.reference)).toEqual(["C1", "row 4"]);
    expect(problems.map((p) => p.message)).toEqual(['Row 4 has no reference; counted as "row 4".']);
  });
  it("reports rows sharing a reference that disagree on what LGSCO decided", () => {
    const { complaints, problems } = readRegister([...cells, ["c1 ", "01/05/2019", "Adults", 2, "Upheld", "19 000 001", "Not upheld", "01/10/2019"]], mapping!);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({ lgscoDecision: "upheld", stage: 2, rows: [2, 3] });
    expect(problems.map((p) => p.message)).toContain("Reference C1: its rows give different values for LGSCO decision (Upheld / Not upheld); the first, from row 2, is used.");
  });
  it("reads any register without crashing", () => {
    const cell = fc.oneof(fc.string({ maxLength: 10 }), fc.integer({ min: -10, max: 60000 }), fc.boolean(), fc.constant(null), fc.constantFrom("Upheld", "Not upheld", "31/03/2020", "Stage 2", "Yes"));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 15 }), (rows) => {
        const { complaints } = readRegister([HEADER, ...rows], mapping!);
        for (const complaint of complaints) {
          for (const date of [complaint.dateReceived, complaint.lgscoDecisionDate, complaint.complianceDate]) {
            if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("chooseRegisterSheet", () => {
  it("picks the sheet holding the register, skipping a lists sheet", async () => {
    const sheets = await fixture("composed-register-harrow-2019-20.xlsx");
    const { sheet, detection } = chooseRegisterSheet(sheets);
    expect(sheet.name).toBe("Complaints 2019-20");
    expect(describeMapping(detection.mapping!)).toContain('LGSCO decision date: column H "Date of LGSCO decision" (header row 4)');
  });
  it("uses the sheet named, and names the sheets when it is not there", async () => {
    const sheets = await fixture("composed-register-harrow-2019-20.xlsx");
    expect(chooseRegisterSheet(sheets, "complaints 2019-20").sheet.name).toBe("Complaints 2019-20");
    expect(() => chooseRegisterSheet(sheets, "Register")).toThrow('There is no sheet "Register"; the sheets are "Lists", "Complaints 2019-20".');
    expect(() => chooseRegisterSheet(sheets, "Lists")).toThrow(/^Sheet "Lists": No header row found/);
  });
  it("names what is missing from the nearest sheet when none is complete", () => {
    expect(() => chooseRegisterSheet([{ name: "Log", cells: [["Reference", "Date received", "Stage"]] }])).toThrow(/^Sheet "Log": The register has no column for LGSCO decision/);
    expect(() => chooseRegisterSheet([{ name: "Log", cells: [["a", "b"]] }])).toThrow(/No sheet looks like a complaints register/);
  });
});

describe("readRegister: the columns the committee pack needs", () => {
  // A composed register: one row per stage, no LGSCO columns (as many councils keep them).
  const cells = [
    ["Case ref", "Stage", "Service area", "Date logged", "Acknowledgement date", "Date of response", "Outcome", "Reason rejected"],
    ["A1", "Stage 1", "Housing", "24/05/2024", "31/05/2024", "10/06/2024", "Upheld", ""],
    ["A1", "Stage 2", "Housing", "17/06/2024", "18/06/2024", "12/07/2024", "Not upheld", ""],
    ["A2", "1", "Parking", "03/06/2024", "", "", "", "Out of time"],
  ];

  it("finds stage, service, dates acknowledged and of response, outcome and reason not accepted by their headers", () => {
    const detection = detectRegisterColumns(cells, PACK_REQUIRED_FIELDS);
    expect(detection.message).toBeUndefined();
    const columns = Object.fromEntries(Object.entries(detection.mapping!.columns).map(([field, column]) => [field, column.header]));
    expect(columns).toEqual({
      reference: "Case ref",
      stage: "Stage",
      service: "Service area",
      dateReceived: "Date logged",
      dateAcknowledged: "Acknowledgement date",
      dateResponded: "Date of response",
      internalOutcome: "Outcome",
      reasonNotAccepted: "Reason rejected",
    });
    const { complaints } = readRegister(cells, detection.mapping!, PACK_REQUIRED_FIELDS);
    expect(complaints[0]).toMatchObject({
      reference: "A1",
      stage: 2,
      handling: [
        { stage: 1, row: 2, received: "2024-05-24", acknowledged: "2024-05-31", responded: "2024-06-10", outcome: "Upheld" },
        { stage: 2, row: 3, received: "2024-06-17", acknowledged: "2024-06-18", responded: "2024-07-12", outcome: "Not upheld" },
      ],
    });
    expect(complaints[1]).toMatchObject({ reference: "A2", reasonNotAccepted: "Out of time" });
  });

  it("still needs the LGSCO columns for the reconciliation, and names them", () => {
    expect(detectRegisterColumns(cells).missing).toEqual(["lgscoDecision", "lgscoDecisionDate"]);
  });
});
