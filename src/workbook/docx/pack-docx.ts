// The committee pack as a Word document (issue 14), from the same plan the sheets are drawn
// from: each Pack sheet a heading, its sources and notes as paragraphs, its tables as Word tables
// (values formatted as the sheet shows them), the headline sentences as paragraphs, and at the end
// every source named. Styled plainly (Word's own heading and table styles) so a clerk can paste
// it into their template.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { CellValue, PlanSheet, PlanTable, SheetPlan } from "../plan/plan";
import { PACK_SENTENCES_TABLE } from "../plan/pack/pack-summary-sheet";

/** Each table's heading in the report. */
const TABLE_HEADINGS: Readonly<Record<string, string>> = {
  PackHeadlines: "Headline figures",
  PackYears: "Year on year",
  PackFunnel: "From stage 1 to the Ombudsman",
  PackTimeliness: "Timeliness by stage",
  PackServices: "Complaints by service",
  PackNotAccepted: "Complaints not accepted",
  PackOmbudsmanCases: "Ombudsman decisions in the year",
  PackReconciliation: "Our register beside LGSCO's counts",
  PackPeers: "Among similar councils",
  PackSelfAssessment: "Self-assessment against the Complaint Handling Code",
  PackImprovements: "Service improvements made",
  PackGovernanceResponse: "The governing body's response",
};

/** A cell as the sheet shows it under its number format; an empty cell stays empty. */
export function shownValue(value: CellValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  switch (format) {
    case "0%":
      return `${Math.round(value * 100)}%`;
    case "0.0%":
      return `${(value * 100).toFixed(1)}%`;
    case "0.0":
      return value.toFixed(1);
    case "0":
      return String(Math.round(value));
    case "+0;-0;0":
      return value > 0 ? `+${value}` : String(value);
    default:
      return String(value);
  }
}

function headerLine(sheet: PlanSheet, label: string): string | undefined {
  const row = sheet.header.find((line) => line[0] === label);
  return row === undefined || row[1] === null || row[1] === undefined ? undefined : String(row[1]);
}

function wordTable(table: PlanTable): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const rows = table.rows.length === 0 ? [table.columns.map(() => null)] : table.rows;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: table.columns.map((column) => cell(column.name, true)) }),
      ...rows.map((row, r) => new TableRow({ children: row.map((value, c) => cell(shownValue(value, table.numberFormats[r]?.[c]))) })),
    ],
  });
}

function sectionTitle(sheet: PlanSheet): string {
  const name = sheet.name.replace(/^Pack /, "");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function sheetSection(sheet: PlanSheet): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [new Paragraph({ text: sectionTitle(sheet), heading: HeadingLevel.HEADING_1 })];
  for (const table of sheet.tables) {
    if (table.name === PACK_SENTENCES_TABLE) {
      // The sentences are the report's prose: paragraphs, each with its base where it has one.
      for (const row of table.rows) parts.push(new Paragraph({ text: String(row[0] ?? "") }));
      continue;
    }
    parts.push(new Paragraph({ text: TABLE_HEADINGS[table.name] ?? table.name, heading: HeadingLevel.HEADING_2 }));
    parts.push(wordTable(table));
    if (table.rows.length === 0) parts.push(new Paragraph({ text: "No rows: see the note below." }));
  }
  const note = headerLine(sheet, "Note");
  if (note) parts.push(new Paragraph({ children: [new TextRun({ text: "Note: ", bold: true }), new TextRun(note)] }));
  const sources = headerLine(sheet, "Sources");
  if (sources) parts.push(new Paragraph({ children: [new TextRun({ text: "Sources: ", bold: true }), new TextRun(sources)] }));
  return parts;
}

/** Every distinct source named on the sheets, first seen first. */
export function packSources(plan: SheetPlan): string[] {
  const named = plan.sheets.flatMap((sheet) => (headerLine(sheet, "Sources") ?? "").split("; "));
  return [...new Set(named.map((source) => source.trim()).filter((source) => source !== "" && !source.startsWith("None")))];
}

/** The report as .docx bytes. */
export async function packToDocx(plan: SheetPlan, title: { council: string; year: string }): Promise<Uint8Array> {
  const document = new Document({
    creator: "Ombudsman Scrutiny",
    title: `Annual complaints report ${title.year}: ${title.council}`,
    sections: [
      {
        children: [
          new Paragraph({ text: `Annual complaints performance and service improvement report ${title.year}`, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: `${title.council}. Figures as of ${plan.asOf}; LGSCO's year runs 1 April to 31 March.` }),
          ...plan.sheets.flatMap(sheetSection),
          new Paragraph({ text: "Sources", heading: HeadingLevel.HEADING_1 }),
          ...packSources(plan).map((source) => new Paragraph({ text: source, bullet: { level: 0 } })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
