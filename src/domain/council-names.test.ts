import { describe, expect, it } from "vitest";
import { coreCouncilName, editDistance, normaliseCouncilName } from "./council-names";

describe("normaliseCouncilName", () => {
  it("ignores case, apostrophes, punctuation and reads & as and", () => {
    expect(normaliseCouncilName("Brighton & Hove City Council")).toBe("brighton and hove city council");
    expect(normaliseCouncilName("King’s Lynn and West Norfolk")).toBe("kings lynn and west norfolk");
    expect(normaliseCouncilName("  Stockton-on-Tees  Borough Council ")).toBe("stockton on tees borough council");
    expect(normaliseCouncilName("St. Albans")).toBe("st albans");
    expect(normaliseCouncilName("City Of York Council")).toBe("city of york council");
  });
});

describe("coreCouncilName", () => {
  it.each([
    ["Colchester City Council", "colchester"],
    ["Colchester Borough Council", "colchester"],
    ["Walsall Council", "walsall"],
    ["Walsall Metropolitan Borough Council", "walsall"],
    ["City Of York Council", "york"],
    ["Brighton & Hove City Council", "brighton and hove"],
    ["Durham County Council", "durham"],
    ["Kingston upon Hull City Council", "kingston upon hull"],
    ["Kingston upon Hull, City of", "kingston upon hull"],
    ["Herefordshire, County of", "herefordshire"],
    ["Poole Borough Council", "poole"],
    ["City of Bradford Metropolitan District Council", "bradford"],
    ["London Borough of Hammersmith & Fulham", "hammersmith and fulham"],
    ["Royal Borough of Kensington & Chelsea", "kensington and chelsea"],
    ["Borough Council of Kings Lynn and West Norfolk", "kings lynn and west norfolk"],
    ["St Albans City and District Council", "st albans"],
    ["Council of the Isles of Scilly", "isles of scilly"],
    ["Somerset West and Taunton Council", "somerset west and taunton"],
  ])("%s → %s", (name, core) => {
    expect(coreCouncilName(name)).toBe(core);
  });

  it("keeps a name that is nothing but kind words", () => {
    expect(coreCouncilName("County Council")).toBe("county");
    expect(coreCouncilName("Council")).toBe("council");
  });

  it("does not cut a place name that merely contains a kind word", () => {
    expect(coreCouncilName("Nottinghamshire County Council")).toBe("nottinghamshire");
    expect(coreCouncilName("Nottingham City Council")).toBe("nottingham");
    expect(coreCouncilName("City of London Corporation")).toBe("london corporation");
  });
});

describe("editDistance", () => {
  it("counts single-letter edits", () => {
    expect(editDistance("harrow", "harrow")).toBe(0);
    expect(editDistance("harow", "harrow")).toBe(1);
    expect(editDistance("harlow", "harrow")).toBe(1);
    expect(editDistance("", "kent")).toBe(4);
    expect(editDistance("kent", "")).toBe(4);
  });
});
