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

const fixture = (path: string) => readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), "utf8");

const PAGES = [
  "pages/croydon-2022-23.composed.txt",
  "pages/leeds-2023-24.composed.txt",
  "pages/leeds-2023-24.composed.html",
  "pages/croydon-2024-25.composed.txt",
  "pages/croydon-2023-24.noisy.composed.txt",
  "pages/tower-hamlets-2022-23.pasted.composed.txt",
  "pages/sheffield-2022-23.real.txt",
  "pages/wiltshire-2023-24.real.txt",
  "pages/birmingham-2023-24.real.txt",
  "pages/nottingham-2023-24.real.txt",
  "pages/brighton-hove-2024-25.real.txt",
  "pages/birmingham-2024-25.real.txt",
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

  it("documents built from the statistics sentences with random figures, plus stray fragments", async () => {
    // A page or letter in the known sentence forms with random figures and random blocks left
    // out, into which random fragments (some malformed) are put at random lines.
    const rate = fc.integer({ min: 0, max: 100 }).map(String);
    const average = fc.oneof({ weight: 5, arbitrary: rate }, { weight: 1, arbitrary: fc.constant("n/a") });
    const count = fc.integer({ min: 0, max: 300 }).map(String);
    const per100k = fc.integer({ min: 0, max: 999 }).map((n) => (n / 10).toFixed(n % 3 === 0 ? 0 : 1));
    const period = (end: number, base: string, noun: string) => `Statistics are based on a total of ${base} ${noun} for the period between 1 April ${end - 1} to 31 March ${end}`;
    const skeleton = fc
      .record({
        letter: fc.boolean(),
        end: fc.integer({ min: 2016, max: 2026 }),
        upheld: fc.option(fc.tuple(rate, average, count, count, fc.option(fc.tuple(per100k, fc.option(per100k))))),
        compliance: fc.option(fc.tuple(rate, average, count)),
        remedy: fc.option(fc.tuple(rate, average, count, count, fc.boolean())),
        overview: fc.option(fc.tuple(count, count, count, count)),
      })
      .map(({ letter, end, upheld, compliance, remedy, overview }) => {
        const lines = letter ? ["Chief Executive", "Testshire County Council", "Dear Chief Executive", `for the year ending 31 March ${end}`] : ["Testshire County Council", "Annual statistics"];
        if (overview) {
          const [a, b, c, d] = overview;
          lines.push(`We dealt with ${a} complaints. Of these, ${b} were not for us or not ready for us to investigate. We assessed and closed ${c} complaints. We investigated ${d} complaints.`);
        }
        if (upheld) {
          const [r, avg, n, of, per] = upheld;
          lines.push(`${r}% of complaints we investigated were upheld.`, `This compares to an average of ${avg}% in similar authorities.`, `${n} upheld decisions`);
          if (per) lines.push(`Adjusted for Testshire County Council's population, this is ${per[0]} upheld decisions per 100,000 residents.`);
          if (per?.[1]) lines.push(`The average for authorities of this type is ${per[1]} upheld decisions per 100,000 residents.`);
          lines.push(period(end, of, "detailed investigations"));
        }
        if (compliance) {
          const [r, avg, of] = compliance;
          lines.push(`In ${r}% of cases we were satisfied the Council had successfully implemented our recommendations.`, `This compares to an average of ${avg}% in similar authorities.`, period(end, of, "compliance outcomes"));
        }
        if (remedy) {
          const [r, avg, n, of, baseIsUpheld] = remedy;
          lines.push(`In ${r}% of upheld cases we found the Council had provided a satisfactory remedy before the complaint reached the Ombudsman.`, `This compares to an average of ${avg}% in similar authorities.`, `${n} satisfactory remedy decisions`, period(end, of, baseIsUpheld ? "upheld decisions" : "investigations"));
        }
        return lines;
      });
    const stray = fc.oneof(
      fc.constantFrom("7O% of complaints we investigated were upheld.", "This compares to an average of % in similar authorities.", "n/a upheld decisions", "Page 2 of 3", "View upheld decisions", "**", "<p>", "\u00a0", "Upheld", "Total 12"),
      fc.integer({ min: 0, max: 500 }).map((n) => `${n} upheld decisions`),
      fc.integer({ min: 0, max: 500 }).map((n) => `We use ${n} cookies.`),
      fc.string({ maxLength: 12 }),
    );
    let parsed = 0;
    await fc.assert(
      fc.asyncProperty(skeleton, fc.array(fc.tuple(fc.nat(), stray), { maxLength: 3 }), fc.constantFrom("\n", " "), async (lines, strays, glue) => {
        const all = [...lines];
        for (const [at, fragment] of strays) all.splice(at % (all.length + 1), 0, fragment);
        const text = all.join(glue);
        const result = await asyncOutcome(() => parseDocument(text));
        if ("figures" in result) parsed++;
        expectOnlyPrintedNumbers(result, text);
      }),
      { numRuns: 400 },
    );
    // The property means something only if a fair share of these documents parse.
    expect(parsed).toBeGreaterThan(120);
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
