// `cli fetch --help`: every option of fetch explained (what --live reads, the years written when
// --years is left out, what --out does to a file that exists), kept beside the option parser.
import type { OptionHelp } from "../command";

export const FETCH_OPTIONS: readonly OptionHelp[] = [
  {
    name: "COUNCIL",
    text: "The council: its name, short name, GSS code or LGSCO page name (npm run -s cli -- councils lists them). A misspelling is answered with the councils it may mean.",
  },
  {
    name: "--out FILE.xlsx",
    text:
      "Required. The workbook to write. A new file is created. An existing file gets the council added beside what it holds: councils fetched into it before keep their rows, and the analyst's own sheets are kept. " +
      "A workbook holding anything the writer cannot keep (a chart, a pivot table, macros …) is refused with exit 2, naming what would be lost, and left exactly as it was. " +
      "The file is written whole (a temporary file, then renamed): never half a workbook.",
  },
  {
    name: "--years FROM..TO",
    text: "The statistical years to write for the council, such as 2019-20..2024-25, or one year (2023-24). Default: every year held for it. Years it already has rows for in --out are kept.",
  },
  {
    name: "--live",
    text:
      "Also read the council's statistics page on LGSCO's site (https://www.lgo.org.uk/your-councils-performance/NAME/statistics) and use its year over the embedded dataset's. " +
      "The page names the register holds are often guessed, so it tries the likely names in turn and remembers the one that answered. Pages read are kept for a day (in OMBUDSMAN_CACHE_DIR, else the system's temporary folder). " +
      "If LGSCO cannot be reached it says why and writes the embedded figures. Off by default: without it nothing leaves the computer.",
  },
  {
    name: "--lgsco-page NAME",
    text: "With --live: read only this page name (or the page's address copied from the browser), for a council whose page is under a name the add-in does not guess.",
  },
  {
    name: "--peers \"A; B; C\"|FILE",
    text: "Compare the council with these councils instead of its type's: a list separated by \";\", or a file of one council per line. Each is found as COUNCIL is.",
  },
  {
    name: "--records OWN.xlsx",
    text:
      "The council's own complaints register (XLSX or CSV), set beside LGSCO's figures on the \"Ombudsman vs records\" sheet. Its columns are found by their headers; the mapping used and every row it could not read are printed on stderr.",
  },
  {
    name: "--records-sheet NAME",
    text: "With --records: the register's sheet, when the file holds several and the wrong one is found.",
  },
  {
    name: "--records-column MEASURE=HEADER",
    text: "With --records: put a measure on the column with this header when detection chose wrongly or found none, e.g. --records-column \"LGSCO decision date=Date decided\". MEASURE is the field's name or label as the mapping printed on stderr shows it. Repeat for each.",
  },
  {
    name: "--import FILE…",
    text: "The council's LGSCO annual review letters (PDF or text) or saved statistics pages (HTML or text): each year read is written and cites its document. A document for another council, or one that cannot be read, stops the fetch (exit 2, nothing written).",
  },
  {
    name: "--data-file FILE…",
    text: "LGSCO's data tables for all councils (CSV, XLSX or Unicode Text): the council's rows are taken, each rate checked against its counts.",
  },
];

export const FETCH_NOTES: readonly string[] = [
  "Figures come from the dataset built into the add-in (LGSCO's published statistics, each with its source), and with --live from LGSCO's page. Nothing is estimated: a year not held is not written.",
  "Exit status: 0 when the workbook was written; 2 when the request could not be used (the message says what was wrong, and no file was written or changed).",
];
