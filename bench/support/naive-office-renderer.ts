// BASELINE FOR THE BENCH ONLY, not product code: how an add-in commonly writes a plan without
// thinking about round trips, one context.sync() per table row (and per sheet set-up). The bench
// sets its syncs and request bytes beside those of src/workbook/office/office-renderer.ts, which sends
// the whole plan in one write request. It writes the same cells, tables and number formats, and
// skips what the comparison does not need (ownership marker, refresh in place, highlights, chart).
import { blockAddress } from "../../src/workbook/rendering/a1";
import { officeCellInput } from "../../src/workbook/office/cell-text";
import type { SheetPlan } from "../../src/workbook/plan/plan";
import { layoutSheet } from "../../src/workbook/rendering/sheet-layout";

export async function renderPlanNaively(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  for (const planSheet of plan.sheets) {
    const sheet = context.workbook.worksheets.add(planSheet.name);
    const layout = layoutSheet(planSheet);
    await context.sync();
    for (const [r, row] of layout.headerRows.entries()) {
      sheet.getRangeByIndexes(r, 0, 1, row.length).values = [row.map(officeCellInput)];
      await context.sync();
    }
    for (const placed of layout.tables) {
      sheet.getRange(blockAddress(placed.header)).values = [placed.table.columns.map((column) => officeCellInput(column.name))];
      sheet.tables.add(blockAddress(placed.cells), true).name = placed.table.name;
      await context.sync();
      for (const [r, row] of placed.table.rows.entries()) {
        const range = sheet.getRangeByIndexes(placed.body.top + r, 0, 1, row.length);
        range.numberFormat = [placed.table.numberFormats[r]!];
        range.values = [row.map(officeCellInput)];
        await context.sync();
      }
    }
  }
  context.workbook.worksheets.getItem(plan.sheets[0]!.name).activate();
  await context.sync();
}
