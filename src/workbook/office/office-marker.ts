// The ownership marker in the open workbook. Claimed first, completed last: the first write
// request marks each sheet it creates and the plan's councils, straight after adding the sheets,
// so a write Excel stops part-way leaves sheets the next Fetch or Refresh recognises as the
// add-in's (never "Ombudsman (2)" beside them, never "Nothing to refresh yet"). The whole marker
// is written again once everything else is, replacing what was claimed.
import { blockAddress, parseSheetReference, sameName } from "../rendering/a1";
import type { ExistingWorkbook } from "../rendering/existing-workbook";
import { councilMarkerName, isCouncilMarkerName, MARKER_COMMENT, markerEntries, type MarkerEntry } from "../rendering/ownership-marker";
import type { SheetKey, SheetPlan } from "../plan/plan";
import type { SheetTarget } from "../rendering/render-targets";
import type { SheetLayout } from "../rendering/sheet-layout";

/** Counts queued commands towards the request budget. */
export type NoteCommands = (commands: number) => void;

function addEntry(context: Excel.RequestContext, entry: MarkerEntry): void {
  context.workbook.names.add(entry.name, context.workbook.worksheets.getItem(entry.sheet).getRange(blockAddress(entry.cells)), MARKER_COMMENT);
}

/**
 * Marks the sheets this write creates and the councils the workbook lacks; returns the names
 * added, which writeMarker replaces. Queue it right after the new sheets are added.
 */
export function claimNewSheets(
  context: Excel.RequestContext,
  note: NoteCommands,
  existing: ExistingWorkbook,
  plan: SheetPlan,
  targets: readonly SheetTarget[],
  layouts: ReadonlyMap<SheetKey, SheetLayout>,
): Set<string> {
  const created = targets.filter((target) => !target.exists);
  const markedCouncils = new Set(existing.names.filter((name) => isCouncilMarkerName(name.name)).map((name) => name.name.toLowerCase()));
  const claimed = new Set<string>();
  for (const entry of markerEntries(plan.councils, targets, layouts)) {
    const isCouncil = isCouncilMarkerName(entry.name);
    const onNewSheet = created.some((target) => sameName(target.name, entry.sheet));
    const taken = existing.names.some((name) => sameName(name.name, entry.name));
    if (taken || (isCouncil ? markedCouncils.has(entry.name.toLowerCase()) : !onNewSheet)) continue;
    addEntry(context, entry);
    claimed.add(entry.name.toLowerCase());
    note(2);
  }
  return claimed;
}

/** The whole marker for the plan as written: councils not in the plan go, every entry that moved is rewritten. */
export function writeMarker(
  context: Excel.RequestContext,
  note: NoteCommands,
  existing: ExistingWorkbook,
  plan: SheetPlan,
  targets: readonly SheetTarget[],
  layouts: ReadonlyMap<SheetKey, SheetLayout>,
  claimed: ReadonlySet<string> = new Set(),
): void {
  const names = context.workbook.names;
  if (targets.length > 0) {
    // The councils are exactly the plan's: a council's name not in it goes.
    const councils = new Set(plan.councils.map((gss) => councilMarkerName(gss).toLowerCase()));
    for (const name of existing.names) {
      if (isCouncilMarkerName(name.name) && !councils.has(name.name.toLowerCase())) names.getItem(name.name).delete();
    }
  }
  for (const entry of markerEntries(plan.councils, targets, layouts)) {
    // Claimed this write, or already pointing where it should: left alone, so a write stopped
    // between a delete and an add never unmarks more than one sheet's or table's block.
    if (claimed.has(entry.name.toLowerCase())) continue;
    const old = existing.names.find((n) => sameName(n.name, entry.name));
    if (old !== undefined && pointsAt(old.formula, entry)) continue;
    if (old !== undefined) names.getItem(old.name).delete();
    addEntry(context, entry);
    note(old === undefined ? 2 : 3);
  }
}

function pointsAt(formula: string, entry: MarkerEntry): boolean {
  const place = parseSheetReference(formula);
  if (place === undefined || !sameName(place.sheet, entry.sheet)) return false;
  const [a, b] = [place.cells, entry.cells];
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
