// Turns section results into the readable table or the one JSON object `--json` prints.
import type { Measurement } from "./section";

export interface SectionResult {
  id: string;
  title: string;
  measurements: Measurement[];
}

/** `{ sectionId: { measurementKey: value } }`: what `npm run -s bench -- --json` prints. */
export function toJson(results: readonly SectionResult[]): Record<string, Record<string, number>> {
  return Object.fromEntries(results.map((r) => [r.id, Object.fromEntries(r.measurements.map((m) => [m.key, m.value]))]));
}

export function formatValue(value: number, unit: Measurement["unit"]): string {
  switch (unit) {
    case "bytes":
      return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
    case "ms":
      return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
    case "ratio":
      return `${value.toFixed(2)}×`;
    case "count":
      return String(value);
  }
}

export function formatTable(results: readonly SectionResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.title} [${result.id}]`);
    const labelWidth = Math.max(0, ...result.measurements.map((m) => m.label.length));
    const values = result.measurements.map((m) => formatValue(m.value, m.unit));
    const valueWidth = Math.max(0, ...values.map((v) => v.length));
    result.measurements.forEach((m, i) => {
      const row = `  ${m.label.padEnd(labelWidth)}  ${values[i]!.padStart(valueWidth)}`;
      lines.push(m.note ? `${row}  (${m.note})` : row);
    });
    lines.push("");
  }
  return lines.join("\n");
}
