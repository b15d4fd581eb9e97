import { describe, expect, it } from "vitest";
import type { PaneFlag } from "./pane-api";
import { panelOrder } from "./pane-results";

const flag = (year: string, id: string, council = "Croydon"): PaneFlag => ({ council, year, id, severity: id === "compliance-below-100" ? "scrutinise" : "watch", message: id, evidence: "" });

describe("panelOrder", () => {
  it("lists compliance below 100% first, then the latest year first, docs/design.md §3 order within a year", () => {
    const ordered = panelOrder([
      flag("2022-23", "upheld-above-average"),
      flag("2023-24", "low-base"),
      flag("2022-23", "compliance-below-100"),
      flag("2023-24", "upheld-above-average"),
      flag("2023-24", "compliance-below-100"),
      flag("2023-24", "remedy-below-average"),
    ]);
    expect(ordered.map((f) => `${f.year} ${f.id}`)).toEqual([
      "2023-24 compliance-below-100",
      "2022-23 compliance-below-100",
      "2023-24 upheld-above-average",
      "2023-24 remedy-below-average",
      "2023-24 low-base",
      "2022-23 upheld-above-average",
    ]);
  });
});
