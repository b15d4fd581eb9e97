// Structured references (`OmbudsmanKeyStats[Upheld %]`) inside formulas, found and rewritten as
// Excel does when a table is renamed or deleted or a column is renamed or removed. The host has
// no calculation engine; it keeps formulas as text and these rewrites are what make a deleted
// table visible to a test (the reference becomes #REF!).

const IDENTIFIER_CHAR = /[A-Za-z0-9_.\\]/;

/** The text inside the brackets after `tableName`, for each reference to the table. */
interface Reference {
  start: number; // index of the table name
  open: number; // index of "["
  close: number; // index of the matching "]"
}

function findReferences(formula: string, tableName: string): Reference[] {
  const found: Reference[] = [];
  const lowerFormula = formula.toLowerCase();
  const lowerName = tableName.toLowerCase();
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      // Skip a string literal ("" is an escaped quote).
      i++;
      while (i < formula.length) {
        if (formula[i] === '"' && formula[i + 1] === '"') i += 2;
        else if (formula[i] === '"') break;
        else i++;
      }
      i++;
      continue;
    }
    const before = i === 0 ? "" : formula[i - 1]!;
    if (lowerFormula.startsWith(lowerName, i) && !IDENTIFIER_CHAR.test(before) && formula[i + tableName.length] === "[") {
      const open = i + tableName.length;
      let depth = 0;
      let close = -1;
      for (let j = open; j < formula.length; j++) {
        if (formula[j] === "'" ) {
          j++; // an escaped character inside a column name
          continue;
        }
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]") {
          depth--;
          if (depth === 0) {
            close = j;
            break;
          }
        }
      }
      if (close < 0) break;
      found.push({ start: i, open, close });
      i = close + 1;
      continue;
    }
    i++;
  }
  return found;
}

/** The column names a reference's inner text names: `Col`, `[#This Row],[Col]`, `[A]:[B]`. */
export function columnsNamed(inner: string): string[] {
  if (!inner.startsWith("[")) return inner.startsWith("#") || inner === "" ? [] : [inner];
  return [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!).filter((name) => !name.startsWith("#"));
}

/** Whether `formula` refers to `tableName` with a structured reference. */
export function refersToTable(formula: string, tableName: string): boolean {
  return findReferences(formula, tableName).length > 0;
}

/**
 * Rewrites every reference to `tableName`: `rewrite` gets the table name as written and the inner
 * text and returns the new whole reference (or "#REF!").
 */
export function rewriteReferences(formula: string, tableName: string, rewrite: (name: string, inner: string) => string): string {
  const refs = findReferences(formula, tableName);
  if (refs.length === 0) return formula;
  let out = "";
  let last = 0;
  for (const ref of refs) {
    out += formula.slice(last, ref.start);
    out += rewrite(formula.slice(ref.start, ref.open), formula.slice(ref.open + 1, ref.close));
    last = ref.close + 1;
  }
  return out + formula.slice(last);
}

export function renameTableIn(formula: string, oldName: string, newName: string): string {
  return rewriteReferences(formula, oldName, (_name, inner) => `${newName}[${inner}]`);
}

export function deleteTableIn(formula: string, tableName: string): string {
  return rewriteReferences(formula, tableName, () => "#REF!");
}

export function renameColumnIn(formula: string, tableName: string, oldColumn: string, newColumn: string): string {
  const same = (a: string) => a.toLowerCase() === oldColumn.toLowerCase();
  return rewriteReferences(formula, tableName, (name, inner) => {
    if (!inner.startsWith("[")) return same(inner) ? `${name}[${newColumn}]` : `${name}[${inner}]`;
    return `${name}[${inner.replace(/\[([^\]]*)\]/g, (whole, column: string) => (same(column) ? `[${newColumn}]` : whole))}]`;
  });
}

export function removeColumnIn(formula: string, tableName: string, column: string): string {
  return rewriteReferences(formula, tableName, (name, inner) =>
    columnsNamed(inner).some((named) => named.toLowerCase() === column.toLowerCase()) ? "#REF!" : `${name}[${inner}]`,
  );
}
