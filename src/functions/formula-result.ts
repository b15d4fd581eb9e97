// What an =LGSCO.* function gives, before it becomes an Excel value: a number or text, or one of
// the two Excel errors the functions use, with the reason in the analyst's words. The CLI prints
// it; the Excel adapter (excel-result.ts) turns it into a value or a CustomFunctions.Error.

/** "#N/A": the figure was not published (or is not held). "#VALUE!": a council, year or measure that cannot be used. */
export type FormulaErrorCode = "#N/A" | "#VALUE!";

export interface FormulaError {
  kind: "error";
  code: FormulaErrorCode;
  message: string;
}

export interface FormulaValue {
  kind: "value";
  value: number | string;
}

export type FormulaResult = FormulaValue | FormulaError;

export const value = (figure: number | string): FormulaValue => ({ kind: "value", value: figure });
export const notPublished = (message: string): FormulaError => ({ kind: "error", code: "#N/A", message });
export const invalidValue = (message: string): FormulaError => ({ kind: "error", code: "#VALUE!", message });

export function isFormulaError(result: unknown): result is FormulaError {
  return typeof result === "object" && result !== null && (result as { kind?: unknown }).kind === "error";
}

/** As the CLI prints it: the value, or "#N/A: reason". */
export function describeResult(result: FormulaResult): string {
  return result.kind === "value" ? String(result.value) : `${result.code}: ${result.message}`;
}

/** Whether two results would show the same in a cell (a streaming function sends only changes). */
export function sameResult(a: FormulaResult, b: FormulaResult): boolean {
  if (a.kind === "value" && b.kind === "value") return a.value === b.value;
  if (a.kind === "error" && b.kind === "error") return a.code === b.code && a.message === b.message;
  return false;
}
