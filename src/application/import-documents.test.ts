// The Import documents job over plain ports: what it refuses before anything is held, what it
// holds (a council's own document over a data table's row for the same year), and that a
// document is kept with the workbook only once its sheets are written.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Authority, YearFigures } from "../domain/types";
import { loadDataset, type Dataset } from "../sources/dataset/dataset";
import { councilFigures } from "../sources/live/council-figures";
import { readDocuments } from "../sources/documents/read-documents";
import type { WorkbookState } from "../workbook/rendering/existing-workbook";
import { heldWithImports, holdDataTables, importDocuments, type ImportedFigures } from "./import-documents";
import { DocumentForAnotherCouncilError, WriteFailure } from "./job-errors";
import type { FiguresHeld, JobContext, PlanRenderer } from "./ports";

const EMPTY: WorkbookState = { councils: [], sheets: {}, rowYears: {} };
const HARROW_LETTER = readFileSync(new URL("../../test/fixtures/letters/harrow-2019-20.txt", import.meta.url), "utf8");

function council(dataset: Dataset, name: string): Authority {
  const found = dataset.register.lookup(name);
  if (found.kind !== "found") throw new Error(`${name} is in the register`);
  return found.authority;
}

/** Harrow's real 2019-20 letter, read as the pane and the CLI read a document. */
async function harrowLetter(dataset: Dataset): Promise<YearFigures[]> {
  const rows = await readDocuments([{ name: "harrow-2019-20.txt", content: HARROW_LETTER }], { register: dataset.register, retrieved: "2026-12-02T10:00:00Z" });
  return rows.flatMap((row) => row.years);
}

/** Harrow 2019-20 as the embedded dataset holds it, cited as a data table composed for this test. */
function asDataTableRow(dataset: Dataset, gss: string): YearFigures {
  const held = dataset.figuresFor(gss).find((year) => year.year === "2019-20")!;
  return { ...held, source: { kind: "data-file", title: "LGSCO data table (composed for this test)" } };
}

/** The job's ports, recording what was held and kept and what the renderer was asked to write. */
function ports(figures: FiguresHeld & ImportedFigures, options: { renderFails?: unknown; keepFails?: boolean } = {}) {
  const said: string[] = [];
  const renderer: PlanRenderer = {
    async render(planFor) {
      said.push("render");
      await planFor(EMPTY);
      if (options.renderFails !== undefined) throw options.renderFails;
      return { notes: [] };
    },
  };
  const imported: ImportedFigures = {
    hold: (years) => {
      said.push(`hold ${years.map((year) => `${year.source.title} ${year.year}`).join("; ")}`);
      figures.hold(years);
    },
    keep: async (years) => {
      said.push(`keep ${years.length}`);
      if (options.keepFails) throw new Error("settings not saved");
    },
  };
  const context: JobContext = { figures, livePull: false, figuresOf: (authority) => councilFigures(authority, figures), renderer };
  return { said, imported, context };
}

describe("the Import documents job", () => {
  it("refuses a document for another council before anything is held or written", async () => {
    const dataset = await loadDataset();
    const { said, imported, context } = ports(heldWithImports(dataset));
    const error = await importDocuments({ council: council(dataset, "Kent"), documents: await harrowLetter(dataset) }, context, imported).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentForAnotherCouncilError);
    expect((error as Error).message).toBe("LGSCO annual review letter, harrow-2019-20.txt (London Borough of Harrow, 2019-20) is not for Kent County Council.");
    expect(said).toEqual([]);
  });

  it("holds the data tables with the council's own document over them, writes, then keeps", async () => {
    const dataset = await loadDataset();
    const harrow = council(dataset, "Harrow");
    const figures = heldWithImports(dataset);
    const { said, imported, context } = ports(figures);
    const letter = await harrowLetter(dataset);
    const { fetched, kept } = await importDocuments({ council: harrow, documents: letter, dataTables: [asDataTableRow(dataset, harrow.gss)] }, context, imported);

    expect(said).toEqual(["hold LGSCO annual review letter, harrow-2019-20.txt 2019-20", "render", "keep 1"]);
    expect(kept).toBe(true);
    expect(fetched.planned.councils.map((entry) => [entry.authority.name, entry.years])).toEqual([["London Borough of Harrow", ["2019-20"]]]);
    // What the figures answer with from now on is the letter, cited as the letter.
    const held = figures.figuresFor(harrow.gss).find((year) => year.year === "2019-20")!;
    expect(held.source.title).toBe("LGSCO annual review letter, harrow-2019-20.txt");
    expect(held.upheld?.rate).toBe(letter[0]!.upheld?.rate);
  });

  it("keeps nothing when the sheets were not written, and says when keeping failed after they were", async () => {
    const dataset = await loadDataset();
    const harrow = council(dataset, "Harrow");
    const broken = ports(heldWithImports(dataset), { renderFails: new Error("sync failed") });
    const error = await importDocuments({ council: harrow, documents: await harrowLetter(dataset) }, broken.context, broken.imported).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WriteFailure);
    expect(broken.said.some((step) => step.startsWith("keep"))).toBe(false);

    const unsaved = ports(heldWithImports(dataset), { keepFails: true });
    const outcome = await importDocuments({ council: harrow, documents: await harrowLetter(dataset) }, unsaved.context, unsaved.imported);
    expect(outcome.kept).toBe(false);
    expect(outcome.fetched.planned.councils).toHaveLength(1);
  });

  it("holds and keeps data tables with no council to fetch, writing nothing", async () => {
    const dataset = await loadDataset();
    const harrow = council(dataset, "Harrow");
    const figures = heldWithImports(dataset);
    const { said, imported } = ports(figures);
    expect(await holdDataTables([asDataTableRow(dataset, harrow.gss)], imported)).toEqual({ kept: true });
    expect(said).toEqual(["hold LGSCO data table (composed for this test) 2019-20", "keep 1"]);
    expect(figures.figuresFor(harrow.gss).find((year) => year.year === "2019-20")!.source.kind).toBe("data-file");
  });
});
