// A figure is addressed by its path in a YearFigures record: "upheld.rate",
// "received.byCategory.housing". Paths key each figure's source (`figureSources`), and records
// taken from several documents or rows are merged figure by figure through them.
import type { YearFigures } from "./types";

/** The groups of published figures in a record, in the order figures are listed. */
export const FIGURE_GROUPS = ["upheld", "upheldPer100k", "compliance", "satisfactoryRemedy", "overview", "received", "decisions"] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

/** Every figure the record holds, by path, in a stable order: group by group, then as the record holds them. */
export function publishedFigureValues(figures: YearFigures): Map<string, number> {
  const values = new Map<string, number>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "number") {
      values.set(path, value);
    } else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) visit(inner, `${path}.${key}`);
    }
  };
  for (const group of FIGURE_GROUPS) visit(figures[group], group);
  return values;
}

/** Paths of every figure the record holds ("upheld.rate", "overview.investigated", …), in a stable order. */
export function publishedFigurePaths(figures: YearFigures): string[] {
  return [...publishedFigureValues(figures).keys()];
}

/** Puts `value` at `path` in a record being assembled, creating the groups on the way. */
export function setFigureAt(record: Record<string, unknown>, path: string, value: number): void {
  const parts = path.split(".");
  let node = record;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}
