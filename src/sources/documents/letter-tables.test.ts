import { describe, expect, it } from "vitest";
import { textLines, normaliseText } from "./normalise-text";
import { DocumentParseError } from "./parse-error";
import { readLetterTables } from "./letter-tables";

// Tables composed by us from published figures: Birmingham City Council, year ending 31 March 2018
// (source: https://www.birminghampost.co.uk/news/regional-affairs/number-people-who-complained-birmingham-14952332).
const RECEIVED = { adult_care: 51, benefits_tax: 97, corporate_other: 18, education_childrens: 49, environment_regulation: 93, highways_transport: 29, housing: 102, planning_development: 13, other: 3 };
const DECISIONS = { invalidOrIncomplete: 21, adviceGiven: 34, referredBackForLocalResolution: 221, closedAfterInitialEnquiries: 93, notUpheld: 29, upheld: 43, upholdRate: 60, total: 441 };

const lines = (text: string) => textLines(normaliseText(text));

describe("readLetterTables", () => {
  it("reads a table copied as a heading row and a figure row", () => {
    const text = [
      "Complaints and enquiries received",
      "Adult Care Services | Benefits & Tax | Corporate & Other Services | Education & Children's Services | Environment Services | Highways & Transport | Housing | Planning & Development | Other | Total",
      "51 | 97 | 18 | 49 | 93 | 29 | 102 | 13 | 3 | 455",
      "Decisions made",
      "Detailed Investigations",
      "Incomplete or Invalid\tAdvice Given\tReferred back for Local Resolution\tClosed After Initial Enquiries\tNot Upheld\tUpheld\tUphold Rate (%)\tTotal",
      "21\t34\t221\t93\t29\t43\t60\t441",
      "Note: Our uphold rate is calculated in relation to the total number of detailed investigations.",
    ].join("\n");
    expect(readLetterTables(lines(text))).toEqual({ received: { total: 455, byCategory: RECEIVED }, decisions: DECISIONS });
  });

  it("reads a table with each heading followed by its figure", () => {
    const text = "Decisions made\nIncomplete or invalid: 21\nAdvice given: 34\nReferred back for local resolution: 221\nClosed after initial enquiries: 93\nNot upheld: 29\nUpheld: 43\nUphold rate: 60%\nTotal: 441\n\nYours sincerely,";
    expect(readLetterTables(lines(text))).toEqual({ decisions: DECISIONS });
  });

  it("ignores a year column such as 2017/18", () => {
    const text = "Complaints and enquiries received\nHousing Other Total\n2017/18 102 3 105";
    expect(readLetterTables(lines(text))?.received).toEqual({ total: 105, byCategory: { housing: 102, other: 3 } });
  });

  it("finds no table in a letter without one, nor in prose broken after 'decisions made'", () => {
    expect(readLetterTables(lines("Dear Chief Executive\nWe write about complaints and enquiries received this year."))).toBeUndefined();
    expect(readLetterTables(lines("statistics on the\ndecisions made\nby the Ombudsman about your authority. Upheld 24 and Total 33."))).toBeUndefined();
  });

  it("refuses a table whose headings and figures do not pair up", () => {
    const text = "Complaints and enquiries received\nAdult Care Services Benefits and Tax Housing Total\n51 97 102";
    expect(() => readLetterTables(lines(text))).toThrow(DocumentParseError);
    expect(() => readLetterTables(lines(text))).toThrow(/4 column headings but 3 figures/);
  });

  it("refuses a table heading with no recognisable column headings", () => {
    expect(() => readLetterTables(lines("Decisions made\nFoo Bar Baz\n1 2 3"))).toThrow(/none of its column headings/);
  });

  it("refuses a count that is not a whole number", () => {
    expect(() => readLetterTables(lines("Complaints and enquiries received\nHousing Total\n10.5 11"))).toThrow(/not a whole number/);
  });
});
