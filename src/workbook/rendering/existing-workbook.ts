// What a renderer reads from a workbook before it writes (one sync in Excel): its sheets, tables
// and defined names, as plain data. From it come the WorkbookState a plan is built for and the
// targets the plan is written to.
import { sameName } from "./a1";
import { readMarker, type DefinedName } from "./ownership-marker";
import type { SheetKey } from "../plan/plan";

export interface ExistingSheet {
  name: string;
  visible: boolean;
  /** Names of the charts on it. */
  charts: string[];
}

export interface ExistingTable {
  name: string;
  sheet: string;
  bodyRows: number;
  columns: number;
}

export interface ExistingWorkbook {
  /** In tab order. */
  sheets: ExistingSheet[];
  activeSheet: string;
  tables: ExistingTable[];
  names: DefinedName[];
}

/** What the add-in already has in a workbook: Fetch adds a council to these, Refresh rebuilds them all. */
export interface WorkbookState {
  /** GSS codes of the councils fetched into the workbook. */
  councils: string[];
  /** The sheets it owns, by key, under their names now (an analyst may have renamed one). */
  sheets: Partial<Record<SheetKey, string>>;
}

export function workbookStateOf(existing: ExistingWorkbook): WorkbookState {
  const marker = readMarker(existing.names);
  const sheets: Partial<Record<SheetKey, string>> = {};
  for (const [key, place] of Object.entries(marker.sheets) as [SheetKey, (typeof marker.sheets)[SheetKey]][]) {
    if (place === undefined || place === "lost") continue;
    const sheet = existing.sheets.find((s) => sameName(s.name, place.sheet));
    if (sheet) sheets[key] = sheet.name;
  }
  return { councils: marker.councils, sheets };
}
