// The sentences under the committee pack's headline table: numbers in, sentences out. Each
// states what the figures are and their base, beside the similar authorities' average where one
// is held; none says whether a figure is good or bad, rising or falling, beyond what it is. A
// rate on fewer than 10 cases says how few it rests on.

/** Below this many cases a rate says its base in words. */
export const SMALL_BASE = 10;

export interface RateFigure {
  /** The published percentage (73 = 73%). */
  rate: number;
  count?: number;
  /** The base the rate is of. */
  of?: number;
  similarAverage?: number;
}

export interface HeadlineNumbers {
  year: string;
  upheld?: RateFigure;
  upheldPer100k?: { value: number; similarAverage?: number };
  compliance?: RateFigure;
  satisfactoryRemedy?: RateFigure;
  /** Last year's upheld rate, when held and comparable (same LGSCO method). */
  lastYearUpheld?: RateFigure & { year: string };
}

export interface PackSentence {
  text: string;
  /** What the figure rests on, in words ("33 detailed investigations"); absent for a value with no count behind it. */
  base?: string;
}

/** "73%", "68.8%". */
export function percentText(rate: number): string {
  return `${Number.isInteger(rate) ? rate : rate.toFixed(1)}%`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function against(average: number | undefined, unit: (value: number) => string): string {
  return average === undefined ? "" : `, against an average of ${unit(average)} for similar authorities`;
}

function smallBase(of: number | undefined, noun: [string, string]): string {
  return of !== undefined && of < SMALL_BASE ? `, based on ${plural(of, noun[0], noun[1])},` : "";
}

function upheldSentence(upheld: RateFigure): PackSentence {
  const investigations = ["investigation", "investigations"] as [string, string];
  const share =
    upheld.count !== undefined && upheld.of !== undefined
      ? `LGSCO upheld ${upheld.count} of ${plural(upheld.of, "detailed investigation", "detailed investigations")} (${percentText(upheld.rate)})`
      : `LGSCO upheld ${percentText(upheld.rate)} of the complaints it investigated in detail`;
  return {
    text: `${share}${smallBase(upheld.of, investigations)}${against(upheld.similarAverage, percentText)}.`,
    ...(upheld.of === undefined ? {} : { base: plural(upheld.of, "detailed investigation", "detailed investigations") }),
  };
}

function complianceSentence(compliance: RateFigure): PackSentence {
  const cases = compliance.of === undefined ? "" : ` of ${plural(compliance.of, "case", "cases")} with recommendations`;
  return {
    text: `The council complied with LGSCO's recommendations in ${percentText(compliance.rate)}${cases}${smallBase(compliance.of, ["case", "cases"])}${against(compliance.similarAverage, percentText)}.`,
    ...(compliance.of === undefined ? {} : { base: plural(compliance.of, "case with recommendations", "cases with recommendations") }),
  };
}

function remedySentence(remedy: RateFigure): PackSentence {
  const share =
    remedy.count !== undefined && remedy.of !== undefined
      ? `In ${remedy.count} of ${plural(remedy.of, "upheld case", "upheld cases")} (${percentText(remedy.rate)})`
      : `In ${percentText(remedy.rate)} of upheld cases`;
  return {
    text: `${share}${smallBase(remedy.of, ["upheld case", "upheld cases"])} the council had already put things right before the complaint reached LGSCO${against(remedy.similarAverage, percentText)}.`,
    ...(remedy.of === undefined ? {} : { base: plural(remedy.of, "upheld case", "upheld cases") }),
  };
}

function per100kSentence(per100k: { value: number; similarAverage?: number }): PackSentence {
  const figure = (value: number) => value.toFixed(1);
  return { text: `LGSCO upheld ${figure(per100k.value)} complaints per 100,000 residents${against(per100k.similarAverage, figure)}.` };
}

function lastYearSentence(last: RateFigure & { year: string }): PackSentence {
  const of = last.of === undefined ? "" : ` of ${plural(last.of, "detailed investigation", "detailed investigations")}`;
  return {
    text: `In ${last.year} LGSCO upheld ${percentText(last.rate)}${of}${smallBase(last.of, ["investigation", "investigations"])}.`,
    ...(last.of === undefined ? {} : { base: plural(last.of, "detailed investigation", "detailed investigations") }),
  };
}

/** Tidies a sentence assembled from parts: ",," and ",." left where a part ended with its own comma. */
function tidy(sentence: PackSentence): PackSentence {
  return { ...sentence, text: sentence.text.replace(/,,/g, ",").replace(/,\./g, ".") };
}

/** The headline sentences, in the table's order; a figure not held gives no sentence. */
export function headlineSentences(numbers: HeadlineNumbers): PackSentence[] {
  return [
    numbers.upheld && upheldSentence(numbers.upheld),
    numbers.lastYearUpheld && lastYearSentence(numbers.lastYearUpheld),
    numbers.upheldPer100k && per100kSentence(numbers.upheldPer100k),
    numbers.compliance && complianceSentence(numbers.compliance),
    numbers.satisfactoryRemedy && remedySentence(numbers.satisfactoryRemedy),
  ].flatMap((sentence) => (sentence === undefined ? [] : [tidy(sentence)]));
}
