// The functions' start after a workbook is reopened: before any pane job, the shared runtime's
// first formula finds the thresholds and letters saved in the workbook. The letter below is
// composed for this test (its figures are not LGSCO's); 2013-14 is before the embedded dataset
// starts, so only the letter holds that year.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordingInvocation, StandInCustomFunctionsError } from "../../test/support/custom-functions-runtime";
import { createExcelHost, installOfficeGlobals } from "../../test/support/excel-host";
import { DEFAULT_FLAG_SETTINGS } from "../domain/flag-settings";
import { sharedFiguresStore } from "../sources/shared-figures-store";
import { PANE_SETTINGS_KEY } from "../workbook/pane/pane-settings";
import { giveWorkbookState } from "../workbook/pane/workbook-state";
import { flags, upheld } from "./functions";

const COMPOSED_LETTER = {
  authority: "London Borough of Harrow",
  gss: "E09000015",
  year: "2013-14",
  upheld: { rate: 61, count: 11, of: 18 },
  source: { kind: "annual-letter", title: "composed for this test; not LGSCO's figures", retrieved: "2026-11-26T10:00:00.000Z" },
};

let uninstall: () => void;
beforeAll(() => {
  // The workbook as saved last time: custom thresholds and one imported letter, then reopened.
  const host = createExcelHost();
  host.settings.set(PANE_SETTINGS_KEY, { livePull: false, hostUrl: "", flagSettings: { ...DEFAULT_FLAG_SETTINGS, aboveAverageMargin: 5 }, letters: [COMPOSED_LETTER] });
  uninstall = installOfficeGlobals(host.officeGlobal(), host.excelGlobal()).uninstall;
});
afterAll(() => uninstall());

async function firstResult<T>(call: (invocation: RecordingInvocation<T>) => void): Promise<T | CustomFunctions.Error> {
  const invocation = new RecordingInvocation<T>();
  const next = invocation.nextResult();
  call(invocation);
  return next;
}

describe("=LGSCO.* when the shared runtime starts in a reopened workbook", () => {
  it("flags with the workbook's saved thresholds before any pane job (Harrow 2019-20: 73% upheld against 70%, within a margin of 5)", async () => {
    expect(await firstResult<string>((inv) => flags("Harrow", "2019-20", inv))).toBe("remedy-below-average");
    expect((await sharedFiguresStore()).flagSettings.aboveAverageMargin).toBe(5);
  });

  it("answers a letter-only year from the letter kept in the workbook, not #N/A", async () => {
    const result = await firstResult<number>((inv) => upheld("Harrow", "2013-14", inv));
    expect(result).not.toBeInstanceOf(StandInCustomFunctionsError);
    expect(result).toBe(0.61);
  });

  it("gives the state once: the pane's first job does not add the letters again", async () => {
    const store = await sharedFiguresStore();
    const version = store.version;
    const report = giveWorkbookState(store, { livePull: false, hostUrl: "", flagSettings: DEFAULT_FLAG_SETTINGS, letters: [] });
    expect(report).toEqual({ letters: 1, problems: [] });
    expect(store.version).toBe(version);
  });
});
