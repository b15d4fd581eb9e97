// The embedded dataset (issue 3): the size of assets/data/*.json raw and gzipped, and the time to
// load it, cold in a fresh Node process and by re-reading and checking the JSON in this one.
import { median, type BenchSection, type Measurement } from "../section";
import { coldLoadInFreshProcess, datasetFileSizes, reloadDataset } from "../support/dataset-files";
import { roundMs, timeRuns } from "../support/timing";

/** `figures.json` → `figuresJson`, `lower-quality.json` → `lowerQualityJson`. */
function fileKey(file: string): string {
  return file
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part, i) => (i === 0 ? part : `${part[0]!.toUpperCase()}${part.slice(1)}`))
    .join("");
}

const section: BenchSection = {
  id: "dataset",
  title: "Embedded dataset: size and load time",
  async run({ runs, log }) {
    const sizes = datasetFileSizes();
    if (sizes.length === 0) throw new Error("assets/data holds no JSON file: run npm run data:build first.");
    const measurements: Measurement[] = [];
    for (const size of sizes) {
      measurements.push({ key: `${fileKey(size.file)}Bytes`, label: `${size.file}, raw`, value: size.bytes, unit: "bytes" });
      measurements.push({ key: `${fileKey(size.file)}GzipBytes`, label: `${size.file}, gzip`, value: size.gzipBytes, unit: "bytes", note: "zlib default level" });
    }
    measurements.push({ key: "totalBytes", label: "All dataset files, raw", value: sizes.reduce((sum, s) => sum + s.bytes, 0), unit: "bytes", note: sizes.map((s) => s.file).join(" + ") });
    measurements.push({ key: "totalGzipBytes", label: "All dataset files, gzip", value: sizes.reduce((sum, s) => sum + s.gzipBytes, 0), unit: "bytes", note: "each file gzipped on its own" });

    log(`  cold loadDataset(): ${runs} fresh Node processes …`);
    const cold: number[] = [];
    let councils = 0;
    for (let run = 0; run < runs; run++) {
      const load = await coldLoadInFreshProcess();
      if (load.councils < 1) throw new Error("The fresh process loaded a dataset with no council's figures.");
      cold.push(load.loadMs);
      councils = load.councils;
    }
    measurements.push({
      key: "coldLoadMs",
      label: "loadDataset(), cold in a fresh process",
      value: roundMs(median(cold)),
      unit: "ms",
      note: `median of ${runs} Node processes (tsx), timed inside each: JSON import, shape checks, indexing; process start-up excluded; ${councils} councils with figures`,
    });

    log("  re-reading and checking the JSON in this process …");
    const { firstResult: dataset, runsMs } = await timeRuns(runs, reloadDataset);
    measurements.push({
      key: "reloadMs",
      label: "Re-read, parse and check the JSON",
      value: roundMs(median(runsMs)),
      unit: "ms",
      note: `median of ${runs} after a warm-up, in this process: readFile + JSON.parse + Dataset.fromJson; ${dataset.years().length} years held`,
    });
    return measurements;
  },
};

export default section;
