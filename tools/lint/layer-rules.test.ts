// The layer rules in eslint.config.js, tried on planted imports: each must be refused.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("the layer rules", () => {
  it("keep the domain pure: no Node, no library, nothing outside src/domain", async () => {
    expect(await refusals("src/domain/planted.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n')).toHaveLength(1);
    expect(await refusals("src/domain/planted.ts", 'import { KEY_STATS_TABLE } from "../workbook/plan/key-stats-sheet";\nexport const x = KEY_STATS_TABLE;\n')).toHaveLength(1);
    expect(await refusals("src/domain/planted.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n')).toHaveLength(1);
    expect(await refusals("src/domain/planted.ts", 'import { compareYears } from "./years";\nexport const x = compareYears;\n')).toEqual([]);
  }, 60_000);

  it("keep services below the jobs and the entry points", async () => {
    expect(await refusals("src/sources/planted.ts", 'import { runFetch } from "../cli/commands/fetch";\nexport const x = runFetch;\n')).toHaveLength(1);
    expect(await refusals("src/workbook/plan/planted.ts", 'import { fetchMyCouncil } from "../../application/fetch-my-council";\nexport const x = fetchMyCouncil;\n')).toHaveLength(1);
  }, 60_000);

  it("let the jobs reach renderers only through their port, and the pane the workbook only through its API", async () => {
    expect(await refusals("src/application/planted.ts", 'import { renderPlanToXlsx } from "../workbook/xlsx/xlsx-renderer";\nexport const x = renderPlanToXlsx;\n')).toHaveLength(1);
    expect(await refusals("src/taskpane/Planted.tsx", 'import { planForCouncils } from "../workbook/plan/plan-for-councils";\nexport const x = planForCouncils;\n')).toHaveLength(1);
    expect(await refusals("src/taskpane/Planted.tsx", 'import type { PaneWorkbook } from "../workbook/pane/pane-api";\nexport type X = PaneWorkbook;\n')).toEqual([]);
  }, 60_000);
});
