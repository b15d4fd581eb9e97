// Parse time per published document (issue 3): statistics pages in each layout, annual letters
// as text and as PDF, LGSCO data files as CSV and XLSX. Each parse is checked to give at least
// one council-year, so the bench never times an error path.
import { median, type BenchSection, type Measurement } from "../section";
import { BENCH_DOCUMENTS, prepareDocument } from "../support/bench-documents";
import { roundMs, timeRuns } from "../support/timing";

const section: BenchSection = {
  id: "parsing",
  title: "Parsing published documents",
  async run({ runs, log }) {
    const measurements: Measurement[] = [];
    for (const document of BENCH_DOCUMENTS) {
      log(`  ${document.label} …`);
      const prepared = await prepareDocument(document);
      const { firstResult: parsed, firstMs, runsMs } = await timeRuns(runs, prepared.parse);
      if (parsed < 1) throw new Error(`${document.fixture} gave no council-year: the bench would time a failed parse.`);
      const size = `${prepared.bytes} bytes`;
      measurements.push({
        key: `${document.key}Ms`,
        label: document.label,
        value: roundMs(median(runsMs)),
        unit: "ms",
        note: `median of ${runs} after a warm-up; ${size}, ${document.about}; ${parsed} council-year${parsed === 1 ? "" : "s"}`,
      });
      if (document.kind === "letter PDF") {
        measurements.push({
          key: `${document.key}FirstMs`,
          label: `${document.label}, first in process`,
          value: roundMs(firstMs),
          unit: "ms",
          note: "one cold call, including loading pdfjs-dist",
        });
      }
    }
    return measurements;
  },
};

export default section;
