// The committee pack (issue 14): for the council with the most figures held and a composed
// register of 5,000 complaints, the time to build the pack's plan, to write it with the exceljs
// renderer and as a Word report, and the Office renderer's syncs on the in-memory host.
import { loadDataset } from "../../src/sources/dataset/dataset";
import { packToDocx } from "../../src/workbook/docx/pack-docx";
import { renderPlanInExcel } from "../../src/workbook/office/office-renderer";
import type { PackRequest } from "../../src/workbook/plan/pack/pack-input";
import { planForPack } from "../../src/workbook/plan/pack/pack-plan";
import { renderPlanToXlsx } from "../../src/workbook/xlsx/xlsx-renderer";
import { createExcelHost } from "../../test/support/excel-host";
import { median, type BenchSection } from "../section";
import { composedRegister } from "../support/composed-register";
import { councilsByFiguresHeld, WEB_ROUND_TRIP_MS } from "../support/office-round-trips";
import { roundMs, timeRuns } from "../support/timing";

const COMPLAINTS = 5000;

const section: BenchSection = {
  id: "committeePack",
  title: `Committee pack: plan, .xlsx, .docx and Office syncs with a ${COMPLAINTS}-complaint register`,
  async run({ runs, log }) {
    const dataset = await loadDataset();
    const council = councilsByFiguresHeld(dataset)[0]!.authority;
    const register = dataset.register.all();
    const years = dataset.figuresFor(council.gss).map((figures) => figures.year);
    const year = years[years.length - 1]!;
    const request: PackRequest = {
      council,
      year,
      held: register.flatMap((authority) => dataset.figuresFor(authority.gss)),
      similarAverages: (type, at) => dataset.similarAverages(type, at),
      register,
      asOf: dataset.asOf,
      records: composedRegister(year, COMPLAINTS),
    };
    const note = `${council.name} ${year}; a composed register of ${COMPLAINTS} complaints; median of ${runs} after a warm-up`;
    log(`  ${council.name} ${year}: plan, .xlsx, .docx …`);
    const plan = await timeRuns(runs, () => planForPack(request));
    const xlsx = await timeRuns(runs, () => renderPlanToXlsx(plan.firstResult.plan));
    const docx = await timeRuns(runs, () => packToDocx(plan.firstResult.plan, plan.firstResult));
    log("  Office renderer on the in-memory host …");
    const host = createExcelHost();
    const office = await timeRuns(0, () => renderPlanInExcel(host.run, () => plan.firstResult.plan));
    const meter = host.meterSummary();
    return [
      { key: "planMs", label: "Pack plan", value: roundMs(median(plan.runsMs)), unit: "ms", note },
      { key: "xlsxMs", label: "Pack written with exceljs (.xlsx bytes)", value: roundMs(median(xlsx.runsMs)), unit: "ms", note },
      { key: "xlsxBytes", label: "Pack .xlsx size", value: xlsx.firstResult.bytes.byteLength, unit: "bytes" },
      { key: "docxMs", label: "Word report (.docx bytes)", value: roundMs(median(docx.runsMs)), unit: "ms", note },
      { key: "docxBytes", label: "Word report size", value: docx.firstResult.byteLength, unit: "bytes" },
      { key: "officeMs", label: "Office renderer, in-memory host (no latency)", value: roundMs(office.firstMs), unit: "ms", note: "one run into a new workbook" },
      { key: "syncs", label: "Office renderer syncs", value: meter.syncs, unit: "count", note: `a new workbook; ${meter.syncs * WEB_ROUND_TRIP_MS} ms at ${WEB_ROUND_TRIP_MS} ms a round trip` },
      { key: "largestRequestBytes", label: "Largest Office request", value: meter.largestRequestBytes, unit: "bytes" },
    ];
  },
};

export default section;
