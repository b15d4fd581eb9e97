// Fetch my council (issue 4, docs/design.md §9: ≤ 2 syncs whatever the years or peers): the council with
// the most published figures held, every year, through the real plan service and Office renderer
// on the in-memory Excel host, beside the naive renderer that syncs once per row.
import { loadDataset } from "../../src/sources/dataset/dataset";
import type { BenchSection } from "../section";
import { councilsByFiguresHeld, measureFetch } from "../support/office-round-trips";
import { roundTripMeasurements } from "../support/round-trip-report";

const section: BenchSection = {
  id: "fetchMyCouncil",
  title: "Fetch my council: syncs and request bytes",
  async run({ log }) {
    const dataset = await loadDataset();
    const [chosen] = councilsByFiguresHeld(dataset);
    if (!chosen) throw new Error("The embedded dataset holds no council's figures.");
    log(`  ${chosen.authority.name} (the council with the most figures held: ${chosen.figures}) …`);
    const comparison = await measureFetch(dataset, chosen.authority);
    const [syncs, ...rest] = roundTripMeasurements(comparison, "same plan, a sync per row and per sheet");
    return [
      { ...syncs!, note: `${chosen.authority.name}, the council with the most figures held (${chosen.figures}), every year, into a new workbook; ${syncs!.note}` },
      ...rest,
    ];
  },
};

export default section;
