// `parse FILE`: a statistics page (text or HTML) or an annual letter (text or PDF) → the
// YearFigures JSON on stdout: one object for a single-year document, an array only when the
// document holds several years. Unusable input is a CliInputError (exit 2, one line).
import { isDocumentParseError } from "../../sources/documents/parse-error";
import { parseDocument } from "../../sources/documents/parse-document";
import { CliInputError } from "../cli-error";
import { readInputFile } from "../read-input-file";
import type { Command } from "../command";

const parse: Command = {
  summary: "Parse an LGSCO statistics page (text or HTML) or annual letter (text or PDF) into YearFigures JSON.",
  usage: "npm run -s cli -- parse FILE",
  async run({ args, stdout }) {
    const files = args.filter((arg) => !arg.startsWith("--"));
    const unknown = args.find((arg) => arg.startsWith("--"));
    if (unknown) throw new CliInputError(`Unknown option ${unknown}. Usage: ${parse.usage}`);
    if (files.length !== 1) throw new CliInputError(`Give exactly one file to parse. Usage: ${parse.usage}`);
    const file = files[0]!;
    const bytes = await readInputFile(file);
    try {
      const figures = await parseDocument(bytes);
      stdout(`${JSON.stringify(figures.length === 1 ? figures[0] : figures, null, 2)}\n`);
    } catch (error) {
      if (isDocumentParseError(error)) throw new CliInputError(`${file}: ${error.message}`);
      throw error;
    }
  },
};

export default parse;
