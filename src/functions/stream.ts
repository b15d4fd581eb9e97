// Custom functions are not volatile, so a formula would keep an old figure after a Refresh or a
// letter import. Each =LGSCO.* function is therefore a streaming function: it sends its value
// once the store is open, again whenever the store changes in a way that changes the value, and
// stops listening when Excel cancels it (the cell was edited or deleted, the workbook closed).
import type { FiguresStore } from "../sources/figures-store";
import { invalidValue, notPublished, sameResult, type FormulaResult } from "./formula-result";

/** Where results go: Excel's StreamingInvocation, through the adapter, or a test's recorder. */
export type ResultSink = (result: FormulaResult) => void;

/**
 * Evaluates with the store once it is open, then after each store change; returns the function
 * that stops it. A store that cannot open is reported in the cell, never thrown at Excel.
 */
export function streamFormula(store: Promise<FiguresStore>, evaluate: (store: FiguresStore) => FormulaResult, send: ResultSink): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  let last: FormulaResult | undefined;
  const emit = (result: FormulaResult): void => {
    if (stopped || (last !== undefined && sameResult(last, result))) return;
    last = result;
    send(result);
  };
  const evaluateSafely = (open: FiguresStore): FormulaResult => {
    try {
      return evaluate(open);
    } catch (error) {
      return invalidValue(`The figures could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  store.then(
    (open) => {
      if (stopped) return;
      unsubscribe = open.subscribe(() => emit(evaluateSafely(open)));
      emit(evaluateSafely(open));
    },
    (error: unknown) => emit(notPublished(`The embedded figures could not be loaded: ${error instanceof Error ? error.message : String(error)}`)),
  );
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}
