import { describe, expect, it } from "vitest";
import { describePlace, placeBlock, rangePlace, readRegisterLink, registerLinkValue, type RegisterLink } from "./register-link";

const link: RegisterLink = {
  council: "E09000015",
  councilName: "London Borough of Harrow",
  place: { kind: "range", sheet: "Complaints 2019-20", address: "A4:K4" },
  mapping: {
    headerRow: 1,
    columns: {
      reference: { index: 0, header: "Case Ref" },
      lgscoDecision: { index: 6, header: "LGSCO Decision" },
      lgscoDecisionDate: { index: 7, header: "Date of LGSCO decision" },
    },
  },
};

describe("the register link kept in the workbook's settings", () => {
  it("round-trips through plain JSON", () => {
    const kept = JSON.parse(JSON.stringify(registerLinkValue(link))) as unknown;
    expect(readRegisterLink(kept)).toEqual({ link });
    const table: RegisterLink = { ...link, place: { kind: "table", table: "Complaints" } };
    expect(readRegisterLink(JSON.parse(JSON.stringify(registerLinkValue(table))))).toEqual({ link: table });
  });

  it("is absent when nothing was saved", () => {
    expect(readRegisterLink(null)).toEqual({});
    expect(readRegisterLink(undefined)).toEqual({});
  });

  it.each([
    ["not an object", "register"],
    ["no council", { ...registerLinkValue(link), council: undefined }],
    ["a council that is not a GSS code", { ...registerLinkValue(link), council: "Harrow" }],
    ["a place of an unknown kind", { ...registerLinkValue(link), place: { kind: "chart", name: "x" } }],
    ["a range that is not an address", { ...registerLinkValue(link), place: { kind: "range", sheet: "Log", address: "here" } }],
    ["a header row of 0", { ...registerLinkValue(link), mapping: { headerRow: 0, columns: {} } }],
    ["a field we do not know", { ...registerLinkValue(link), mapping: { headerRow: 1, columns: { officer: { index: 3, header: "Officer" } } } }],
    ["a negative column", { ...registerLinkValue(link), mapping: { headerRow: 1, columns: { reference: { index: -1, header: "Ref" } } } }],
  ])("drops a saved link with %s, saying so plainly", (_case, raw) => {
    expect(readRegisterLink(raw)).toEqual({ problem: "The link to your complaints register saved in this workbook could not be read; link the register again." });
  });

  it("names the place in the analyst's words", () => {
    expect(describePlace({ kind: "table", table: "Complaints" })).toBe('the table "Complaints"');
    expect(describePlace(link.place)).toBe('columns A to K of the sheet "Complaints 2019-20", from row 4 down');
    expect(describePlace(rangePlace("Log", { top: 0, left: 2, bottom: 0, right: 2 }))).toBe('column C of the sheet "Log", from row 1 down');
  });

  it("keeps a range's columns and first row", () => {
    expect(placeBlock({ kind: "range", sheet: "Log", address: "B3:F9" })).toEqual({ top: 2, left: 1, bottom: 8, right: 5 });
    expect(rangePlace("Log", { top: 2, left: 1, bottom: 2, right: 5 })).toEqual({ kind: "range", sheet: "Log", address: "B3:F3" });
  });
});
