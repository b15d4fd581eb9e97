// The =LGSCO.* functions as Excel calls them, on the shared figures store (real embedded
// dataset), with the custom functions runtime stood in: each sends its value, sends again when
// the store changes, and stops when cancelled. Records marked "composed for this test" carry
// made-up numbers that exist only to change what the store holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RecordingInvocation,
  StandInCustomFunctionsError,
  installCustomFunctionsStandIn,
  type CustomFunctionsStandIn,
} from "../../test/support/custom-functions-runtime";
import { DEFAULT_FLAG_SETTINGS } from "../domain/flag-settings";
import type { YearFigures } from "../domain/types";
import type { FiguresStore } from "../sources/figures-store";
import { sharedFiguresStore } from "../sources/shared-figures-store";
import { average, compliance, count, flags, per100k, remedy, upheld } from "./functions";

let runtime: CustomFunctionsStandIn;
let store: FiguresStore;
beforeAll(async () => {
  runtime = installCustomFunctionsStandIn();
  store = await sharedFiguresStore();
});
afterAll(() => runtime.uninstall());

const COMPOSED = { kind: "statistics-page", url: "https://example.test/composed", title: "composed for this test; not LGSCO's figures" } as const;
const composed = (authority: string, year: string, figures: Partial<YearFigures>): YearFigures => ({ authority, year, ...figures, source: COMPOSED });

async function firstResult<T>(call: (invocation: RecordingInvocation<T>) => void): Promise<{ invocation: RecordingInvocation<T>; first: T | CustomFunctions.Error }> {
  const invocation = new RecordingInvocation<T>();
  const next = invocation.nextResult();
  call(invocation);
  return { invocation, first: await next };
}

describe("values", () => {
  it("sends each function's figure for Harrow 2019-20", async () => {
    expect((await firstResult<number>((inv) => upheld("Harrow", "2019-20", inv))).first).toBe(0.73);
    expect((await firstResult<number>((inv) => compliance("Harrow", 2020, inv))).first).toBe(1);
    expect((await firstResult<number>((inv) => remedy("E09000015", "2019-20", inv))).first).toBe(0.08);
    expect((await firstResult<number>((inv) => average("Harrow", "2019-20", "upheld", inv))).first).toBe(0.7);
    expect((await firstResult<number>((inv) => count("Harrow", "2019-20", "investigations", inv))).first).toBe(33);
    expect((await firstResult<number>((inv) => per100k("Kent", "2024-25", inv))).first).toBe(3.9);
    expect((await firstResult<string>((inv) => flags("Harrow", "2019-20", inv))).first).toBe("upheld-above-average; remedy-below-average");
  });

  it("sends #N/A and #VALUE! as CustomFunctions.Error with the reason", async () => {
    const notPublished = (await firstResult<number>((inv) => per100k("Harrow", "2019-20", inv))).first;
    expect(notPublished).toBeInstanceOf(StandInCustomFunctionsError);
    expect(notPublished).toMatchObject({ code: "#N/A", message: expect.stringContaining("from 2022-23 on") });
    const unknown = (await firstResult<number>((inv) => upheld("Harow", "2019-20", inv))).first;
    expect(unknown).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('No council in the register matches "Harow"') });
    const badMeasure = (await firstResult<number>((inv) => count("Harrow", "2019-20", "widgets", inv))).first;
    expect(badMeasure).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('"widgets" is not a measure of LGSCO.COUNT') });
  });
});

describe("streaming", () => {
  it("sends a new value when the store changes, nothing when the change does not touch it, and stops when cancelled", async () => {
    const listenersBefore = store.listenerCount;
    const { invocation, first } = await firstResult<number>((inv) => upheld("Tower Hamlets", "2019-20", inv));
    expect(first).toMatchObject({ code: "#N/A" });
    expect(store.listenerCount).toBe(listenersBefore + 1);

    // A letter for another council: this formula's value is unchanged, so nothing is sent.
    store.addFigures(composed("London Borough of Barnet", "2019-20", { upheld: { rate: 40 } }));
    expect(invocation.results).toHaveLength(1);

    // The figures for this council and year arrive (a Refresh, a letter import): sent at once.
    store.addFigures(composed("London Borough of Tower Hamlets", "2019-20", { upheld: { rate: 64, count: 16, of: 25 } }));
    expect(invocation.results).toEqual([first, 0.64]);
    store.addFigures(composed("London Borough of Tower Hamlets", "2019-20", { upheld: { rate: 68, count: 17, of: 25 } }));
    expect(invocation.results.slice(1)).toEqual([0.64, 0.68]);

    invocation.cancel();
    expect(store.listenerCount).toBe(listenersBefore);
    store.addFigures(composed("London Borough of Tower Hamlets", "2019-20", { upheld: { rate: 72, count: 18, of: 25 } }));
    expect(invocation.results).toHaveLength(3);
  });

  it("sends the flags again when the analyst changes the flag settings", async () => {
    const { invocation } = await firstResult<string>((inv) => flags("Harrow", "2019-20", inv));
    store.setFlagSettings({ ...DEFAULT_FLAG_SETTINGS, aboveAverageMargin: 5 });
    expect(invocation.results).toEqual(["upheld-above-average; remedy-below-average", "remedy-below-average"]);
    store.setFlagSettings(DEFAULT_FLAG_SETTINGS);
    expect(invocation.results.at(-1)).toBe("upheld-above-average; remedy-below-average");
    invocation.cancel();
  });

  it("never subscribes when cancelled before the figures were open", async () => {
    const listenersBefore = store.listenerCount;
    const invocation = new RecordingInvocation<number>();
    upheld("Harrow", "2019-20", invocation);
    invocation.cancel();
    // The store is already open: let its promise settle, then look.
    await sharedFiguresStore();
    await Promise.resolve();
    expect(invocation.results).toEqual([]);
    expect(store.listenerCount).toBe(listenersBefore);
  });
});
