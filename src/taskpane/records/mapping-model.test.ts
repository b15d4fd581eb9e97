// Cells composed here for tests: a register's title and header rows, not a council's records.
import { describe, expect, it } from "vitest";
import type { Cell } from "../../sources/tables/cells";
import { headerChoices, headerRowsOffered, mappingForHeaderRow, missingRequired, missingSentence, withColumn } from "./mapping-model";

const cells: Cell[][] = [
  ["Complaints (composed for tests)"],
  [],
  ["Our ref", "Received on", null, "Ombudsman's view", "Date Ombudsman decided", "Notes"],
  ["C-1", 43586, null, "Upheld", 43800, "phoned twice"],
];

describe("the mapping the pane edits", () => {
  it("offers the headed columns of the header row, by letter", () => {
    expect(headerChoices(cells, 3)).toEqual([
      { index: 0, header: "Our ref", label: "A: Our ref" },
      { index: 1, header: "Received on", label: "B: Received on" },
      { index: 3, header: "Ombudsman's view", label: "D: Ombudsman's view" },
      { index: 4, header: "Date Ombudsman decided", label: "E: Date Ombudsman decided" },
      { index: 5, header: "Notes", label: "F: Notes" },
    ]);
    expect(headerChoices(cells, 2)).toEqual([]);
    expect(headerRowsOffered(cells)).toBe(4);
  });

  it("finds the fields by meaning on the header row the analyst names", () => {
    const mapping = mappingForHeaderRow(cells, 3);
    expect(mapping.headerRow).toBe(3);
    expect(mapping.columns.reference).toEqual({ index: 0, header: "Our ref" });
    expect(mapping.columns.dateReceived).toEqual({ index: 1, header: "Received on" });
    expect(mappingForHeaderRow(cells, 1).columns).toEqual({});
  });

  it("gives a column to one field at a time, and can leave a field without one", () => {
    let mapping = mappingForHeaderRow(cells, 3);
    mapping = withColumn(mapping, cells, "lgscoDecision", 3);
    mapping = withColumn(mapping, cells, "lgscoDecisionDate", 4);
    expect(missingRequired(mapping)).toEqual([]);
    // Column D moved to the internal outcome: the LGSCO decision loses it.
    mapping = withColumn(mapping, cells, "internalOutcome", 3);
    expect(mapping.columns.internalOutcome).toEqual({ index: 3, header: "Ombudsman's view" });
    expect(mapping.columns.lgscoDecision).toBeUndefined();
    expect(missingRequired(mapping)).toEqual(["lgscoDecision"]);
    mapping = withColumn(mapping, cells, "reference", undefined);
    expect(missingRequired(mapping)).toEqual(["reference", "lgscoDecision"]);
  });

  it("names what is missing plainly", () => {
    expect(missingSentence([])).toBeUndefined();
    expect(missingSentence(["lgscoDecisionDate"])).toBe(
      'Your register needs a column for LGSCO decision date (headed like "LGSCO decision date", "Date of Ombudsman decision"). Choose the column that holds it below, or add it to the register.',
    );
    expect(missingSentence(["reference", "lgscoDecision", "lgscoDecisionDate"])).toMatch(
      /^Your register needs a column for Reference \(headed like .*\); LGSCO decision \(headed like .*\) and LGSCO decision date \(headed like .*\)\. Choose the column that holds each below, or add them to the register\.$/,
    );
    expect(missingRequired(undefined)).toEqual(["reference", "lgscoDecision", "lgscoDecisionDate"]);
  });
});
