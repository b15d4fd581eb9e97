// The three key statistics of a letter as the confirmation shows them, with their bases and the
// similar-authority averages. A figure the letter does not give is "not given", never 0.
import type { YearFigures } from "../domain/types";

export interface StatisticLine {
  label: string;
  /** "73%", or "not given". */
  value: string;
  /** "24 of 33 investigations · similar councils 70%". */
  detail: string;
}

const percent = (rate: number | undefined): string => (rate === undefined ? "not given" : `${rate}%`);
const similar = (average: number | undefined): string[] => (average === undefined ? [] : [`similar councils ${average}%`]);
const join = (parts: string[]): string => parts.join(" · ");

export function letterStatistics(figures: YearFigures): StatisticLine[] {
  const { upheld, compliance, satisfactoryRemedy } = figures;
  return [
    {
      label: "Complaints upheld",
      value: percent(upheld?.rate),
      detail: join([
        ...(upheld?.count !== undefined && upheld.of !== undefined ? [`${upheld.count} of ${upheld.of} investigations`] : []),
        ...similar(upheld?.similarAverage),
      ]),
    },
    {
      label: "Compliance with recommendations",
      value: percent(compliance?.rate),
      detail: join([...(compliance?.of !== undefined ? [`${compliance.of} compliance outcomes`] : []), ...similar(compliance?.similarAverage)]),
    },
    {
      label: "Satisfactory remedy by the council",
      value: percent(satisfactoryRemedy?.rate),
      detail: join([
        ...(satisfactoryRemedy?.count !== undefined && satisfactoryRemedy.of !== undefined ? [`${satisfactoryRemedy.count} of ${satisfactoryRemedy.of} upheld cases`] : []),
        ...similar(satisfactoryRemedy?.similarAverage),
      ]),
    },
  ];
}
