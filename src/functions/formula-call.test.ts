import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormulaSyntaxError, parseFormulaCall } from "./formula-call";

const call = (formula: string) => {
  const parsed = parseFormulaCall(formula);
  return { name: parsed.function.name, args: parsed.args };
};

describe("parseFormulaCall", () => {
  it("reads =LGSCO.NAME(…) with text and number literals", () => {
    expect(call('=LGSCO.UPHELD("Harrow","2019-20")')).toEqual({ name: "UPHELD", args: ["Harrow", "2019-20"] });
    expect(call(' lgsco.count( "Harrow" , 2020 , "upheld" ) ')).toEqual({ name: "COUNT", args: ["Harrow", 2020, "upheld"] });
    expect(call('=LGSCO.AVERAGE("Harrow",2.02e3,"per100k")')).toEqual({ name: "AVERAGE", args: ["Harrow", 2020, "per100k"] });
    expect(call('=LGSCO.FLAGS("King""s Lynn",-1)')).toEqual({ name: "FLAGS", args: ['King"s Lynn', -1] });
  });

  it("keeps any text exactly, written with Excel's doubled quotes", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1990, max: 2100 }), (council, year) => {
        const literal = `"${council.replace(/"/g, '""')}"`;
        expect(call(`=LGSCO.UPHELD(${literal},${year})`)).toEqual({ name: "UPHELD", args: [council, year] });
      }),
    );
  });

  it("refuses anything else with the reason", () => {
    const cases: [string, RegExp][] = [
      ["=SUM(1,2)", /^Not an LGSCO formula: "=SUM\(1,2\)"/],
      ["LGSCO.UPHELD", /^Not an LGSCO formula/],
      ['=LGSCO.MEDIAN("Harrow",2020)', /^LGSCO.MEDIAN is not a function: use UPHELD, COMPLIANCE, REMEDY, PER100K, AVERAGE, COUNT, FLAGS\.$/],
      ['=LGSCO.UPHELD("Harrow")', /^LGSCO.UPHELD takes 2 arguments \(council, year\); 1 was given\.$/],
      ['=LGSCO.COUNT("Harrow",2020)', /^LGSCO.COUNT takes 3 arguments \(council, year, measure\); 2 were given\.$/],
      ["=LGSCO.UPHELD(A1,2020)", /^Argument 1 \(A1\) is neither text in double quotes nor a number/],
      ['=LGSCO.UPHELD("Harrow",YEAR(TODAY()))', /^Argument 2 \(YEAR\(TODAY\(\)/],
      ['=LGSCO.UPHELD("Harrow",,2020)', /^Argument 2 \(nothing\)/],
      ['=LGSCO.UPHELD("Harrow;2020)', /^Argument 1 has no closing double quote\.$/],
      ['=LGSCO.UPHELD("Harrow",2020', /^The formula has no closing parenthesis\.$/],
      ['=LGSCO.UPHELD("Harrow" 2020)', /^Unexpected "2" after argument 1: separate arguments with commas\.$/],
      ['=LGSCO.UPHELD("Harrow";2020)', /^Unexpected ";" after argument 1/],
      ['=LGSCO.UPHELD("Harrow",2020)*100', /^Unexpected "\*100" after the closing parenthesis/],
    ];
    for (const [formula, reason] of cases) {
      expect(() => parseFormulaCall(formula), formula).toThrow(FormulaSyntaxError);
      expect(() => parseFormulaCall(formula), formula).toThrow(reason);
    }
  });

  it("never throws anything but a FormulaSyntaxError, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((tail) => `=LGSCO.UPHELD(${tail}`)), (formula) => {
        try {
          parseFormulaCall(formula);
        } catch (error) {
          expect(error).toBeInstanceOf(FormulaSyntaxError);
        }
      }),
    );
  });
});
