// Whole-column and whole-row validations, spelled out so exceljs keeps them where they are.
import { describe, expect, it } from "vitest";
import { spellOutWholeLines } from "./whole-line-validations";

const validation = (sqref: string) => `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>Lists!$A$1:$A$3</formula1></dataValidation>`;

describe("spellOutWholeLines", () => {
  it("spells out whole columns and rows, absolute or not, and leaves blocks and cells as they are", () => {
    expect(spellOutWholeLines(validation("E:E"))).toBe(validation("E1:E1048576"));
    expect(spellOutWholeLines(validation("$f:$H"))).toBe(validation("F1:H1048576"));
    expect(spellOutWholeLines(validation("4:4 $6:$9"))).toBe(validation("A4:XFD4 A6:XFD9"));
    expect(spellOutWholeLines(validation("C2:C50 E:E G7"))).toBe(validation("C2:C50 E1:E1048576 G7"));
  });

  it("touches only data validations (conditional formats keep whole columns through exceljs)", () => {
    const conditional = '<conditionalFormatting sqref="E:E"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting>';
    expect(spellOutWholeLines(conditional)).toBe(conditional);
    expect(spellOutWholeLines(`<x:dataValidation type="list" sqref="B:B">`)).toBe(`<x:dataValidation type="list" sqref="B1:B1048576">`);
  });
});
