// npm run bench [-- SECTION…] [--runs N] [--json]: runs the bench sections and prints a table,
// or with --json one JSON object { section: { measurement: value } } on stdout.
import { formatTable, toJson, type SectionResult } from "./report";
import { sections } from "./sections/index";

const args = process.argv.slice(2);
const json = args.includes("--json");
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const chosen = args.filter((arg, i) => !arg.startsWith("--") && (runsAt < 0 || i !== runsAt + 1));

if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write("--runs needs a whole number of at least 1\n");
  process.exit(2);
}
const unknown = chosen.filter((id) => !sections.some((s) => s.id === id));
if (unknown.length > 0) {
  process.stderr.write(`Unknown bench section ${unknown.join(", ")}. Sections: ${sections.map((s) => s.id).join(", ")}\n`);
  process.exit(2);
}

const context = { runs, log: (message: string) => process.stderr.write(`${message}\n`) };
const results: SectionResult[] = [];
for (const entry of sections.filter((s) => chosen.length === 0 || chosen.includes(s.id))) {
  const section = (await entry.load()).default;
  context.log(`bench: ${section.title} …`);
  results.push({ id: section.id, title: section.title, measurements: await section.run(context) });
}
process.stdout.write(json ? `${JSON.stringify(toJson(results))}\n` : `${formatTable(results)}\n`);
