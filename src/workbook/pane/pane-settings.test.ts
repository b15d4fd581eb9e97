import { describe, expect, it } from "vitest";
import { DEFAULT_FLAG_SETTINGS } from "../../domain/flag-settings";
import type { YearFigures } from "../../domain/types";
import {
  checkHostUrl,
  DEFAULT_PANE_SETTINGS,
  HostUrlError,
  paneSettingsValue,
  readPaneSettings,
  relayBaseUrl,
  servedByHost,
  withAnalystChoices,
  withLetter,
  withLgscoPage,
  withPeerSet,
} from "./pane-settings";
import { loadRegister } from "../../sources/dataset/dataset";
import { PeerListError } from "../../domain/peer-list";

const letter = (year: string, rate: number): YearFigures => ({
  authority: "London Borough of Harrow",
  year,
  gss: "E09000015",
  upheld: { rate, count: 24, of: 33, similarAverage: 70 },
  source: { kind: "annual-letter", title: "LGSCO annual review letter, harrow.pdf", retrieved: "2026-11-26T10:00:00.000Z" },
});

describe("readPaneSettings", () => {
  it("gives the defaults for a workbook the pane has never saved in: live pull off, own host, default thresholds", () => {
    expect(readPaneSettings(null)).toEqual({ settings: { livePull: false, hostUrl: "", flagSettings: DEFAULT_FLAG_SETTINGS, letters: [] }, problems: [] });
  });

  it("reads back what it saved", () => {
    const settings = {
      ...DEFAULT_PANE_SETTINGS,
      council: "E09000015",
      years: { from: "2019-20", to: "2023-24" },
      livePull: true,
      livePullSetBy: "analyst" as const,
      hostUrl: "https://addin.example.org/scrutiny",
      flagSettings: { ...DEFAULT_FLAG_SETTINGS, risingPoints: 5 },
      letters: [letter("2019-20", 73)],
      lgscoPages: { E06000010: "Hull-City-Council" },
      peerSets: { E09000015: ["E09000003", "E09000005"] },
    };
    const saved = JSON.parse(JSON.stringify(paneSettingsValue(settings)));
    expect(readPaneSettings(saved)).toEqual({ settings, problems: [] });
  });

  it("drops each saved value it cannot use, keeps the rest, and says what it dropped", () => {
    const { settings, problems } = readPaneSettings({
      council: "Harrow",
      years: { from: "2023-24", to: "2019-20" },
      livePull: "yes",
      hostUrl: "ftp://example.org",
      flagSettings: { risingPoints: -3 },
      letters: [letter("2019-20", 73), { authority: "Nowhere" }],
    });
    expect(settings).toEqual({ ...DEFAULT_PANE_SETTINGS, letters: [letter("2019-20", 73)] });
    expect(problems).toEqual([
      "The saved council could not be read; choose your council again.",
      "The saved years could not be read; every year held is shown.",
      "The saved live pull setting could not be read; the live pull is off.",
      "The saved add-in host address could not be used; the pane's own host is used.",
      "The saved flag thresholds could not be read; the defaults are used.",
      "An imported letter kept in this workbook could not be read; import it again.",
    ]);
  });

  it("never throws on garbage", () => {
    for (const raw of [42, "text", [], { letters: "x" }, { flagSettings: [] }]) {
      expect(() => readPaneSettings(raw)).not.toThrow();
    }
  });
});

describe("the live pull's default", () => {
  it("is on wherever the pane is served by the add-in's host, off otherwise", () => {
    expect(readPaneSettings(null, { servedByHost: true }).settings.livePull).toBe(true);
    expect(readPaneSettings(null, { servedByHost: false }).settings.livePull).toBe(false);
    expect(servedByHost("https://addin.example.org/taskpane.html")).toBe(true);
    expect(servedByHost("http://localhost:3000/taskpane.html")).toBe(true);
    expect(servedByHost("file:///C:/addin/taskpane.html")).toBe(false);
    expect(servedByHost("not an address")).toBe(false);
  });

  it("keeps an analyst's explicit off, saved in the workbook, over the host's default", () => {
    const { settings: served } = readPaneSettings(null, { servedByHost: true });
    const turnedOff = withAnalystChoices(served, { ...served, livePull: false });
    expect(turnedOff.livePullSetBy).toBe("analyst");
    const saved = JSON.parse(JSON.stringify(paneSettingsValue(turnedOff)));
    expect(saved).toMatchObject({ livePull: false, livePullSetBy: "analyst" });
    expect(readPaneSettings(saved, { servedByHost: true }).settings.livePull).toBe(false);
  });

  it("does not keep the default as if chosen: an unchanged live pull is not saved, and an old workbook's unchosen false gives way", () => {
    const { settings: served } = readPaneSettings(null, { servedByHost: true });
    const unchanged = withAnalystChoices(served, { ...served, council: "E09000015" });
    expect(paneSettingsValue(unchanged)).not.toHaveProperty("livePull");
    // Saved before the live pull was on by default: every save wrote false.
    expect(readPaneSettings({ livePull: false, hostUrl: "" }, { servedByHost: true }).settings.livePull).toBe(true);
  });
});

describe("LGSCO page names and peer sets", () => {
  it("keeps a council's page name, replacing an earlier one", () => {
    const first = withLgscoPage(DEFAULT_PANE_SETTINGS, "E06000010", "hull-city-council");
    expect(withLgscoPage(first, "E06000010", "Hull-City-Council").lgscoPages).toEqual({ E06000010: "Hull-City-Council" });
  });

  it("reads a pasted peer set into GSS codes for the council, and refuses an unknown council, leaving the settings as they were", async () => {
    const register = await loadRegister();
    const withSet = withPeerSet(DEFAULT_PANE_SETTINGS, "E09000015", "Barnet\nLondon Borough of Brent; E09000008", register);
    expect(withSet.peerSets).toEqual({ E09000015: ["E09000003", "E09000005", "E09000008"] });
    expect(() => withPeerSet(withSet, "E09000015", "Barnet; Atlantis", register)).toThrow(PeerListError);
    expect(withPeerSet(withSet, "E09000015", "  ", register).peerSets).toEqual({});
  });

  it("drops a saved page name or peer set it cannot use, and says so", () => {
    const { settings, problems } = readPaneSettings({
      lgscoPages: { E06000010: "hull-city-council", E06000011: "../admin", Harrow: "x" },
      peerSets: { E09000015: ["E09000003"], E09000016: ["Barnet"] },
    });
    expect(settings.lgscoPages).toEqual({ E06000010: "hull-city-council" });
    expect(settings.peerSets).toEqual({ E09000015: ["E09000003"] });
    expect(problems).toEqual([
      "A saved LGSCO page name could not be read; give it again in Settings if the live pull cannot find the page.",
      "A saved list of peer councils could not be read; paste it again in Settings.",
    ]);
  });
});

describe("checkHostUrl", () => {
  it("keeps an https address without its trailing slash; empty means the pane's own host", () => {
    expect(checkHostUrl(" https://addin.example.org/ ")).toBe("https://addin.example.org");
    expect(checkHostUrl("https://intranet.example.gov.uk/scrutiny/")).toBe("https://intranet.example.gov.uk/scrutiny");
    expect(checkHostUrl("")).toBe("");
    expect(checkHostUrl("http://localhost:3000")).toBe("http://localhost:3000");
  });

  it("refuses plain http elsewhere, other schemes, queries and words", () => {
    for (const bad of ["http://addin.example.org", "ftp://addin.example.org", "https://addin.example.org/?x=1", "addin", "https://user:pw@example.org"]) {
      expect(() => checkHostUrl(bad), bad).toThrow(HostUrlError);
    }
  });
});

describe("a host address a workbook carries", () => {
  const PANE = "https://addin.example.org/taskpane.html";

  it("is refused when saved if it is not the pane's own host", () => {
    expect(() => checkHostUrl("https://evil.example/", PANE)).toThrow(
      "The live pull goes only through this add-in's own host (https://addin.example.org); https://evil.example is another host, so it is not used. Leave the address empty.",
    );
    expect(checkHostUrl("https://addin.example.org/scrutiny/", PANE)).toBe("https://addin.example.org/scrutiny");
  });

  it("is dropped when read if it names another host, saying so", () => {
    const { settings, problems } = readPaneSettings({ hostUrl: "https://evil.example" }, { servedByHost: true, pageUrl: PANE });
    expect(settings.hostUrl).toBe("");
    expect(problems).toEqual(["This workbook names another add-in host (https://evil.example); the live pull goes only through this add-in's own host, so it is not used."]);
  });
});

describe("relayBaseUrl", () => {
  it("is the set host's /lgsco when it is the pane's own host", () => {
    expect(relayBaseUrl("https://addin.example.org/scrutiny", "https://addin.example.org/taskpane.html")).toBe("https://addin.example.org/scrutiny/lgsco");
  });

  it("never sends the live pull to another host a workbook names: the pane's own relay instead", () => {
    expect(relayBaseUrl("https://addin.example.org/scrutiny", "https://other.example/taskpane.html")).toBe("/lgsco");
    expect(relayBaseUrl("https://evil.example", "https://intranet.example.gov.uk/scrutiny/taskpane.html")).toBe("https://intranet.example.gov.uk/scrutiny/lgsco");
  });

  it("is the relay beside the pane's page otherwise: /lgsco at a site's root, the full address under a path", () => {
    expect(relayBaseUrl("", "https://localhost:3000/taskpane.html")).toBe("/lgsco");
    expect(relayBaseUrl("", "https://intranet.example.gov.uk/scrutiny/taskpane.html?_host_Info=Excel")).toBe("https://intranet.example.gov.uk/scrutiny/lgsco");
  });
});

describe("withLetter", () => {
  it("keeps one letter per council and year, the latest", () => {
    const kept = withLetter(withLetter([], letter("2019-20", 70)), letter("2019-20", 73));
    expect(kept).toEqual([letter("2019-20", 73)]);
    expect(withLetter(kept, letter("2020-21", 60)).map((l) => l.year)).toEqual(["2019-20", "2020-21"]);
  });

  it("keeps only the data model's fields", () => {
    const parsed = { ...letter("2019-20", 73), inconsistencies: [{ measure: "upheld.rate", published: 73, recomputed: 70, message: "x" }] };
    expect(withLetter([], parsed)[0]).not.toHaveProperty("inconsistencies");
  });
});
