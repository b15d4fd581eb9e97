// Refresh of 20 councils (issue 4, docs/design.md §9: ≤ 2 + chunks syncs): a workbook holding the 20
// councils with the most published figures held (fetched one at a time first, not metered),
// refreshed in place through the real plan service and Office renderer on the in-memory host.
import { loadDataset } from "../../src/sources/dataset/dataset";
import type { BenchSection } from "../section";
import { councilsByFiguresHeld, measureRefresh } from "../support/office-round-trips";
import { roundTripMeasurements } from "../support/round-trip-report";

const COUNCILS = 20;

const section: BenchSection = {
  id: "refresh20Councils",
  title: `Refresh of ${COUNCILS} councils: syncs and request bytes`,
  async run({ log }) {
    const dataset = await loadDataset();
    const chosen = councilsByFiguresHeld(dataset).slice(0, COUNCILS);
    if (chosen.length < COUNCILS) throw new Error(`The embedded dataset holds figures for ${chosen.length} councils, fewer than ${COUNCILS}.`);
    log(`  fetching ${COUNCILS} councils into the workbook, then Refresh …`);
    const comparison = await measureRefresh(dataset, chosen.map((council) => council.authority));
    const fewest = chosen[chosen.length - 1]!.figures;
    const [syncs, ...rest] = roundTripMeasurements(comparison, "same plan into a new workbook, a sync per row: a lower bound for a naive Refresh");
    return [
      { ...syncs!, note: `the ${COUNCILS} councils with the most figures held (${chosen[0]!.figures} down to ${fewest}), refreshed in place; ${syncs!.note}` },
      ...rest,
    ];
  },
};

export default section;
