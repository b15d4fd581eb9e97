// The margins and limits the scrutiny engine uses (docs/design.md §3). An analyst may change them in
// the task pane; every flag message states the figures, so a changed setting is never hidden.

export interface FlagSettings {
  /** `compliance-below-100`: compliance below this percentage is to be scrutinised. */
  complianceTarget: number;
  /**
   * `upheld-above-average`, `per100k-above-average`: flagged when the figure is more than this
   * many points (per-100k: decisions per 100,000) above the similar average. 0 = strictly above.
   */
  aboveAverageMargin: number;
  /** `remedy-below-average`: flagged when more than this many points below. 0 = strictly below. */
  belowAverageMargin: number;
  /** `upheld-rising`: flagged when upheld % is up this many points or more on the year before. */
  risingPoints: number;
  /** `low-base`: a rate whose base (investigations, outcomes, upheld decisions) is under this. */
  lowBaseUnder: number;
  /** `figures-inconsistent`: round(100 × count / of) differs from the published rate by more than this. */
  inconsistencyTolerance: number;
  /**
   * Peers: a rank or quartile is given only among at least this many councils holding the figure
   * (a rank among the few councils held, "1 of 1", says nothing).
   */
  peerRankMinimum: number;
}

export const DEFAULT_FLAG_SETTINGS: Readonly<FlagSettings> = Object.freeze({
  complianceTarget: 100,
  aboveAverageMargin: 0,
  belowAverageMargin: 0,
  risingPoints: 10,
  lowBaseUnder: 10,
  inconsistencyTolerance: 1,
  peerRankMinimum: 10,
});

/** A setting that cannot be used, named with the value given. */
export class FlagSettingsError extends Error {
  override readonly name = "FlagSettingsError";
  constructor(
    readonly setting: keyof FlagSettings,
    readonly value: unknown,
    reason: string,
  ) {
    super(`Flag setting "${setting}" ${reason} (was ${JSON.stringify(value)}).`);
  }
}

/** The largest value each setting takes (the smallest is 0): the pane's form offers the same range. */
export const FLAG_SETTING_UPPER_LIMITS: Readonly<Record<keyof FlagSettings, number>> = {
  complianceTarget: 100,
  aboveAverageMargin: 100,
  belowAverageMargin: 100,
  risingPoints: 100,
  lowBaseUnder: 1_000_000,
  inconsistencyTolerance: 100,
  peerRankMinimum: 1_000,
};

/** The defaults with `overrides` applied; throws FlagSettingsError on a value that is not a usable number. */
export function resolveFlagSettings(overrides: Partial<Record<keyof FlagSettings, unknown>> = {}): FlagSettings {
  const settings: FlagSettings = { ...DEFAULT_FLAG_SETTINGS };
  for (const key of Object.keys(overrides) as (keyof FlagSettings)[]) {
    if (!(key in DEFAULT_FLAG_SETTINGS)) {
      throw new FlagSettingsError(key, overrides[key], "is not a flag setting");
    }
    const value = overrides[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new FlagSettingsError(key, value, "must be a number");
    }
    if (value < 0 || value > FLAG_SETTING_UPPER_LIMITS[key]) {
      throw new FlagSettingsError(key, value, `must be between 0 and ${FLAG_SETTING_UPPER_LIMITS[key]}`);
    }
    settings[key] = value;
  }
  return settings;
}
