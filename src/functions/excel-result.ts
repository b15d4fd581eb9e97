// The one place a function's typed result meets Excel's custom functions runtime: a value stays
// a value; "#N/A" and "#VALUE!" become CustomFunctions.Error with the reason as its message
// (Excel shows custom messages for these two codes).
/// <reference types="custom-functions-runtime" />
import type { FormulaResult } from "./formula-result";

export function toExcelResult(result: FormulaResult): number | string | CustomFunctions.Error {
  if (result.kind === "value") return result.value;
  const code = result.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, result.message);
}
