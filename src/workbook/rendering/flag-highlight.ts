// Flag highlights as conditional formats (docs/design.md §5): a cell turns red (scrutinise) or amber
// (watch) while its row's Flags cell lists the flag. A formula rule, not fixed colours, so the
// colours stay right when Refresh rewrites the figures and when the analyst edits the Flags cell.
import { columnName } from "./a1";
import type { FlagHighlight } from "../plan/plan";

/** Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text". */
export const HIGHLIGHT_COLOURS: Readonly<Record<FlagHighlight["severity"], { fill: string; font: string }>> = {
  scrutinise: { fill: "#FFC7CE", font: "#9C0006" },
  watch: { fill: "#FFEB9C", font: "#9C5700" },
};

/**
 * The rule for a highlight whose range starts on sheet row `firstRow` (0-based), without the
 * leading "=" (exceljs writes it bare; Office wants "=" in front). Flag ids are joined with "; ",
 * so the search is for "; id;" inside "; " & cell & ";": an id never matches inside another.
 */
export function highlightFormula(flagId: string, flagsColumn: number, firstRow: number): string {
  const needle = `; ${flagId};`.replace(/"/g, '""');
  return `ISNUMBER(SEARCH("${needle}","; "&$${columnName(flagsColumn)}${firstRow + 1}&";"))`;
}
