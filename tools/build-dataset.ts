// `npm run data:build`: turns the source tables in data/ into the embedded dataset in
// assets/data/. Writes nothing when the tables have a problem; lists every problem instead.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset, DatasetBuildError } from "../src/sources/dataset/build/build";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path: string): string => readFileSync(join(root, path), "utf8");

try {
  const built = buildDataset({
    authoritiesCsv: read("data/authorities.csv"),
    figuresCsv: read("data/lgsco-figures.csv"),
    decisionsCsv: read("data/source-decisions.csv"),
    asOfJson: read("data/dataset-as-of.json"),
  });
  mkdirSync(join(root, "assets/data"), { recursive: true });
  writeFileSync(join(root, "assets/data/authorities.json"), built.authoritiesJson);
  writeFileSync(join(root, "assets/data/figures.json"), built.figuresJson);
  for (const line of built.summary) process.stdout.write(`${line}\n`);
  process.stdout.write(`Wrote assets/data/authorities.json and assets/data/figures.json (as of ${built.figures.asOf}).\n`);
} catch (error) {
  if (!(error instanceof DatasetBuildError)) throw error;
  process.stderr.write(`Dataset not built. ${error.message}\n`);
  process.exitCode = 1;
}
