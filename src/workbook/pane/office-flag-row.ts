// Follows a flag to its row: finds the council's year in the key statistics, wherever the
// analyst sorted it, and selects it. Office code, one read and one write.
import { KEY_STATS_TABLE } from "../plan/key-stats-sheet";
import type { ExcelRun } from "../office/office-renderer";
import { describeProblem } from "./describe-problem";
import { PaneProblem } from "./pane-api";

export async function selectFlagRowInExcel(run: ExcelRun, council: string, year: string): Promise<void> {
  try {
    await run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(KEY_STATS_TABLE);
      table.load("name");
      await context.sync();
      if (table.isNullObject) {
        throw new PaneProblem(
          "The flag's row could not be shown",
          `The workbook has no ${KEY_STATS_TABLE} table any more (it may have been deleted or renamed).`,
          "Click Fetch my council to write the sheets again.",
        );
      }
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      const sheet = table.worksheet.load("name");
      await context.sync();
      const columns = (header.values[0] ?? []).map((value) => String(value));
      const councilColumn = columns.indexOf("Council");
      const yearColumn = columns.indexOf("Year");
      const row = body.values.findIndex(
        (values) => String(values[councilColumn] ?? "").trim() === council && String(values[yearColumn] ?? "").trim() === year,
      );
      if (councilColumn < 0 || yearColumn < 0 || row < 0) {
        throw new PaneProblem(
          "The flag's row could not be shown",
          `${KEY_STATS_TABLE} on the ${sheet.name} sheet has no row for ${council}, ${year} now.`,
          "Click Refresh comparisons to write the rows again.",
        );
      }
      context.workbook.worksheets.getItem(sheet.name).activate();
      body.getRow(row).select();
      await context.sync();
    });
  } catch (error) {
    throw describeProblem(error, "select-row");
  }
}
