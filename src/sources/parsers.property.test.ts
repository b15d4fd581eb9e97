// Property-based tests of the document parsers with hostile input (fast-check): whatever they are
// given, they return figures or throw DocumentParseError, never anything else; every number in
// a result is a number printed in the input; and crawl noise, line breaks and truncation of a
// valid document leave its figures as they were (truncation may only lose figures) or fail with
// the typed error.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnnualLetter } from "./annual-letter";
import { normaliseText } from "./normalise-text";
import { parseDocument } from "./parse-document";
import { DocumentParseError } from "./parse-error";
import type { ParsedYearFigures } from "./parsed-figures";
import { parseStatisticsPage } from "./statistics-page";

const fixture = (path: string) => readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), "utf8");

const PAGES = [
  "pages/croydon-2022-23.composed.txt",
  "pages/leeds-2023-24.composed.txt",
  "pages/leeds-2023-24.composed.html",
  "pages/croydon-2024-25.composed.txt",
  "pages/croydon-2023-24.noisy.composed.txt",
  "pages/tower-hamlets-2022-23.pasted.composed.txt",
].map((path) => ({ path, text: fixture(path), parse: parseStatisticsPage }));
const LETTERS = ["letters/harrow-2019-20.txt", "letters/kent-2023-24.composed.txt", "letters/birmingham-2017-18.composed.txt"].map((path) => ({
  path,
  text: fixture(path),
  parse: parseAnnualLetter,
}));
const DOCUMENTS = [...PAGES, ...LETTERS];

type Outcome = { figures: ParsedYearFigures[] } | { error: DocumentParseError };

function outcome(run: () => ParsedYearFigures[]): Outcome {
  try {
    return { figures: run() };
  } catch (error) {
    if (error instanceof DocumentParseError) return { error };
    throw error; // anything but the typed error fails the property
  }
}

async function asyncOutcome(run: () => Promise<ParsedYearFigures[]>): Promise<Outcome> {
  try {
    return { figures: await run() };
  } catch (error) {
    if (error instanceof DocumentParseError) return { error };
    throw error;
  }
}

/** The figures of a result, without the source, the parser's notes and its recomputed checks. */
function figuresOf(results: ParsedYearFigures[]): unknown[] {
  return results.map(({ source: _source, notes: _notes, inconsistencies: _checks, ...figures }) => figures);
}

/** Every number in the figures (not the year, the source, the notes or recomputed checks). */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Every number printed in the input, read as the parsers read numbers ("1,400" is 1400). */
function numbersPrinted(input: string): Set<number> {
  const text = normaliseText(input);
  return new Set([...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ""))));
}

function expectOnlyPrintedNumbers(result: Outcome, input: string): void {
  if ("error" in result) return;
  const printed = numbersPrinted(input);
  for (const number of numbersIn(figuresOf(result.figures))) expect(printed.has(number), `${number} is not in the input`).toBe(true);
}

describe("arbitrary input yields figures or the typed error, never a crash or an invented number", () => {
  it("arbitrary text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), async (text) => {
        expectOnlyPrintedNumbers(await asyncOutcome(() => parseDocument(text)), text);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await asyncOutcome(() => parseDocument(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary bytes behind a PDF header", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const pdf = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...bytes]);
        const result = await asyncOutcome(() => parseDocument(pdf));
        expect("error" in result).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("arbitrary text and markup built from pieces of real documents", async () => {
    // Fragments of the statistics sentences and letter furniture, shuffled, with random numbers.
    const number = fc.oneof(
      fc.integer({ min: 0, max: 2000 }).map(String),
      fc.integer({ min: 0, max: 999 }).map((n) => (n / 10).toFixed(1)),
      fc.constantFrom("n/a", "1,400", "7O", "", "%", "-3"),
    );
    const fragment = fc.oneof(
      number.map((n) => `${n}% of complaints we investigated were upheld.`),
      number.map((n) => `This compares to an average of ${n}% in similar authorities.`),
      number.map((n) => `${n} upheld decisions`),
      number.map((n) => `Adjusted for Testshire County Council's population, this is ${n} upheld decisions per 100,000 residents.`),
      number.map((n) => `The average for authorities of this type is ${n} upheld decisions per 100,000 residents.`),
      number.map((n) => `In ${n}% of cases we were satisfied the Council had successfully implemented our recommendations.`),
      number.map((n) => `In ${n}% of upheld cases we found the Council had provided a satisfactory remedy.`),
      number.map((n) => `${n} satisfactory remedy decisions`),
      fc.tuple(number, fc.constantFrom("detailed investigations", "investigations", "compliance outcomes", "upheld decisions"), fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 2010, max: 2030 })).map(
        ([n, noun, from, to]) => `Statistics are based on a total of ${n} ${noun} for the period between 1 April ${from} to 31 March ${to}`,
      ),
      fc.tuple(number, number, number, number).map(([a, b, c, d]) => `we dealt with ${a} complaints. Of these, ${b} were not for us. We assessed and closed ${c} complaints. We investigated ${d} complaints.`),
      fc.tuple(number, number).map(([a, b]) => `We investigated ${a} complaints and upheld ${b}.`),
      fc.integer({ min: 2010, max: 2030 }).map((y) => `for the year ending 31 March ${y}`),
      fc.constantFrom("Dear Chief Executive", "Yours sincerely,", "London Borough of Harrow", "Annual statistics", "Complaints and enquiries received", "Decisions made", "Housing", "Total", "Upheld", "<p>", "</li>", "**", "\u00a0", "\n", "Complaints upheld"),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 14 }), fc.constantFrom("\n", " ", ""), async (parts, glue) => {
        const text = parts.join(glue);
        expectOnlyPrintedNumbers(await asyncOutcome(() => parseDocument(text)), text);
      }),
      { numRuns: 400 },
    );
  });
});

// Crawl junk that carries no statistics sentence: menus, banners, dates, page furniture.
const JUNK = fc.constantFrom(
  "Skip to main content",
  "Accept all cookies",
  "We use 3 cookies to make this site work.",
  "Share this page",
  "Page 2 of 3",
  "12 June 2024",
  "Telephone 0300 061 0614",
  "View annual letters",
  "Your council's performance",
  "£1,400 paid in remedies",
  "%",
  "24",
  "\u2022",
  "Complaints upheld",
  "Back to top",
);

/** Inserts junk lines before lines that start a sentence or heading (a capital letter). */
function insertJunk(text: string, picks: { at: number; junk: string }[]): string {
  const lines = text.split("\n");
  const starts = lines.flatMap((line, i) => (i > 0 && /^[A-Z]/.test(line.trim()) ? [i] : []));
  if (starts.length === 0) return text;
  const inserts = new Map<number, string[]>();
  for (const { at, junk } of picks) {
    const line = starts[at % starts.length]!;
    inserts.set(line, [...(inserts.get(line) ?? []), junk]);
  }
  return lines.flatMap((line, i) => [...(inserts.get(i) ?? []), line]).join("\n");
}

/** Breaks long lines (sentences, not names) at some of their spaces. */
function breakLines(text: string, every: number): string {
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= 40) return line;
      let count = 0;
      return line.replace(/ /g, () => (++count % every === 0 ? "\n" : " "));
    })
    .join("\n");
}

describe("mutations of valid documents parse to the same figures or fail with the typed error", () => {
  const document = fc.constantFrom(...DOCUMENTS);

  it("every fixture parses without error to begin with", () => {
    for (const doc of DOCUMENTS) expect(doc.parse(doc.text).length, doc.path).toBe(1);
  });

  it("crawl junk inserted between lines", () => {
    fc.assert(
      fc.property(document, fc.array(fc.record({ at: fc.nat(), junk: JUNK }), { minLength: 1, maxLength: 8 }), (doc, picks) => {
        const original = figuresOf(doc.parse(doc.text));
        const mutated = insertJunk(doc.text, picks);
        const result = outcome(() => doc.parse(mutated));
        if ("figures" in result) expect(figuresOf(result.figures)).toEqual(original);
      }),
      { numRuns: 150 },
    );
  });

  it("hard line breaks inside sentences", () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 9 }), (doc, every) => {
        const original = figuresOf(doc.parse(doc.text));
        const result = outcome(() => doc.parse(breakLines(doc.text, every)));
        if ("figures" in result) expect(figuresOf(result.figures)).toEqual(original);
      }),
      { numRuns: 100 },
    );
  });

  it("odd spacing: non-breaking spaces, doubled spaces, curly apostrophes", () => {
    fc.assert(
      fc.property(document, fc.constantFrom("\u00a0", "  ", " \u00a0"), (doc, space) => {
        const original = figuresOf(doc.parse(doc.text));
        const noisy = doc.text.replace(/ (?=[a-z0-9])/g, space).replace(/'/g, "\u2019");
        const result = outcome(() => doc.parse(noisy));
        if ("figures" in result) expect(figuresOf(result.figures)).toEqual(original);
      }),
      { numRuns: 40 },
    );
  });

  it("truncation: a copy cut off anywhere keeps only figures the whole document has", () => {
    fc.assert(
      fc.property(document, fc.double({ min: 0, max: 1, noNaN: true }), (doc, fraction) => {
        const [whole] = doc.parse(doc.text) as [ParsedYearFigures];
        const cut = doc.text.slice(0, Math.floor(doc.text.length * fraction));
        const result = outcome(() => doc.parse(cut));
        if ("error" in result) return;
        expect(result.figures).toHaveLength(1);
        const [part] = result.figures as [ParsedYearFigures];
        expect(part.authority).toBe(whole.authority);
        expect(part.year).toBe(whole.year);
        // Each figure the cut copy gives is the whole document's figure.
        const wholeFigures = figuresOf([whole])[0] as Record<string, Record<string, unknown> | string>;
        for (const [block, values] of Object.entries(figuresOf([part])[0] as Record<string, Record<string, unknown> | string>)) {
          if (typeof values === "string") continue;
          for (const [name, value] of Object.entries(values)) {
            expect((wholeFigures[block] as Record<string, unknown>)[name], `${doc.path} ${block}.${name}`).toEqual(value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
