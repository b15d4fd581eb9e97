// `cli formula '=LGSCO.UPHELD("Harrow","2019-20")' [--json]`: evaluates one =LGSCO.* formula
// through the functions' own logic, on the embedded figures, for scheduled checks and support.
// The result is printed as the cell would show it: the value (0.73), or the Excel error with its
// reason ("#N/A: Not published: …"). A formula that evaluates to an Excel error has still been
// evaluated: exit 0, the error on stdout, starting with "#". A formula that cannot be read
// (not =LGSCO.NAME(…), a cell reference, a wrong number of arguments) is unusable input: exit 2.
import { describeResult, type FormulaResult } from "../../functions/formula-result";
import { FormulaSyntaxError, parseFormulaCall, type FormulaCall } from "../../functions/formula-call";
import { loadDataset } from "../../sources/dataset/dataset";
import { FiguresStore } from "../../sources/figures-store";
import { CliInputError } from "../cli-error";
import type { Command } from "../command";

export const FORMULA_USAGE = `npm run -s cli -- formula '=LGSCO.UPHELD("Harrow","2019-20")' [--json]`;

export interface FormulaOptions {
  call: FormulaCall;
  formula: string;
  json: boolean;
}

export function parseFormulaOptions(args: readonly string[]): FormulaOptions {
  const json = args.includes("--json");
  const rest = args.filter((arg) => arg !== "--json");
  const unknownOption = rest.find((arg) => arg.startsWith("--"));
  if (unknownOption !== undefined) throw new CliInputError(`Unexpected option "${unknownOption}". Usage: ${FORMULA_USAGE}`);
  if (rest.length === 0) throw new CliInputError(`No formula was given. Usage: ${FORMULA_USAGE}`);
  if (rest.length > 1) throw new CliInputError(`Give the formula as one argument, in single quotes. Usage: ${FORMULA_USAGE}`);
  const formula = rest[0]!;
  try {
    return { call: parseFormulaCall(formula), formula, json };
  } catch (error) {
    if (error instanceof FormulaSyntaxError) throw new CliInputError(error.message);
    throw error;
  }
}

/** `{"formula":…,"value":0.73}` or `{"formula":…,"error":"#N/A","message":…}`. */
export function resultJson(formula: string, result: FormulaResult): string {
  const body = result.kind === "value" ? { formula, value: result.value } : { formula, error: result.code, message: result.message };
  return JSON.stringify(body);
}

const formulaCommand: Command = {
  summary: "Evaluate one =LGSCO.* formula on the embedded figures and print its value, or the Excel error and why (exit 0); an unreadable formula exits 2.",
  usage: FORMULA_USAGE,
  options: [
    { name: "FORMULA", text: "One =LGSCO.* formula as typed in a cell, in single quotes so the shell keeps the double quotes, e.g. '=LGSCO.UPHELD(\"Harrow\",\"2019-20\")'. Its arguments are values, not cell references." },
    { name: "--json", text: "Print {\"formula\",\"value\"} or {\"formula\",\"error\",\"message\"} as one line of JSON instead of the value as the cell would show it." },
  ],
  notes: ["Evaluated on the dataset built into the add-in, as the =LGSCO.* functions are in Excel before any live pull or imported letter."],
  async run(io) {
    const options = parseFormulaOptions(io.args);
    const store = new FiguresStore({ dataset: await loadDataset() });
    const result = options.call.function.evaluate(store, options.call.args);
    io.stdout(`${options.json ? resultJson(options.formula, result) : describeResult(result)}\n`);
  },
};

export default formulaCommand;
