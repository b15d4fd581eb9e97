// The one rule for the average a council's figure is compared with (docs/design.md §1): the average LGSCO
// published for councils of its type that year. Where the council's own document printed it
// beside the figure, that one (it is the council's own document, even should it differ from the
// type's); otherwise the type's published average, carrying that average's own source. Never an
// average recomputed from councils, never one without a source. The key statistics sheet, its
// flags and the =LGSCO.* functions all read records that passed through here, so they agree.
import type { FigureSource, SimilarAverages, YearFigures } from "./types";
import { parseYear } from "./years";

/** The key statistics that carry a similar-authority average, keyed as in YearFigures and SimilarAverages. */
export const AVERAGED_MEASURES = ["upheld", "upheldPer100k", "compliance", "satisfactoryRemedy"] as const;
export type AveragedMeasure = (typeof AVERAGED_MEASURES)[number];

/** Where a record keeps the source of a measure's average: "upheldPer100k.similarAverage". */
export function similarAveragePath(measure: AveragedMeasure): string {
  return `${measure}.similarAverage`;
}

/** The type's published average for a measure with its source, when both are held. */
function publishedAverage(averages: SimilarAverages, measure: AveragedMeasure): { value: number; source: FigureSource } | undefined {
  const value = averages[measure];
  const source = averages.sources[measure];
  return value === undefined || source === undefined ? undefined : { value, source };
}

/**
 * `figures` with each missing `similarAverage` of a figure block it holds taken from `averages`
 * (LGSCO's published averages for the council's type in the record's year), its source recorded
 * in `figureSources` under the average's path. A printed average is never replaced, a block the
 * record lacks is never made, and an average held without a source is not used. Returns the
 * record itself when nothing is filled; never changes it.
 */
export function withTypeAverages(figures: YearFigures, averages: SimilarAverages | undefined): YearFigures {
  if (averages === undefined) return figures;
  if (parseYear(averages.year) !== parseYear(figures.year)) {
    // Another year's average would compare the council with the wrong year: a caller's mistake.
    throw new RangeError(`The ${averages.type} averages for ${averages.year} were offered for ${figures.authority} ${figures.year}.`);
  }
  const sources: Record<string, FigureSource> = {};
  const filled = <Block extends { similarAverage?: number }>(block: Block | undefined, measure: AveragedMeasure): Block | undefined => {
    if (block === undefined || block.similarAverage !== undefined) return block;
    const average = publishedAverage(averages, measure);
    if (average === undefined) return block;
    sources[similarAveragePath(measure)] = average.source;
    return { ...block, similarAverage: average.value };
  };
  const upheld = filled(figures.upheld, "upheld");
  const upheldPer100k = filled(figures.upheldPer100k, "upheldPer100k");
  const compliance = filled(figures.compliance, "compliance");
  const satisfactoryRemedy = filled(figures.satisfactoryRemedy, "satisfactoryRemedy");
  if (Object.keys(sources).length === 0) return figures;
  return {
    ...figures,
    ...(upheld === undefined ? {} : { upheld }),
    ...(upheldPer100k === undefined ? {} : { upheldPer100k }),
    ...(compliance === undefined ? {} : { compliance }),
    ...(satisfactoryRemedy === undefined ? {} : { satisfactoryRemedy }),
    figureSources: { ...figures.figureSources, ...sources },
  };
}
