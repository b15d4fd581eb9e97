// What the CLI says when the register given with --records cannot be read: a missing column is
// named with the option that maps it (--records-column), not the pane's mapping form.
import { REGISTER_FIELDS, type RegisterReadError } from "../../sources/records/complaints-register";

/** One line for a RegisterReadError from `--records FILE`. */
export function registerProblemForCli(error: RegisterReadError, fileName: string): string {
  if (error.missing.length === 0) return `--records ${fileName}: ${error.message}`;
  const fields = error.missing.map((field) => REGISTER_FIELDS.find((info) => info.field === field)!);
  const named = fields.map((info) => `${info.label} (a column headed like ${info.examples})`).join("; ");
  const options = fields.map((info) => `--records-column ${info.field}="HEADER"`).join(" ");
  return `--records ${fileName}: the register has no column found for ${named}. If the register has ${fields.length === 1 ? "it" : "them"} under another header, name ${fields.length === 1 ? "it" : "each"} with ${options}, HEADER written as in the register's header row.`;
}
