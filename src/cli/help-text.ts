// The CLI's help, laid out for a terminal: `cli --help` (every command, one line each) and
// `cli COMMAND --help` (usage, every option explained, notes), every line at most 100 columns.
import type { Command } from "./command";

export const HELP_WIDTH = 100;

/** `text` broken at spaces into lines of at most `width` columns, each line after the first indented by `indent`. */
export function wrapText(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((part) => part !== "")) {
    const lead = lines.length === 0 ? "" : indent;
    if (line !== "" && lead.length + line.length + 1 + word.length > width) {
      lines.push(lead + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "" || lines.length === 0) lines.push((lines.length === 0 ? "" : indent) + line);
  return lines;
}

/** `label` in a column of `labelWidth`, `text` wrapped beside it; a label too long for the column gets its own line. */
function labelled(label: string, text: string, labelWidth: number, width: number): string[] {
  const pad = " ".repeat(labelWidth);
  if (label.length + 1 > labelWidth) return [label, ...wrapText(text, width - labelWidth).map((line) => pad + line)];
  return wrapText(text, width - labelWidth).map((line, index) => (index === 0 ? label.padEnd(labelWidth) : pad) + line);
}

/** `cli --help`: the usage line and every command with its one-line summary. */
export function formatCommandList(commands: ReadonlyArray<{ name: string; summary: string }>): string {
  const nameWidth = Math.max(...commands.map((command) => command.name.length)) + 4;
  return [
    "Ombudsman Scrutiny CLI: LGSCO complaint statistics for English councils, outside Excel.",
    "",
    "Usage: npm run -s cli -- COMMAND [options]",
    "       npm run -s cli -- COMMAND --help    (every option of COMMAND explained)",
    "",
    "Commands:",
    ...commands.flatMap((command) => labelled(`  ${command.name}`, command.summary, nameWidth, HELP_WIDTH)),
    "",
  ].join("\n");
}

/** `cli COMMAND --help`: summary, usage, every option explained, then the notes. */
export function formatCommandHelp(command: Pick<Command, "summary" | "usage" | "options" | "notes">): string {
  const options = command.options ?? [];
  const optionWidth = Math.min(30, Math.max(0, ...options.map((option) => option.name.length + 4)));
  return [
    ...wrapText(command.summary, HELP_WIDTH),
    "",
    ...labelled("Usage:", command.usage, 7, HELP_WIDTH),
    ...(options.length === 0 ? [] : ["", "Options:", ...options.flatMap((option) => labelled(`  ${option.name}`, option.text, optionWidth, HELP_WIDTH))]),
    ...(command.notes ?? []).flatMap((note) => ["", ...wrapText(note, HELP_WIDTH)]),
    "",
  ].join("\n");
}
