// The "Link the register" section as markup. Registers here are composed by us for tests
// (invented references and dates), not a council's records.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { detectRegisterColumns, readRegister } from "../../sources/records/complaints-register";
import type { Cell } from "../../sources/tables/cells";
import type { RegisterCheck, RegisterPick, RegisterWorkbook } from "../../workbook/pane/register-workbook";
import { LinkRegister } from "./LinkRegister";
import { MappingForm } from "./MappingForm";
import { withColumn } from "./mapping-model";

const cells: Cell[][] = [
  ["Complaints log (composed for tests)"],
  [],
  ["Case no.", "Logged", "Team", "Ombudsman verdict", "Ombudsman decision date", "Comments"],
  ["K-1", "03/05/2019", "Housing", "Upheld", "02/12/2019", "none"],
  ["K-2", "10/05/2019", "Waste", "Not upheld", "15/01/2020", ""],
  ["K-3", "12/06/2019", "Waste", "Withdrawn", "20/01/2020", ""],
];

function pickOf(grid: Cell[][]): RegisterPick {
  return { place: { kind: "range", sheet: "Log", address: "A1:F1" }, where: 'the sheet "Log", A1:F6', cells: grid, detection: detectRegisterColumns(grid) };
}

function checkOf(pick: RegisterPick): RegisterCheck {
  const { complaints, problems } = readRegister(pick.cells, pick.detection.mapping!);
  return { complaints: complaints.length, investigationsByYear: [{ year: "2019-20", count: 2 }], problems };
}

const noop = () => undefined;
const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");

describe("the mapping shown for confirmation", () => {
  it("shows each field with the column found for it, and what the mapping reads", () => {
    const pick = pickOf(cells);
    expect(pick.detection.missing).toEqual([]);
    const markup = renderToStaticMarkup(<MappingForm pick={pick} mapping={pick.detection.mapping!} check={checkOf(pick)} onHeaderRow={noop} onColumn={noop} />);
    const shown = text(markup);
    expect(shown).toContain('Read from the sheet "Log", A1:F6.');
    expect(markup).toMatch(/value="A: Case no\."/);
    expect(markup).toMatch(/value="D: Ombudsman verdict"/);
    expect(markup).toMatch(/value="E: Ombudsman decision date"/);
    expect(shown).toContain("3 complaints read");
    expect(shown).toContain("Detailed investigations by LGSCO decision year: 2019-20: 2.");
    expect(shown).toContain('"Withdrawn" is not one of LGSCO\'s outcomes');
    expect(shown).not.toContain("required column");
  });

  it("names a missing required column plainly and marks its field", () => {
    const pick = pickOf(cells);
    const mapping = withColumn(pick.detection.mapping!, cells, "lgscoDecisionDate", undefined);
    const shown = text(renderToStaticMarkup(<MappingForm pick={pick} mapping={mapping} onHeaderRow={noop} onColumn={noop} />));
    expect(shown).toContain("A required column is missing");
    expect(shown).toContain('Your register needs a column for LGSCO decision date (headed like "LGSCO decision date", "Date of Ombudsman decision").');
    expect(shown).toContain("Required: choose the column that holds it.");
    expect(shown).not.toContain("complaints read");
  });
});

describe("the Link the register section", () => {
  const api = () => Promise.reject(new Error("not in these tests")) as Promise<RegisterWorkbook>;

  it("says what it is for and waits for Excel before linking", () => {
    const markup = renderToStaticMarkup(<LinkRegister registerWorkbook={api} enabled={false} />);
    expect(markup).toContain('aria-label="Your complaints register"');
    expect(text(markup)).toContain("It is only read, never changed.");
    expect(markup).toMatch(/<button[^>]*disabled=""[^>]*>Link the register<\/button>/);
  });
});
