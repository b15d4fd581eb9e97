import { describe, expect, it } from "vitest";
import { DEFAULT_FLAG_SETTINGS, FlagSettingsError, resolveFlagSettings } from "./flag-settings";

describe("flag settings", () => {
  it("default to docs/design.md §3: compliance 100%, strictly above/below, rising 10 points, base under 10, 1 point", () => {
    expect(resolveFlagSettings()).toEqual({
      complianceTarget: 100,
      aboveAverageMargin: 0,
      belowAverageMargin: 0,
      risingPoints: 10,
      lowBaseUnder: 10,
      inconsistencyTolerance: 1,
      peerRankMinimum: 10,
    });
  });

  it("apply overrides and leave the defaults untouched", () => {
    const settings = resolveFlagSettings({ risingPoints: 5, lowBaseUnder: undefined });
    expect(settings.risingPoints).toBe(5);
    expect(settings.lowBaseUnder).toBe(10);
    expect(DEFAULT_FLAG_SETTINGS.risingPoints).toBe(10);
  });

  it.each([
    ["risingPoints", "10"],
    ["risingPoints", Number.NaN],
    ["lowBaseUnder", -1],
    ["complianceTarget", 101],
  ] as const)("refuse %s = %s, naming the setting", (setting, value) => {
    expect(() => resolveFlagSettings({ [setting]: value })).toThrow(FlagSettingsError);
    expect(() => resolveFlagSettings({ [setting]: value })).toThrow(setting);
  });

  it("refuse a setting that does not exist", () => {
    expect(() => resolveFlagSettings({ risingPercent: 3 } as never)).toThrow(/not a flag setting/);
  });
});
