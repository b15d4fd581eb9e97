// `cli pack --help`: every option of pack explained, kept beside its option parser.
import type { OptionHelp } from "../command";

export const PACK_OPTIONS: readonly OptionHelp[] = [
  { name: "COUNCIL", text: "The council: its name, short name, GSS code or LGSCO page name (npm run -s cli -- councils lists them)." },
  {
    name: "--out FILE.xlsx",
    text: "Required. The workbook to write the Pack sheets to. A new file is created; an existing workbook gets the Pack sheets added or rebuilt beside what it holds (what the analyst typed in the self-assessment and improvements tables is kept), or is refused with exit 2 and left as it was if it holds what the writer cannot keep.",
  },
  { name: "--year YYYY-YY", text: "The LGSCO statistical year the pack reports on, such as 2024-25. Default: the latest year held for the council." },
  { name: "--docx FILE.docx", text: "Also write the pack as a Word report: the same sections, tables and sentences, naming every source." },
  { name: "--peers \"A; B; C\"|FILE", text: "Compare the council with these councils instead of its type's: a list separated by \";\", or a file of one council per line." },
  {
    name: "--records OWN.xlsx",
    text: "The council's own complaints register (XLSX or CSV), for the pack's tables of its own complaints (stages, timeliness in working days, services, reasons not accepted). Without it those tables say which register column would fill them.",
  },
  { name: "--records-sheet NAME", text: "With --records: the register's sheet, when the file holds several and the wrong one is found." },
  {
    name: "--records-column MEASURE=HEADER",
    text: "With --records: put a measure on the column with this header when detection chose wrongly or found none, e.g. --records-column \"Date of response=Replied on\". MEASURE is the field's name or label as the mapping printed on stderr shows it. Repeat for each.",
  },
  {
    name: "--import FILE…",
    text: "The council's LGSCO annual review letters (PDF or text) or saved statistics pages: their years join those held, each citing its document. A document for another council, or one that cannot be read, stops the pack (exit 2, nothing written).",
  },
  {
    name: "--data-file FILE…",
    text: "LGSCO's data tables for all councils (CSV, XLSX or Unicode Text): the council's rows join the years held, each rate checked against its counts.",
  },
];
