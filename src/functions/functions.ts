// The =LGSCO.* custom functions as Excel sees them. custom-functions-metadata-plugin reads the
// JSDoc below into dist/functions.json and appends `CustomFunctions.associate(ID, function)` for
// each to this module, so this module is loaded only where Excel's runtime exists (register.ts).
// Each function is a thin adapter: the logic is in lgsco-functions.ts, the streaming in stream.ts.
// The functions are associated as the page loads; their logic and the store load on the first
// call (import()), so they add little to the task pane's first script.
/// <reference types="custom-functions-runtime" />
import type { FiguresStore } from "../sources/figures-store";
import { sharedFiguresStore } from "../sources/shared-figures-store";
import { toExcelResult } from "./excel-result";
import type { FormulaResult } from "./formula-result";
import type { FunctionFigures } from "./lgsco-functions";
import { streamFormula } from "./stream";
import { storeWithWorkbookState } from "./workbook-state";

type Invocation<T> = CustomFunctions.StreamingInvocation<T>;
type Logic = typeof import("./lgsco-functions");

let logicLoading: Promise<Logic> | undefined;
let logic: Logic | undefined;

/** The store, with the workbook's saved thresholds and letters, once it and the functions' logic are loaded. */
function ready(): Promise<FiguresStore> {
  logicLoading ??= import("./lgsco-functions").then((module) => (logic = module));
  return Promise.all([storeWithWorkbookState(sharedFiguresStore()), logicLoading]).then(([store]) => store);
}

function stream<T extends number | string>(invocation: Invocation<T>, evaluate: (logic: Logic, store: FunctionFigures) => FormulaResult): void {
  const stop = streamFormula(ready(), (store) => evaluate(logic!, store), (result) => invocation.setResult(toExcelResult(result) as T | CustomFunctions.Error));
  invocation.onCanceled = stop;
}

/**
 * Complaints upheld: upheld decisions as a share of detailed investigations (0.73 = 73%), as LGSCO published it.
 * @customfunction UPHELD
 * @param council The council: its name, short name ("Harrow"), LGSCO page name or GSS code.
 * @param year The statistical year: "2019-20", or the year it ends (2020).
 * @param invocation Sends the figure again when the add-in's figures change.
 */
export function upheld(council: string, year: string | number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (logic, store) => logic.upheldRate(store, council, year));
}

/**
 * Compliance with recommendations: the share of compliance outcomes where LGSCO was satisfied the council implemented them.
 * @customfunction COMPLIANCE
 * @param council The council: its name, short name ("Harrow"), LGSCO page name or GSS code.
 * @param year The statistical year: "2019-20", or the year it ends (2020).
 * @param invocation Sends the figure again when the add-in's figures change.
 */
export function compliance(council: string, year: string | number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (logic, store) => logic.complianceRate(store, council, year));
}

/**
 * Satisfactory remedy: the share of upheld cases the council had already put right before they reached LGSCO.
 * @customfunction REMEDY
 * @param council The council: its name, short name ("Harrow"), LGSCO page name or GSS code.
 * @param year The statistical year: "2019-20", or the year it ends (2020).
 * @param invocation Sends the figure again when the add-in's figures change.
 */
export function remedy(council: string, year: string | number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (logic, store) => logic.remedyRate(store, council, year));
}

/**
 * Upheld decisions per 100,000 residents (published from 2022-23).
 * @customfunction PER100K
 * @param council The council: its name, short name ("Harrow"), LGSCO page name or GSS code.
 * @param year The statistical year: "2022-23", or the year it ends (2023).
 * @param invocation Sends the figure again when the add-in's figures change.
 */
export function per100k(council: string, year: string | number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (logic, store) => logic.upheldPer100k(store, council, year));
}

/**
 * The average LGSCO published for similar authorities (councils of the same type) in the year.
 * @customfunction AVERAGE
 * @param council The council: its name, short name ("Harrow"), LGSCO page name or GSS code.
 * @param year The statistical year: "2019-20", or the year it ends (2020).
 * @param measure "upheld", "per100k", "compliance" or "remedy".
 * @param invocation Sends the figure again when the add-in's figures change.
 */
export function average(
  council: string,
  year: string | number,
  measure: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (logic, store) => logic.similarAverage(store, council, year, measure));
}

/**
 * A published count, the base beside a rate: investigations, upheld decisions, compliance outcomes or satisfactory remedies.
 * @customfunction COUNT
 * @param council The council: its name, short name ("Harrow"), LGSCO page name or GSS code.
 * @param year The statistical year: "2019-20", or the year it ends (2020).
 * @param measure "investigations", "upheld", "compliance" (outcomes) or "remedy" (satisfactory remedy decisions).
 * @param invocation Sends the figure again when the add-in's figures change.
 */
export function count(
  council: string,
  year: string | number,
  measure: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (logic, store) => logic.publishedCount(store, council, year, measure));
}

/**
 * The scrutiny flags on the council's year, joined with "; ". Empty only when every key figure (the upheld, compliance and remedy rates with their averages, and per 100,000 residents from 2022-23) was held and none is flagged; #N/A naming the missing figures when some flags could not be judged.
 * @customfunction FLAGS
 * @param council The council: its name, short name ("Harrow"), LGSCO page name or GSS code.
 * @param year The statistical year: "2019-20", or the year it ends (2020).
 * @param invocation Sends the flags again when the add-in's figures or flag settings change.
 */
export function flags(council: string, year: string | number, invocation: CustomFunctions.StreamingInvocation<string>): void {
  stream(invocation, (logic, store) => logic.scrutinyFlags(store, council, year));
}
