import { describe, expect, it } from "vitest";
import type { FiguresStore } from "../sources/figures-store";
import type { FormulaResult } from "./formula-result";
import { streamFormula } from "./stream";

describe("streamFormula", () => {
  it("reports a store that cannot open in the cell instead of throwing at Excel", async () => {
    const sent: FormulaResult[] = [];
    const failing = Promise.reject(new Error("figures.json is not valid JSON"));
    streamFormula(failing, () => ({ kind: "value", value: 1 }), (result) => sent.push(result));
    await failing.catch(() => undefined);
    await Promise.resolve();
    expect(sent).toEqual([{ kind: "error", code: "#N/A", message: "The embedded figures could not be loaded: figures.json is not valid JSON" }]);
  });

  it("turns a failure while reading the figures into a #VALUE! with the reason", async () => {
    const sent: FormulaResult[] = [];
    const store = Promise.resolve({ subscribe: () => () => undefined } as unknown as FiguresStore);
    streamFormula(
      store,
      () => {
        throw new Error("register broken");
      },
      (result) => sent.push(result),
    );
    await store;
    expect(sent).toEqual([{ kind: "error", code: "#VALUE!", message: "The figures could not be read: register broken" }]);
  });
});
