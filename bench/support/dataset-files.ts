// The embedded dataset's files (assets/data/*.json) as the bench measures them: size raw and
// gzipped, and a load that re-reads and checks them in this process or a cold one in a new process.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { Dataset } from "../../src/sources/dataset/dataset";

const DATA_DIR = fileURLToPath(new URL("../../assets/data/", import.meta.url));
const PROBE = fileURLToPath(new URL("./dataset-load-probe.ts", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface DatasetFileSize {
  file: string;
  bytes: number;
  /** zlib's default level (6), what a web server typically sends. */
  gzipBytes: number;
}

export function datasetFileSizes(): DatasetFileSize[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => {
      const content = readFileSync(`${DATA_DIR}${file}`);
      return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
    });
}

/** Re-reads both files from disk, parses and checks them into a Dataset (no module cache involved). */
export function reloadDataset(): Dataset {
  const read = (file: string): unknown => JSON.parse(readFileSync(`${DATA_DIR}${file}`, "utf8"));
  return Dataset.fromJson(read("authorities.json"), read("figures.json"));
}

export interface ColdLoad {
  loadMs: number;
  /** Councils with figures held, as the fresh process saw them (a check that it loaded the data). */
  councils: number;
}

/** One cold `loadDataset()` in a new Node process (tsx), timed inside that process. */
export async function coldLoadInFreshProcess(): Promise<ColdLoad> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", PROBE], { cwd: PROJECT_ROOT });
  const parsed: unknown = JSON.parse(stdout);
  if (
    parsed === null ||
    typeof parsed !== "object" ||
    !("loadMs" in parsed) ||
    typeof parsed.loadMs !== "number" ||
    !("councils" in parsed) ||
    typeof parsed.councils !== "number"
  ) {
    throw new Error(`The dataset load probe printed something unexpected: ${stdout.trim()}`);
  }
  return { loadMs: parsed.loadMs, councils: parsed.councils };
}
