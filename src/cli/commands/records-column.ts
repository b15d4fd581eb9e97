// `--records-column MEASURE=HEADER`, for `fetch` and `pack` alike: the analyst's correction to
// a register column found by its header (or not found).
import { registerFieldNamed } from "../../sources/records/column-overrides";
import { REGISTER_FIELDS, type RegisterField } from "../../sources/records/complaints-register";
import { CliInputError } from "../cli-error";

/** "Date of response=Replied on" → the field and the header. */
export function parseRecordsColumn(text: string): [RegisterField, string] {
  const at = text.indexOf("=");
  const measure = at < 0 ? "" : text.slice(0, at).trim();
  const header = at < 0 ? "" : text.slice(at + 1).trim();
  if (measure === "" || header === "")
    throw new CliInputError(
      `--records-column: "${text}" is not MEASURE=HEADER (e.g. --records-column "Date of response=Replied on").`,
    );
  const field = registerFieldNamed(measure);
  if (field === undefined) {
    throw new CliInputError(
      `--records-column: "${measure}" is not a column of the register; the columns are ${REGISTER_FIELDS.map((info) => info.label).join(", ")}.`,
    );
  }
  return [field, header];
}

