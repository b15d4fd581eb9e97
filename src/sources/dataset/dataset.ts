// Typed access to the embedded dataset (assets/data/, built by `npm run data:build`): the register
// of councils, every council's published figures by year, the published similar-authority
// averages, England's totals, and the as-of date. Works in Node (CLI, tests) and in the browser
// bundle: the JSON is imported dynamically, so it stays out of the task pane's first script.
import { isValidIn, Register } from "../../domain/register";
import type { AuthorityType, SimilarAverages } from "../../domain/types";
import { compareYears, parseYear } from "../../domain/years";
import {
  DatasetFormatError,
  readAuthoritiesFile,
  readFiguresFile,
  type DatasetYearFigures,
  type FiguresFile,
  type LowerQualityFigure,
  type NationalYearFigures,
} from "./dataset-format";

export type { DatasetYearFigures, LowerQualityFigure, NationalYearFigures, OtherFigure } from "./dataset-format";
export { DatasetFormatError } from "./dataset-format";

export class Dataset {
  /** ISO date the source tables were last checked; say it wherever dataset figures are shown. */
  readonly asOf: string;
  /** What `asOf` means, in a sentence. */
  readonly asOfMeaning: string;
  readonly register: Register;
  readonly #byCouncil = new Map<string, DatasetYearFigures[]>();
  readonly #averages: SimilarAverages[];
  readonly #national: NationalYearFigures[];
  readonly #lowerQuality: LowerQualityFigure[];

  /** From the two JSON files' contents (parsed, unchecked): checks their shape once. */
  static fromJson(authoritiesJson: unknown, figuresJson: unknown): Dataset {
    return new Dataset(new Register(readAuthoritiesFile(authoritiesJson).authorities), readFiguresFile(figuresJson));
  }

  constructor(register: Register, figures: FiguresFile) {
    this.register = register;
    this.asOf = figures.asOf;
    this.asOfMeaning = figures.asOfMeaning;
    for (const record of figures.councils) {
      if (!this.register.get(record.gss)) {
        throw new DatasetFormatError(`figures.json holds figures for ${record.gss}, which is not in the register`);
      }
      const list = this.#byCouncil.get(record.gss) ?? [];
      list.push(record);
      this.#byCouncil.set(record.gss, list);
    }
    for (const list of this.#byCouncil.values()) list.sort((a, b) => compareYears(a.year, b.year));
    this.#averages = figures.similarAverages;
    this.#national = [...figures.national].sort((a, b) => compareYears(a.year, b.year));
    this.#lowerQuality = figures.lowerQuality;
  }

  /** Every year held for the council, oldest first; empty when none is held. */
  figuresFor(gss: string): DatasetYearFigures[] {
    return [...(this.#byCouncil.get(gss) ?? [])];
  }

  /** The council's figures for one year, if any are held. */
  figuresForYear(gss: string, year: string): DatasetYearFigures | undefined {
    const wanted = parseYear(year);
    return this.#byCouncil.get(gss)?.find((record) => record.year === wanted);
  }

  /** Councils held for the year among those of `type` that existed that year (peers), in register order. */
  peers(type: AuthorityType, year: string): DatasetYearFigures[] {
    const wanted = parseYear(year);
    if (wanted === undefined) return [];
    return this.register
      .validIn(wanted, type)
      .map((authority) => this.figuresForYear(authority.gss, wanted))
      .filter((record): record is DatasetYearFigures => record !== undefined);
  }

  /** LGSCO's published averages for councils of `type` in `year`, as published. */
  similarAverages(type: AuthorityType, year: string): SimilarAverages | undefined {
    const wanted = parseYear(year);
    return this.#averages.find((averages) => averages.type === type && averages.year === wanted);
  }

  /** Every published average held, by type and year. */
  allSimilarAverages(): SimilarAverages[] {
    return [...this.#averages];
  }

  /** England's totals, oldest first. */
  nationalFigures(): NationalYearFigures[] {
    return [...this.#national];
  }

  nationalFiguresForYear(year: string): NationalYearFigures | undefined {
    const wanted = parseYear(year);
    return this.#national.find((record) => record.year === wanted);
  }

  /**
   * Lower-quality figures (a third party's FOI analysis, a council's own count, a council's
   * paraphrase of a national figure): context only, never a key statistic. For one council, or all.
   */
  lowerQualityFigures(gss?: string): LowerQualityFigure[] {
    return this.#lowerQuality.filter((figure) => gss === undefined || figure.gss === gss);
  }

  /** Years for which any council's figures are held, oldest first. */
  years(): string[] {
    const years = new Set<string>();
    for (const list of this.#byCouncil.values()) for (const record of list) years.add(record.year);
    return [...years].sort(compareYears);
  }

  /** Whether the council existed in `year` (a successor's trend never chains a predecessor's years). */
  existedIn(gss: string, year: string): boolean {
    const authority = this.register.get(gss);
    return authority !== undefined && isValidIn(authority, year);
  }
}

let registerLoading: Promise<Register> | undefined;
let datasetLoading: Promise<Dataset> | undefined;

/** The embedded register alone (a smaller file than the figures), loaded and checked once. */
export function loadRegister(): Promise<Register> {
  registerLoading ??= import("../../../assets/data/authorities.json").then(
    (module) => new Register(readAuthoritiesFile(jsonDefault(module)).authorities),
  );
  return registerLoading;
}

/** The embedded dataset, loaded and checked once per process or page. */
export function loadDataset(): Promise<Dataset> {
  datasetLoading ??= Promise.all([loadRegister(), import("../../../assets/data/figures.json")]).then(
    ([register, figures]) => new Dataset(register, readFiguresFile(jsonDefault(figures))),
  );
  return datasetLoading;
}

// A JSON module's content is its default export in Node and in webpack alike.
function jsonDefault(module: unknown): unknown {
  return module !== null && typeof module === "object" && "default" in module ? module.default : module;
}
