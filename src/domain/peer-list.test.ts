import { describe, expect, it } from "vitest";
import { loadRegister } from "../sources/dataset/dataset";
import { thrown } from "../../test/support/expected-error";
import { PeerListError, resolvePeerList, splitPeerList } from "./peer-list";
import { Register } from "./register";
import type { Authority } from "./types";

const register = await loadRegister();

describe("splitPeerList", () => {
  it("splits on semicolons and lines, dropping blanks and comment lines", () => {
    expect(splitPeerList("# CIPFA nearest neighbours\nBarnet; Brent\r\n\n  E09000008 ;\nBournemouth, Christchurch and Poole")).toEqual([
      "Barnet",
      "Brent",
      "E09000008",
      "Bournemouth, Christchurch and Poole",
    ]);
  });
});

describe("resolvePeerList", () => {
  it("resolves names, short names and GSS codes through the register, in order, each once, without the council itself", () => {
    const harrow = register.resolve("Harrow");
    const peers = resolvePeerList("London Borough of Barnet; Brent; E09000008; barnet; Harrow", register, harrow);
    expect(peers.map((peer) => peer.name)).toEqual(["London Borough of Barnet", "London Borough of Brent", "London Borough of Croydon"]);
  });

  it("names every entry it cannot place, unknown or ambiguous, in one message", () => {
    // Two invented current councils sharing a short name, beside a real one.
    const composed = (gss: string, name: string): Authority => ({
      gss, name, shortName: "Twinford", type: "District Council", slug: gss.toLowerCase(), slugConfirmed: false, alternativeSlugs: [], predecessors: [], successors: [],
    });
    const twinfords = new Register([register.resolve("Barnet"), composed("E07999991", "Twinford Borough Council"), composed("E07999992", "Twinford District Council")]);
    const error = thrown(PeerListError, () => resolvePeerList("Barnet; Narnia; Twinford", twinfords));
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('"Narnia"');
    expect(error.message).toContain('"Twinford" could mean Twinford Borough Council; Twinford District Council');
    expect(error.message).not.toContain("\n");
  });

  it("refuses an empty list", () => {
    expect(() => resolvePeerList(" ;\n# only a comment", register)).toThrow(/names no council/);
  });
});
