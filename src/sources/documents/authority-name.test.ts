import { describe, expect, it } from "vitest";
import { authorityFromPopulationSentence, looksLikeAuthorityName, tidyAuthorityName } from "./authority-name";

describe("tidyAuthorityName", () => {
  it("keeps LGSCO's name as written", () => {
    expect(tidyAuthorityName("London Borough of Hammersmith & Fulham")).toBe("London Borough of Hammersmith & Fulham");
    expect(tidyAuthorityName("Kingston upon Hull City Council")).toBe("Kingston upon Hull City Council");
  });

  it("undoes odd capitals and shouting from a crawl", () => {
    expect(tidyAuthorityName("City Of York Council")).toBe("City of York Council");
    expect(tidyAuthorityName("Stockton-On-Tees Borough Council")).toBe("Stockton-on-Tees Borough Council");
    expect(tidyAuthorityName("LEEDS CITY COUNCIL")).toBe("Leeds City Council");
  });

  it("refuses text that cannot be a council's name", () => {
    expect(tidyAuthorityName("73% of complaints we investigated")).toBeUndefined();
    expect(tidyAuthorityName("x")).toBeUndefined();
    expect(tidyAuthorityName("Council ".repeat(20))).toBeUndefined();
  });
});

describe("looksLikeAuthorityName", () => {
  it("accepts council names in an address block or heading", () => {
    for (const name of ["London Borough of Harrow", "Devon County Council", "City of London Corporation", "Council of the Isles of Scilly", "Wiltshire Council"]) {
      expect(looksLikeAuthorityName(name), name).toBe(true);
    }
  });

  it("rejects roles, greetings, the letterhead, block headings, street lines and name fragments", () => {
    for (const line of ["Chief Executive", "Leader of the Council", "Dear Mr Harriss", "Local Government & Social Care OMBUDSMAN", "Satisfactory remedies provided by the Council", "Your council's performance", "22 July 2020", "Council House", "County Council", "London Borough of", "Council"]) {
      expect(looksLikeAuthorityName(line), line).toBe(false);
    }
  });
});

describe("authorityFromPopulationSentence", () => {
  it("reads the name in 'Adjusted for X's population'", () => {
    expect(authorityFromPopulationSentence("Adjusted for Devon County Council's population, this is 8.2 upheld")).toBe("Devon County Council");
    expect(authorityFromPopulationSentence("Adjusted For London Borough Of Croydon's Population, this is")).toBe("London Borough of Croydon");
    expect(authorityFromPopulationSentence("adjusted for St Helens' population, this is")).toBe("St Helens");
  });

  it("finds nothing without the sentence", () => {
    expect(authorityFromPopulationSentence("73% of complaints we investigated were upheld.")).toBeUndefined();
  });
});
