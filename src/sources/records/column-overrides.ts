// The analyst's corrections to the detected register mapping (`--records-column MEASURE=HEADER`
// in the CLI): a field put on the column headed so in the header row, whatever detection chose.
import { cellAt, cellText, type CellGrid } from "../tables/cells";
import { REGISTER_FIELDS, RegisterReadError, type RegisterField, type RegisterMapping } from "./complaints-register";

/** A field by its name or label, as an analyst types it: "stage", "dateResponded", "Date of response", "date-of-response". */
export function registerFieldNamed(name: string): RegisterField | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return REGISTER_FIELDS.find((info) => plain(info.field) === plain(name) || plain(info.label) === plain(name))?.field;
}

/** The mapping with each overridden field on the column whose header is the one named (ignoring case and spaces). */
export function withColumnOverrides(cells: CellGrid, mapping: RegisterMapping, overrides: Readonly<Partial<Record<RegisterField, string>>>): RegisterMapping {
  const headerIndex = mapping.headerRow - 1;
  const width = Math.max(0, ...cells.map((row) => row.length));
  const plain = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");
  const columns = { ...mapping.columns };
  for (const [field, header] of Object.entries(overrides) as [RegisterField, string][]) {
    const headers = Array.from({ length: width }, (_, c) => cellText(cellAt(cells, headerIndex, c)));
    const index = headers.findIndex((text) => plain(text) === plain(header));
    if (index < 0) {
      const shown = headers.filter((text) => text !== "").map((text) => `"${text}"`).join(", ");
      throw new RegisterReadError(`There is no column headed "${header}" in the header row (row ${mapping.headerRow}); the headers are ${shown}.`);
    }
    // A column is one field's: the field detection had put there gives way.
    for (const [other, column] of Object.entries(columns) as [RegisterField, { index: number }][]) if (column.index === index && other !== field) delete columns[other];
    columns[field] = { index, header: headers[index]! };
  }
  return { ...mapping, columns };
}
