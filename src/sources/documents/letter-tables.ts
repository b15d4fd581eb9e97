// Annual letters up to 2018-19 carry two tables instead of the key-statistics blocks:
// "Complaints and enquiries received" by category and "Decisions made" by outcome (docs/design.md §2).
// A table reaches us as text in one of two shapes: the headings then the figures (a row
// copied from a PDF, or one cell per line), or each heading followed by its figure. Headings
// are recognised by their words; figures pair with them in order only when the counts agree,
// otherwise the table is broken and no figure is taken from it.
import type { ComplaintsReceived, DecisionsMade } from "../../domain/types";
import { DocumentParseError } from "./parse-error";

/** Categories of "Complaints and enquiries received", keyed as in `data/lgsco-figures.csv`. */
export const RECEIVED_CATEGORIES = [
  { key: "adult_care", words: String.raw`adult (?:social )?care(?: services)?` },
  { key: "benefits_tax", words: String.raw`benefits (?:and|&) tax(?:ation)?` },
  { key: "corporate_other", words: String.raw`corporate (?:and|&) other(?: services)?` },
  { key: "education_childrens", words: String.raw`education (?:and|&) children'?s(?: services)?` },
  { key: "environment_regulation", words: String.raw`environment(?:al)?(?: services)?(?:,? public protection)?(?: (?:and|&) regulation)?` },
  { key: "highways_transport", words: String.raw`highways (?:and|&) transport` },
  { key: "housing", words: String.raw`housing` },
  { key: "planning_development", words: String.raw`planning (?:and|&) development` },
  { key: "other", words: String.raw`other(?: services)?` },
  { key: "total", words: String.raw`total` },
] as const;

type DecisionColumn = Exclude<keyof DecisionsMade, "detailedInvestigations"> | "detailedInvestigationsHeading";

const DECISION_COLUMNS: { key: DecisionColumn; words: string }[] = [
  { key: "invalidOrIncomplete", words: String.raw`(?:incomplete or invalid|invalid or incomplete)` },
  { key: "adviceGiven", words: String.raw`advice given` },
  { key: "referredBackForLocalResolution", words: String.raw`referred back (?:for|to) local resolution` },
  { key: "closedAfterInitialEnquiries", words: String.raw`closed after initial enquiries` },
  // A heading spanning the not upheld / upheld / uphold rate columns: no figure of its own.
  { key: "detailedInvestigationsHeading", words: String.raw`detailed investigations?` },
  { key: "notUpheld", words: String.raw`not upheld` },
  { key: "upholdRate", words: String.raw`uphold(?:ing)? rate(?: ?\(%\))?` },
  { key: "upheld", words: String.raw`upheld` },
  { key: "total", words: String.raw`total` },
];

// A table heading is a line of its own, capitalised, perhaps with the year ("Decisions made 2017/18").
// A line of prose broken after "the decisions made" starts in lower case and so is not a heading.
const headingLine = (words: string) => {
  const pattern = new RegExp(String.raw`^${words}(?:[ :]+\(?\d{4}[-/]\d{2,4}\)?)?:?$`, "i");
  return (line: string) => /^[A-Z]/.test(line) && pattern.test(line);
};
const isReceivedHeading = headingLine(String.raw`complaints (?:and|&) enquiries received`);
const isDecisionsHeading = headingLine(String.raw`decisions made`);
// Where a table ends: the next section, or prose (a line that reads as a sentence).
const SECTION_END = /^(?:notes?\b|complaints remedied|remedied\b|compliance with|yours (?:sincerely|faithfully)|service improvements?|annual review|public reports?)/i;
// A figure standing alone (not part of "2017/18", a word or a longer number); no lookbehind, for
// Safari before 16.4 under Office for Mac.
const FIGURE = /(?:^|[^\w.,/%-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%?)(?![\w/-]|[.,]\d)/g;

export interface LetterTables {
  received?: ComplaintsReceived;
  decisions?: DecisionsMade;
}

function isProse(line: string): boolean {
  return line.length > 40 && (/[a-z]\.$/.test(line) || /[a-z][.!?] [A-Z]/.test(line));
}

/** The lines of a table: after its heading line, up to the next heading, section or prose. */
function tableLines(lines: string[], isHeading: (line: string) => boolean, isOtherHeading: (line: string) => boolean): string[] | undefined {
  const start = lines.findIndex(isHeading);
  if (start < 0) return undefined;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (isOtherHeading(line) || SECTION_END.test(line) || isProse(line)) break;
    body.push(line);
  }
  return body;
}

interface Cell {
  key: string;
  at: number;
}

function readCells<K extends string>(
  table: string,
  text: string,
  columns: readonly { key: K; words: string }[],
  headingOnly: readonly K[] = [],
): { key: K; value: number; percent: boolean }[] {
  const labelPattern = new RegExp(columns.map((c) => String.raw`\b(${c.words})\b`).join("|"), "gi");
  const labels: (Cell & { key: K })[] = [];
  for (const match of text.matchAll(labelPattern)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const key = columns[index]!.key;
    if (!headingOnly.includes(key)) labels.push({ key, at: match.index });
  }
  const figures = [...text.matchAll(FIGURE)].map((m) => ({
    value: Number(`${m[1]!.replace(/,/g, "")}${m[2] ? `.${m[2]}` : ""}`),
    percent: m[3] === "%",
    at: m.index + m[0].indexOf(m[1]!),
  }));
  if (labels.length === 0) {
    throw new DocumentParseError("broken-table", table, `"${table}" table found but none of its column headings was recognised`);
  }
  const keys = labels.map((l) => l.key);
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated) throw new DocumentParseError("broken-table", table, `"${table}" table has the heading "${repeated}" twice`);
  if (figures.length !== labels.length) {
    throw new DocumentParseError(
      "broken-table",
      table,
      `"${table}" table has ${labels.length} column headings but ${figures.length} figures, so they cannot be paired`,
    );
  }
  const allHeadingsFirst = labels.every((l) => l.at < figures[0]!.at);
  // Interleaved: each heading followed by its own figure before the next heading.
  const interleaved = labels.every((l, i) => {
    const next = labels[i + 1]?.at ?? Infinity;
    return figures[i]!.at > l.at && figures[i]!.at < next;
  });
  if (!allHeadingsFirst && !interleaved) {
    throw new DocumentParseError("broken-table", table, `"${table}" table's headings and figures are not in a readable order`);
  }
  return labels.map((label, i) => ({ key: label.key, value: figures[i]!.value, percent: figures[i]!.percent }));
}

function wholeNumber(table: string, key: string, value: number): number {
  if (!Number.isInteger(value)) {
    throw new DocumentParseError("broken-table", table, `"${table}" table gives ${key} as ${value}, which is not a whole number`);
  }
  return value;
}

function readReceived(lines: string[]): ComplaintsReceived | undefined {
  const body = tableLines(lines, isReceivedHeading, isDecisionsHeading);
  if (!body) return undefined;
  const table = "Complaints and enquiries received";
  const cells = readCells(table, body.join(" "), RECEIVED_CATEGORIES);
  const received: ComplaintsReceived = {};
  const byCategory: Record<string, number> = {};
  for (const cell of cells) {
    const value = wholeNumber(table, cell.key, cell.value);
    if (cell.key === "total") received.total = value;
    else byCategory[cell.key] = value;
  }
  if (Object.keys(byCategory).length > 0) received.byCategory = byCategory;
  return received;
}

function readDecisions(lines: string[]): DecisionsMade | undefined {
  const body = tableLines(lines, isDecisionsHeading, isReceivedHeading);
  if (!body) return undefined;
  const table = "Decisions made";
  const cells = readCells(table, body.join(" "), DECISION_COLUMNS, ["detailedInvestigationsHeading"]);
  const decisions: DecisionsMade = {};
  for (const cell of cells) {
    if (cell.key === "detailedInvestigationsHeading") continue;
    if (cell.key === "upholdRate") {
      if (cell.value > 100) throw new DocumentParseError("broken-table", table, `"${table}" table gives an uphold rate of ${cell.value}%`);
      decisions.upholdRate = cell.value;
    } else {
      if (cell.percent) throw new DocumentParseError("broken-table", table, `"${table}" table gives ${cell.key} as a percentage`);
      decisions[cell.key] = wholeNumber(table, cell.key, cell.value);
    }
  }
  return decisions;
}

/** The received and decisions tables of a pre-2019-20 letter, from its normalised lines. */
export function readLetterTables(lines: string[]): LetterTables | undefined {
  const received = readReceived(lines);
  const decisions = readDecisions(lines);
  if (!received && !decisions) return undefined;
  return { ...(received && { received }), ...(decisions && { decisions }) };
}
