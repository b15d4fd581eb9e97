// Short names for the flag ids, for the flags panel's headings (the sheet keeps the ids).
import type { FlagSeverity } from "../domain/types";

const NAMES: Readonly<Record<string, string>> = {
  "compliance-below-100": "Compliance below 100%",
  "upheld-above-average": "Upheld above average",
  "remedy-below-average": "Remedy below average",
  "per100k-above-average": "Per 100,000 above average",
  "upheld-rising": "Upheld rising",
  "low-base": "Low base",
  "figures-inconsistent": "Figures inconsistent",
  "records-mismatch": "Records differ",
};

export function flagName(id: string): string {
  return NAMES[id] ?? id;
}

export const SEVERITY_LABELS: Record<FlagSeverity, string> = { scrutinise: "Scrutinise", watch: "Watch", info: "Info" };
