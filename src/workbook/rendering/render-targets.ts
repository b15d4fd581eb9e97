// Where each plan sheet and table goes in a workbook that may already hold the add-in's sheets,
// the analyst's own sheets and tables, or both (docs/design.md §5). An owned sheet is found through the
// marker even when renamed (and only where its tables are: ownership-marker.ts ownedSheet); a sheet name the analyst uses gets "Ombudsman (2)"; a table name
// taken by someone else's table, or by a defined name, is an error naming it, raised before
// anything is written.
import { sameName } from "./a1";
import type { ExistingTable, ExistingWorkbook } from "./existing-workbook";
import { isMarkerName, markedTable, ownedSheet, readMarker, type OwnershipMarker } from "./ownership-marker";
import type { PlanSheet, SheetKey, SheetPlan } from "../plan/plan";
import type { CellBlock } from "./a1";

export interface TableTarget {
  name: string;
  /** The table as it is now, when the add-in made it before (Refresh rewrites it in place). */
  existing?: { top: number; left: number; bodyRows: number; columns: number };
}

export interface SheetTarget {
  key: SheetKey;
  plan: PlanSheet;
  /** The sheet's name in the workbook: the plan's, the analyst's rename of it, or "Ombudsman (2)". */
  name: string;
  /** True when the add-in's sheet is already there. */
  exists: boolean;
  visible: boolean;
  /** The block the add-in wrote there last time, from the marker. */
  previousRegion?: CellBlock;
  /** Charts on the sheet now. */
  charts: string[];
  tables: TableTarget[];
}

export interface RenderTargets {
  sheets: SheetTarget[];
  marker: OwnershipMarker;
  /** Plain-English notes for the analyst (a sheet name taken, a renamed sheet found). */
  notes: string[];
}

/** The workbook cannot take the plan as it is; nothing has been written. */
export class RenderConflictError extends Error {
  override readonly name = "RenderConflictError";
  constructor(readonly conflicts: string[]) {
    super(conflicts.join(" "));
  }
}

/** "Ombudsman", else "Ombudsman (2)", "Ombudsman (3)" … the first not taken (names compare without case). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const isTaken = (name: string) => taken.some((t) => sameName(t, name));
  if (!isTaken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

export function resolveTargets(existing: ExistingWorkbook, plan: SheetPlan): RenderTargets {
  const marker = readMarker(existing.names);
  const conflicts: string[] = [];
  const notes: string[] = [];
  const taken = existing.sheets.map((s) => s.name);
  const claimed: string[] = [];

  const sheets = plan.sheets.map((planSheet): SheetTarget => {
    // An empty sheet of the plan's name is taken as the add-in's: a first write that failed
    // before marking it leaves one, and taking it over loses nothing of the analyst's.
    const owned = ownedSheet(marker, planSheet.key, existing) ?? existing.sheets.find((s) => s.empty === true && sameName(s.name, planSheet.name))?.name;
    let name: string;
    if (owned !== undefined && !claimed.some((c) => sameName(c, owned))) {
      name = owned;
      if (!sameName(owned, planSheet.name)) notes.push(`The add-in's sheet "${planSheet.name}" is now called "${owned}": it was refreshed there.`);
    } else {
      name = freeSheetName(planSheet.name, [...taken, ...claimed]);
      if (name !== planSheet.name) notes.push(`A sheet called "${planSheet.name}" is not the add-in's, so these figures are on "${name}".`);
    }
    claimed.push(name);
    const exists = owned !== undefined && sameName(name, owned);
    const sheet = existing.sheets.find((s) => sameName(s.name, name));
    const place = marker.sheets[planSheet.key];
    const tables = planSheet.tables.map((table): TableTarget => {
      const found = existing.tables.find((t) => sameName(t.name, table.name));
      const marked = markedTable(marker, table.name);
      if (found) {
        const ours = exists && marked !== undefined && marked !== "lost" && sameName(found.sheet, name) && sameName(marked.sheet, name);
        if (!ours) {
          conflicts.push(
            marked !== undefined && marked !== "lost" && exists
              ? `The table "${found.name}" was moved to the sheet "${found.sheet}", off the add-in's sheet "${name}": move it back or rename it, then try again.`
              : `The workbook already has a table called "${found.name}" (on the sheet "${found.sheet}") that Ombudsman Scrutiny did not make: rename or remove it, then try again.`,
          );
          return { name: table.name };
        }
        if (marked.cells.left !== 0) conflicts.push(`The table "${found.name}" no longer starts in column A of the sheet "${name}": move it back, then try again.`);
        return { name: table.name, existing: { top: marked.cells.top, left: marked.cells.left, bodyRows: found.bodyRows, columns: found.columns } };
      }
      const definedName = existing.names.find((n) => sameName(n.name, table.name) && !isMarkerName(n.name));
      if (definedName) conflicts.push(`The workbook has a defined name "${definedName.name}", so a table of that name cannot be added: rename it, then try again.`);
      return { name: table.name };
    });
    if (exists) {
      const foreign = existing.tables.filter((t: ExistingTable) => sameName(t.sheet, name) && !planSheet.tables.some((p) => sameName(p.name, t.name)));
      for (const table of foreign) {
        conflicts.push(`The add-in's sheet "${name}" holds a table "${table.name}" that the add-in did not make: move it to another sheet, then try again.`);
      }
      const order = tables.filter((t) => t.existing).map((t) => t.existing!.top);
      if (order.some((top, i) => i > 0 && top <= order[i - 1]!)) conflicts.push(`The add-in's tables on the sheet "${name}" have been rearranged: put them back in order, then try again.`);
    }
    return {
      key: planSheet.key,
      plan: planSheet,
      name,
      exists,
      visible: sheet?.visible ?? true,
      ...(exists && place !== undefined && place !== "lost" ? { previousRegion: place.cells } : {}),
      charts: exists ? (sheet?.charts ?? []) : [],
      tables,
    };
  });
  if (conflicts.length > 0) throw new RenderConflictError(conflicts);
  return { sheets, marker, notes };
}
