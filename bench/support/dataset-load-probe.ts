// Run in a fresh Node process by the dataset bench (`node --import tsx dataset-load-probe.ts`):
// times one cold `loadDataset()` (importing both JSON files, checking their shape, indexing the
// figures) and prints `{"loadMs": N, "councils": N}` on stdout. Process start-up is not included.
import { loadDataset } from "../../src/sources/dataset/dataset";

const start = performance.now();
const dataset = await loadDataset();
const loadMs = performance.now() - start;
const councils = dataset.register.all().filter((authority) => dataset.figuresFor(authority.gss).length > 0).length;
process.stdout.write(`${JSON.stringify({ loadMs, councils })}\n`);
