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
  options: [
    {
      name: "FILE",
      text: "One document: LGSCO's statistics page for a council (saved as HTML or text) or its annual review letter (PDF or text). The kind is found from the content.",
    },
  ],
  notes: [
    "Prints the figures read as JSON on stdout: one object for a document of one year, an array when it holds several. Every rate is checked against its counts; a document that cannot be read exits 2 with one line saying why.",
    "To put a document's figures in a workbook, give it to fetch (fetch COUNCIL --import FILE --out F.xlsx) or import it in the task pane: fetch does not read this JSON.",
  ],
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
