// Reads one formula as the CLI takes it: `=LGSCO.NAME(arg, …)` whose arguments are string
// literals ("Harrow", with "" for a quote inside, as in Excel) or numbers (2020). Cell
// references, nested calls, other functions and anything after the closing parenthesis are
// refused with the reason: the CLI evaluates published figures, not spreadsheets.
import { LGSCO_FUNCTIONS, lgscoFunction, type LgscoFunction } from "./lgsco-functions";

export interface FormulaCall {
  function: LgscoFunction;
  args: (string | number)[];
}

/** A formula the CLI cannot evaluate, with what was wrong. */
export class FormulaSyntaxError extends Error {
  override readonly name = "FormulaSyntaxError";
}

const HEAD = /^=?\s*LGSCO\.([A-Za-z0-9_]*)\s*\(/i;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;

export function parseFormulaCall(formula: string): FormulaCall {
  const text = formula.trim();
  const head = HEAD.exec(text);
  if (!head) {
    throw new FormulaSyntaxError(`Not an LGSCO formula: "${text}". Write =LGSCO.NAME(arguments), e.g. =LGSCO.UPHELD("Harrow","2019-20").`);
  }
  const name = head[1]!;
  const fn = lgscoFunction(name);
  if (fn === undefined) {
    throw new FormulaSyntaxError(`LGSCO.${name} is not a function: use ${LGSCO_FUNCTIONS.map((candidate) => candidate.name).join(", ")}.`);
  }
  const args = readArguments(text, head[0].length);
  if (args.length !== fn.parameters.length) {
    throw new FormulaSyntaxError(
      `LGSCO.${fn.name} takes ${fn.parameters.length} arguments (${fn.parameters.join(", ")}); ${args.length} ${args.length === 1 ? "was" : "were"} given.`,
    );
  }
  return { function: fn, args };
}

/** The arguments from `start` (just after the opening parenthesis) to the closing one, which must end the formula. */
function readArguments(text: string, start: number): (string | number)[] {
  const args: (string | number)[] = [];
  let at = skipSpaces(text, start);
  if (text[at] === ")") return finish(text, at, args);
  for (;;) {
    const { value, end } = readArgument(text, at, args.length + 1);
    args.push(value);
    at = skipSpaces(text, end);
    const next = text[at];
    if (next === ",") {
      at = skipSpaces(text, at + 1);
      continue;
    }
    if (next === ")") return finish(text, at, args);
    if (next === undefined) throw new FormulaSyntaxError("The formula has no closing parenthesis.");
    throw new FormulaSyntaxError(`Unexpected "${next}" after argument ${args.length}: separate arguments with commas.`);
  }
}

function finish(text: string, closing: number, args: (string | number)[]): (string | number)[] {
  const rest = text.slice(closing + 1).trim();
  if (rest !== "") throw new FormulaSyntaxError(`Unexpected "${rest}" after the closing parenthesis: give one LGSCO function call.`);
  return args;
}

function readArgument(text: string, at: number, position: number): { value: string | number; end: number } {
  if (text[at] === '"') {
    let value = "";
    for (let i = at + 1; i < text.length; i++) {
      if (text[i] !== '"') {
        value += text[i];
      } else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else {
        return { value, end: i + 1 };
      }
    }
    throw new FormulaSyntaxError(`Argument ${position} has no closing double quote.`);
  }
  const number = NUMBER.exec(text.slice(at));
  if (number) return { value: Number(number[0]), end: at + number[0].length };
  const shown = text.slice(at).split(/[,)]/)[0]?.trim() || "nothing";
  throw new FormulaSyntaxError(`Argument ${position} (${shown}) is neither text in double quotes nor a number; cell references and other functions cannot be evaluated here.`);
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}
