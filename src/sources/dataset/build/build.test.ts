// Tables composed by us for these tests: a few register rows copied from data/authorities.csv
// and figure rows that are NOT published figures (values chosen to exercise the rules). Sources
// are real-looking addresses only so that they classify as a statistics page, letter, council
// report or press.
import { describe, expect, it } from "vitest";
import { thrown } from "../../../../test/support/expected-error";
import { sourceOfFigure } from "../../../domain/figure-sources";
import { buildDataset, DatasetBuildError, type DatasetInputs } from "./build";

const AUTHORITIES = `gss_code,name,short_name,lgsco_type,lgsco_slug,slug_confirmed_by,guessed_slug,valid_from,valid_to,notes
E09000008,London Borough of Croydon,Croydon,London Borough,london-borough-of-croydon,https://www.lgo.org.uk/your-councils-performance/london-borough-of-croydon/statistics,,,,ONS name: Croydon
E08000035,Leeds City Council,Leeds,Metropolitan Borough,leeds-city-council,https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics,,,,ONS name: Leeds
E08000030,Walsall Metropolitan Borough Council,Walsall,Metropolitan Borough,,,walsall-metropolitan-borough-council,,,ONS name: Walsall
E06000029,Poole Borough Council,Poole,Unitary Council,poole-borough-council,https://lgo.org.uk/your-councils-performance/poole-borough-council/statistics,,,2019-03-31,ONS name: Poole | abolished; successor(s): E06000058 Bournemouth
E06000058,"Bournemouth, Christchurch and Poole Council","Bournemouth, Christchurch and Poole",Unitary Council,,,bournemouth-christchurch-and-poole-council,2019-04-01,,ONS name: Bournemouth | replaced: E06000029 Poole Borough Council (to 2019-03-31)
`;
const HEADER = "authority,authority_type,year_ending,metric,value,numerator,denominator,similar_average,source";
const PAGE = "https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics";
const CROYDON_PAGE = "https://www.lgo.org.uk/your-councils-performance/london-borough-of-croydon/statistics";
const LETTER = "Annual Review letter 2020 to London Borough of Croydon (composed for a test)";
const COUNCIL_SITE = "https://democracy.leeds.gov.uk/documents/ombudsman-report";
const PRESS_A = "https://press-a.example.co.uk/story";
const PRESS_B = "https://press-b.example.co.uk/story";
const AS_OF = JSON.stringify({ asOf: "2026-11-26", meaning: "test tables" });
const NO_DECISIONS = "authority,year_ending,metric,prefer_source,reason\n";

function inputs(rows: string[], decisions = NO_DECISIONS): DatasetInputs {
  return { authoritiesCsv: AUTHORITIES, figuresCsv: [HEADER, ...rows].join("\n") + "\n", decisionsCsv: decisions, asOfJson: AS_OF };
}

function problemsOf(rows: string[], decisions?: string): string[] {
  return thrown(DatasetBuildError, () => buildDataset(inputs(rows, decisions))).problems;
}

function record(built: ReturnType<typeof buildDataset>, gss: string, year: string) {
  const found = built.figures.councils.find((entry) => entry.gss === gss && entry.year === year);
  if (!found) throw new Error(`no record for ${gss} ${year}`);
  return found;
}

describe("mapping metrics to YearFigures", () => {
  const built = buildDataset(
    inputs([
      `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,75,44,59,80,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_per_100k_residents,5.3,,,4.4,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,compliance_rate_pct,100,,33,99,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,satisfactory_remedy_pct,18,8,44,14,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2025-03-31,complaints_dealt_with,227,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2025-03-31,not_for_us,63,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2025-03-31,assessed_and_closed,96,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2025-03-31,investigated,68,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2018-03-31,complaints_received,186,,,,${PRESS_A}`,
      `Leeds City Council,Metropolitan Borough,2018-03-31,complaints_received_housing,16,,,,${PRESS_A}`,
      `Leeds City Council,Metropolitan Borough,2018-03-31,complaints_received_education_childrens,46,,,,${PRESS_A}`,
      `Leeds City Council,Metropolitan Borough,2018-03-31,decisions_total,200,,,,${PRESS_A}`,
      `Leeds City Council,Metropolitan Borough,2018-03-31,decided_referred_back_local_resolution,62,,,,${PRESS_A}`,
      `Leeds City Council,Metropolitan Borough,2018-03-31,decided_upheld,22,,33,,${PRESS_A}`,
      `Leeds City Council,Metropolitan Borough,2018-03-31,remedied_by_ombudsman_count,18,,,,${PRESS_A}`,
      `All authorities (England),National,2019-03-31,complaints_received,16899,,,,${PRESS_B}`,
      `All authorities (England),National,2019-03-31,compliance_rate_pct,99.4,,,,${PRESS_B}`,
      `Transport for London,Other,2019-03-31,complaints_received,278,,,,${PRESS_B}`,
    ]),
  );

  it("maps the key statistics with their counts, bases and averages", () => {
    expect(record(built, "E08000035", "2023-24")).toMatchObject({
      authority: "Leeds City Council",
      upheld: { rate: 75, count: 44, of: 59, similarAverage: 80 },
      upheldPer100k: { value: 5.3, similarAverage: 4.4 },
      compliance: { rate: 100, of: 33, similarAverage: 99 },
      satisfactoryRemedy: { rate: 18, count: 8, of: 44, similarAverage: 14 },
      source: { kind: "statistics-page", url: PAGE },
    });
  });

  it("maps the 2024-25 overview, received by category and decisions by outcome", () => {
    expect(record(built, "E08000035", "2024-25").overview).toEqual({ dealtWith: 227, notForUs: 63, assessedAndClosed: 96, investigated: 68 });
    const older = record(built, "E08000035", "2017-18");
    expect(older.received).toEqual({ total: 186, byCategory: { education_childrens: 46, housing: 16 } });
    expect(older.decisions).toEqual({ total: 200, detailedInvestigations: 33, referredBackForLocalResolution: 62, upheld: 22 });
  });

  it("keeps a count as a count: no upheld rate is derived from upheld decisions", () => {
    expect(record(built, "E08000035", "2017-18").upheld).toBeUndefined();
  });

  it("keeps figures with no YearFigures field as other figures, with their source", () => {
    expect(record(built, "E08000035", "2017-18").otherFigures).toEqual([
      { metric: "remedied_by_ombudsman_count", value: 18, source: { kind: "press", url: PRESS_A } },
    ]);
  });

  it("keeps England's figures apart and leaves out bodies LGSCO does not compare", () => {
    expect(built.figures.national).toEqual([
      expect.objectContaining({ authority: "All authorities (England)", year: "2018-19", received: { total: 16899 }, compliance: { rate: 99.4 } }),
    ]);
    expect(built.figures.councils.every((entry) => entry.authority !== "Transport for London")).toBe(true);
    expect(built.summary.join("\n")).toMatch(/1 rows of bodies LGSCO does not compare/);
  });

  it("collects the published similar-authority averages per type and year", () => {
    expect(built.figures.similarAverages).toEqual([
      {
        type: "Metropolitan Borough",
        year: "2023-24",
        upheld: 80,
        upheldPer100k: 4.4,
        compliance: 99,
        satisfactoryRemedy: 14,
        sources: {
          upheld: { kind: "statistics-page", url: PAGE },
          upheldPer100k: { kind: "statistics-page", url: PAGE },
          compliance: { kind: "statistics-page", url: PAGE },
          satisfactoryRemedy: { kind: "statistics-page", url: PAGE },
        },
      },
    ]);
  });
});

describe("repeated rows merge", () => {
  it("merges equal figures from several sources, citing the best and noting nothing", () => {
    const built = buildDataset(
      inputs([
        `Leeds City Council,Metropolitan Borough,2024-03-31,satisfactory_remedy_pct,6,2,,,${PRESS_A}`,
        `Leeds City Council,Metropolitan Borough,2024-03-31,satisfactory_remedy_pct,6,,31,,${COUNCIL_SITE}`,
      ]),
    );
    const merged = record(built, "E08000035", "2023-24");
    expect(merged.satisfactoryRemedy).toEqual({ rate: 6, count: 2, of: 31 });
    expect(merged.notes).toBeUndefined();
    expect(sourceOfFigure(merged, "satisfactoryRemedy.rate")).toEqual({ kind: "council-report", url: COUNCIL_SITE });
    expect(sourceOfFigure(merged, "satisfactoryRemedy.of")).toEqual({ kind: "council-report", url: COUNCIL_SITE });
    expect(sourceOfFigure(merged, "satisfactoryRemedy.count")).toEqual({ kind: "press", url: PRESS_A });
  });

  it("is byte-identical for the same input", () => {
    const rows = [
      `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,75,44,59,80,${PAGE}`,
      `London Borough of Croydon,London Borough,2019-03-31,complaints_received,213,,,,${PRESS_A}`,
    ];
    const first = buildDataset(inputs(rows));
    const second = buildDataset(inputs(rows));
    expect(second.figuresJson).toBe(first.figuresJson);
    expect(second.authoritiesJson).toBe(first.authoritiesJson);
    expect(JSON.parse(first.figuresJson)).toEqual(first.figures);
  });
});

describe("disagreeing sources", () => {
  it("prefers LGSCO's page over the press and keeps the other figure as a note", () => {
    const built = buildDataset(
      inputs([
        `Leeds City Council,Metropolitan Borough,2024-03-31,decided_upheld,42,,,,${PRESS_A}`,
        `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,75,44,59,80,${PAGE}`,
      ]),
    );
    const merged = record(built, "E08000035", "2023-24");
    // The press's 42 upheld decisions is the same quantity as the page's 44: it loses.
    expect(merged.upheld).toEqual({ rate: 75, count: 44, of: 59, similarAverage: 80 });
    expect(merged.decisions).toBeUndefined();
    expect(merged.notes).toEqual([
      `Leeds City Council 2023-24 upheld decisions: 44 from LGSCO's statistics page (${PAGE}) is used; a press report (${PRESS_A}) gave 42 (LGSCO's statistics page ranks first).`,
    ]);
  });

  it("ranks a letter above a council report above the press", () => {
    const built = buildDataset(
      inputs([
        `London Borough of Croydon,London Borough,2020-03-31,complaints_received,150,,,,${PRESS_A}`,
        `London Borough of Croydon,London Borough,2020-03-31,complaints_received,151,,,,https://www.croydon.gov.uk/complaints-report`,
        `London Borough of Croydon,London Borough,2020-03-31,complaints_received,152,,,,${LETTER}`,
      ]),
    );
    const merged = record(built, "E09000008", "2019-20");
    expect(merged.received).toEqual({ total: 152 });
    expect(merged.source).toEqual({ kind: "annual-letter", title: LETTER });
    expect(merged.notes).toHaveLength(2);
    expect(merged.notes?.[0]).toContain("gave 150");
    expect(merged.notes?.[1]).toContain("gave 151");
  });

  it("fails, naming the lines, when sources of the same rank disagree", () => {
    const problems = problemsOf([
      `London Borough of Croydon,London Borough,2019-03-31,complaints_received,213,,,,${PRESS_A}`,
      `London Borough of Croydon,London Borough,2019-03-31,complaints_received,211,,,,${PRESS_B}`,
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/lgsco-figures\.csv lines 2, 3: London Borough of Croydon 2018-19 complaints and enquiries received: sources of the same rank disagree/);
    expect(problems[0]).toContain("data/source-decisions.csv");
  });

  it("settles a same-rank disagreement by a recorded decision, keeping the other figure as a note", () => {
    const decisions = `${NO_DECISIONS}Croydon,2019-03-31,complaints_received,${PRESS_B},"a test decision, composed by us"\n`;
    const built = buildDataset(
      inputs(
        [
          `London Borough of Croydon,London Borough,2019-03-31,complaints_received,213,,,,${PRESS_A}`,
          `London Borough of Croydon,London Borough,2019-03-31,complaints_received,211,,,,${PRESS_B}`,
        ],
        decisions,
      ),
    );
    const merged = record(built, "E09000008", "2018-19");
    expect(merged.received).toEqual({ total: 211 });
    expect(merged.source).toEqual({ kind: "press", url: PRESS_B });
    expect(merged.notes).toEqual([
      `London Borough of Croydon 2018-19 complaints and enquiries received: 211 from a press report (${PRESS_B}) is used; a press report (${PRESS_A}) gave 213 (the project's choice between sources of the same rank: a test decision, composed by us).`,
    ]);
  });

  it("fails on a decision that settles nothing", () => {
    const decisions = `${NO_DECISIONS}Croydon,2019-03-31,complaints_received,${PRESS_B},stale\n`;
    expect(problemsOf([`London Borough of Croydon,London Borough,2019-03-31,complaints_received,211,,,,${PRESS_B}`], decisions)).toEqual([
      "data/source-decisions.csv line 2: settles no disagreement in the figures table; remove it",
    ]);
  });

  it("fails when two councils' pages give different averages for the same type and year", () => {
    const problems = problemsOf([
      `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,75,44,59,80,${PAGE}`,
      `Walsall Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,70,,,81,https://www.lgo.org.uk/your-councils-performance/walsall-metropolitan-borough-council/statistics`,
    ]);
    expect(problems).toEqual([expect.stringMatching(/^data\/lgsco-figures\.csv lines 2, 3: Metropolitan Borough 2023-24 similar authorities' average \(upheld\)/)]);
  });
});

describe("lower-quality rows", () => {
  it("never become the figure: they are listed apart and noted", () => {
    const built = buildDataset(
      inputs([
        `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,75,44,59,80,${PAGE}`,
        `Leeds City Council,Metropolitan Borough,2024-03-31,decided_upheld_secondary_foi,42,,,,${PRESS_A}`,
        `Leeds City Council,Metropolitan Borough,2024-03-31,complaints_received_secondary_foi,211,,,,${PRESS_A}`,
        `Walsall Council,Metropolitan Borough,2025-03-31,complaints_received_council_reported,77,,,,${COUNCIL_SITE}`,
      ]),
    );
    const leeds = record(built, "E08000035", "2023-24");
    expect(leeds.decisions).toBeUndefined();
    expect(leeds.received).toBeUndefined();
    expect(leeds.upheld?.count).toBe(44);
    expect(leeds.notes).toEqual([
      `Not used as figures, being from a third party's analysis of FOI data (${PRESS_A}): upheld decisions 42; complaints and enquiries received 211.`,
    ]);
    // A council-year with nothing but lower-quality figures has no record at all.
    expect(built.figures.councils.some((entry) => entry.gss === "E08000030")).toBe(false);
    expect(built.figures.lowerQuality).toEqual([
      { gss: "E08000035", authority: "Leeds City Council", year: "2023-24", metric: "decided_upheld", quality: "secondary-foi", value: 42, source: { kind: "press", url: PRESS_A } },
      { gss: "E08000035", authority: "Leeds City Council", year: "2023-24", metric: "complaints_received", quality: "secondary-foi", value: 211, source: { kind: "press", url: PRESS_A } },
      {
        gss: "E08000030",
        authority: "Walsall Metropolitan Borough Council",
        year: "2024-25",
        metric: "complaints_received",
        quality: "council-reported",
        value: 77,
        source: { kind: "council-report", url: COUNCIL_SITE },
      },
    ]);
  });
});

describe("rows the build cannot use", () => {
  it("fails on a council it cannot match, naming the row and line", () => {
    expect(problemsOf([`Atlantis Borough Council,District Council,2020-03-31,complaints_received,5,,,,${PRESS_A}`])).toEqual([
      `data/lgsco-figures.csv line 2 (Atlantis Borough Council, 2020-03-31, complaints_received): the council is not matched in the register: No council in the register matches "Atlantis Borough Council".`,
    ]);
  });

  it("fails on a council matched under another type, or in a year before it began", () => {
    expect(problemsOf([`Leeds City Council,Unitary Council,2020-03-31,complaints_received,5,,,,${PRESS_A}`])[0]).toMatch(
      /line 2 .*matched Leeds City Council \(E08000035\), which the register types Metropolitan Borough, not Unitary Council/,
    );
    expect(problemsOf([`"Bournemouth, Christchurch and Poole Council",Unitary Council,2018-03-31,complaints_received,5,,,,${PRESS_A}`])[0]).toMatch(
      /line 2 .*matched Bournemouth, Christchurch and Poole Council \(E06000058\), which did not exist yet in 2017-18/,
    );
  });

  it("fails on a source that names a file of this repository instead of the document", () => {
    expect(problemsOf([`London Borough of Croydon,London Borough,2020-03-31,upheld_rate_pct,50,1,2,,${LETTER} (shared/fixtures/letters/croydon.txt)`])).toEqual([
      `data/lgsco-figures.csv line 2 (London Borough of Croydon, 2020-03-31, upheld_rate_pct): source "${LETTER} (shared/fixtures/letters/croydon.txt)" names a file of this repository: cite the document (title, date, address)`,
    ]);
  });

  it("keeps a sourced row for a year after the council was abolished (LGSCO decides complaints about it then)", () => {
    const poolePage = "https://lgo.org.uk/your-councils-performance/poole-borough-council/statistics";
    const built = buildDataset(inputs([`Poole Borough Council,Unitary Council,2020-03-31,upheld_rate_pct,50,1,2,,${poolePage}`]));
    expect(record(built, "E06000029", "2019-20")).toMatchObject({
      authority: "Poole Borough Council",
      upheld: { rate: 50, count: 1, of: 2 },
      source: { kind: "statistics-page", url: poolePage },
    });
  });

  it("matches a press name by meaning and picks the council of the row's year", () => {
    const built = buildDataset(
      inputs([
        `Walsall Council,Metropolitan Borough,2018-03-31,complaints_received,72,,,,${PRESS_A}`,
        `Poole,Unitary Council,2018-03-31,complaints_received,40,,,,${PRESS_A}`,
      ]),
    );
    expect(record(built, "E08000030", "2017-18").authority).toBe("Walsall Metropolitan Borough Council");
    expect(record(built, "E06000029", "2017-18").received).toEqual({ total: 40 });
  });

  it("lists every bad field, each with its line", () => {
    const problems = problemsOf([
      `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_ratio,75,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-30,complaints_received,75,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,175,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,upheld_rate_pct,75,60,59,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,complaints_received,7.5,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,complaints_received,about 70,,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,compliance_rate_pct,100,3,,,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,complaints_received,70,,,50,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,complaints_received,70,,,,a chat with a neighbour`,
      `Leeds City Council,Parish,2024-03-31,complaints_received,70,,,,${PAGE}`,
      `All authorities (England),National,2024-03-31,upheld_rate_pct,80,,,79,${PAGE}`,
      `Leeds City Council,Metropolitan Borough,2024-03-31,complaints_received,,,,,${PAGE}`,
    ]);
    expect(problems.map((problem) => problem.replace(/ \(.*?\): /, ": "))).toEqual([
      'data/lgsco-figures.csv line 2: metric "upheld_ratio" is not one the build knows (see shared/data/README.md)',
      'data/lgsco-figures.csv line 3: year_ending "2024-03-30" is not 31 March of a year',
      "data/lgsco-figures.csv line 4: value 175 is over 100%",
      "data/lgsco-figures.csv line 5: numerator 60 is larger than denominator 59",
      "data/lgsco-figures.csv line 6: value 7.5 is not a whole number",
      'data/lgsco-figures.csv line 7: value "about 70" is not a number',
      "data/lgsco-figures.csv line 8: numerator has no meaning for compliance_rate_pct",
      "data/lgsco-figures.csv line 9: similar_average has no meaning for complaints_received",
      'data/lgsco-figures.csv line 10: source "a chat with a neighbour" is neither an http(s) address nor an Annual Review letter\'s title',
      'data/lgsco-figures.csv line 11: authority_type "Parish" is not one of County Council, District Council, Metropolitan Borough, Unitary Council, London Borough, National, Other',
      "data/lgsco-figures.csv line 12: a national figure has no similar-authority average",
      "data/lgsco-figures.csv line 13: value is empty",
    ]);
  });

  it("fails on a header that is not the expected one", () => {
    const broken = { ...inputs([]), figuresCsv: "authority,year,metric\nLeeds,2024,x\n" };
    expect(() => buildDataset(broken)).toThrow(/header is "authority,year,metric"/);
  });

  it("fails on an as-of file that does not say what it means", () => {
    expect(() => buildDataset({ ...inputs([]), asOfJson: '{"asOf":"2026-11-26"}' })).toThrow(/dataset-as-of\.json/);
  });
});

describe("the record's source", () => {
  it("is the source of most of its figures; the others are listed figure by figure", () => {
    const built = buildDataset(
      inputs([
        `London Borough of Croydon,London Borough,2024-03-31,upheld_rate_pct,90,43,48,85,${CROYDON_PAGE}`,
        `London Borough of Croydon,London Borough,2024-03-31,complaints_received,200,,,,${PRESS_A}`,
      ]),
    );
    const merged = record(built, "E09000008", "2023-24");
    expect(merged.source).toEqual({ kind: "statistics-page", url: CROYDON_PAGE });
    expect(merged.figureSources).toEqual({ "received.total": { kind: "press", url: PRESS_A } });
  });
});
