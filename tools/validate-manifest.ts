// npm run validate [-- PATH]: the offline manifest check (rules in tools/manifest/check.ts).
// Prints one line per fault and exits 1 when there are any; exits 2 when the file is unreadable.
import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkManifest, formatFault } from "./manifest/check";
import { emittedPages } from "./manifest/emitted-pages";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
// npm runs scripts from the project root; a path typed elsewhere is relative to where it was typed.
const typedFrom = process.env.INIT_CWD ?? process.cwd();
const file = process.argv[2] === undefined ? resolve(projectRoot, "manifest.xml") : resolve(typedFrom, process.argv[2]);
const nearby = relative(typedFrom, file);
const shown = nearby.startsWith("..") ? file : nearby;

let xml: string;
try {
  xml = readFileSync(file, "utf8");
} catch (error) {
  process.stderr.write(`${shown}: cannot read the manifest (${error instanceof Error ? error.message : String(error)})\n`);
  process.exit(2);
}

const faults = checkManifest(xml, {
  assetFiles: new Set(readdirSync(resolve(projectRoot, "assets"), { recursive: true, encoding: "utf8" })),
  emittedFiles: await emittedPages(),
});
for (const fault of faults) process.stdout.write(`${formatFault(shown, fault)}\n`);
if (faults.length > 0) {
  process.stderr.write(`${shown}: ${faults.length} fault${faults.length === 1 ? "" : "s"}\n`);
  process.exit(1);
}
process.stdout.write(`${shown}: no faults found\n`);
