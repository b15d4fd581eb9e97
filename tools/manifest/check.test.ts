import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rewriteManifestBase } from "../build/addin-base-url";
import { checkManifest, formatFault, type ManifestContext, type ManifestFault } from "./check";

const MANIFEST = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const CONTEXT: ManifestContext = {
  assetFiles: new Set(readdirSync(new URL("../../assets/", import.meta.url), { recursive: true, encoding: "utf8" })),
  emittedFiles: new Set(["taskpane.html"]),
};

/** The project manifest with one edit; fails loudly if the text to replace is not there. */
function broken(find: string, replace: string): string {
  expect(MANIFEST, `the manifest contains ${find}`).toContain(find);
  return MANIFEST.replace(find, replace);
}

function lineOf(xml: string, needle: string): number {
  const at = xml.indexOf(needle);
  expect(at, `${needle} is in the manifest`).toBeGreaterThanOrEqual(0);
  return xml.slice(0, at).split("\n").length;
}

const check = (xml: string): ManifestFault[] => checkManifest(xml, CONTEXT);

describe("checkManifest on the project manifest", () => {
  it("passes", () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it("passes when rewritten for a production host", () => {
    expect(check(rewriteManifestBase(MANIFEST, "https://addin.example.org/scrutiny/"))).toEqual([]);
  });
});

describe("checkManifest names each fault with its element and line", () => {
  it("an undefined resid", () => {
    const xml = broken('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    expect(check(xml)).toEqual([
      { rule: "resid", element: "Label", line: lineOf(xml, "Group.Missing"), message: 'resid "Group.Missing" is not defined in <Resources>' },
    ]);
  });

  it("a resid over 32 characters, where it is defined and where it is used", () => {
    const long = "OpenPane.TooltipThatIsFarTooLong.X"; // 34 characters
    const xml = MANIFEST.replaceAll('"OpenPane.Tooltip"', `"${long}"`);
    expect(xml).toContain(long);
    const faults = check(xml);
    expect(faults.map((f) => [f.rule, f.element, f.line])).toEqual([
      ["resid", "Description", lineOf(xml, `<Description resid="${long}"`)],
      ["resid", "bt:String", lineOf(xml, `<bt:String id="${long}"`)],
    ]);
    expect(faults.every((f) => f.message.includes("34 characters; at most 32"))).toBe(true);
  });

  it("an http:// URL", () => {
    const xml = broken('DefaultValue="https://www.lgo.org.uk/your-councils-performance"', 'DefaultValue="http://www.lgo.org.uk/your-councils-performance"');
    expect(check(xml)).toEqual([
      {
        rule: "https",
        element: "bt:Url",
        line: lineOf(xml, "http://www.lgo.org.uk"),
        message: 'URL "http://www.lgo.org.uk/your-councils-performance" must use https',
      },
    ]);
  });

  it("an http:// URL in element text", () => {
    const xml = broken("  <Hosts>\n    <Host Name", "  <AppDomains>\n    <AppDomain>http://www.lgo.org.uk</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name");
    expect(check(xml).map((f) => [f.rule, f.element])).toEqual([["https", "AppDomain"]]);
  });

  it("elements out of order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const xml = broken(permissions, "").replace("  <DefaultSettings>", `${permissions}  <DefaultSettings>`);
    const faults = check(xml);
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ rule: "order", element: "DefaultSettings", line: lineOf(xml, "<DefaultSettings>") });
    expect(faults[0]!.message).toBe(`is out of order in <OfficeApp>: the documented order puts it before <Permissions> (line ${lineOf(xml, "<Permissions>")})`);
  });

  it("elements out of order deep inside VersionOverrides", () => {
    const xml = broken(
      '<Label resid="OpenPane.Label"/>\n                  <Supertip>',
      '<Supertip>',
    ).replace("</Supertip>", '</Supertip>\n                  <Label resid="OpenPane.Label"/>');
    const faults = check(xml);
    expect(faults.map((f) => [f.rule, f.element])).toEqual([["order", "Label"]]);
    expect(faults[0]!.message).toMatch(/out of order in <Control>: the documented order puts it before <Supertip>/);
  });

  it("an add-in that is not a TaskPaneApp", () => {
    const xml = broken('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"');
    expect(check(xml)).toEqual([{ rule: "order", element: "OfficeApp", line: lineOf(xml, "<OfficeApp"), message: 'xsi:type is "ContentApp"; this add-in is a TaskPaneApp' }]);
  });

  it("a non-GUID Id", () => {
    const xml = broken("<Id>8b98eafa-d13a-44ac-b1c3-d2ac5d287f65</Id>", "<Id>ombudsman-scrutiny</Id>");
    expect(check(xml)).toEqual([{ rule: "id", element: "Id", line: lineOf(xml, "<Id>"), message: '"ombudsman-scrutiny" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)' }]);
  });

  it("broken XML", () => {
    const xml = broken("    </Sets>\n", "");
    const faults = check(xml);
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ rule: "xml", element: "(document)", line: lineOf(xml, "  </Requirements>") });
    expect(faults[0]!.message).toBe(`is not well-formed XML: unexpected close tag: <Sets> opened on line ${lineOf(xml, "<Sets")} is not closed`);
  });

  it("a Version that is not n.n.n.n", () => {
    const xml = broken("<Version>0.1.0.0</Version>", "<Version>0.1</Version>");
    expect(check(xml)).toEqual([{ rule: "version", element: "Version", line: lineOf(xml, "<Version>"), message: '"0.1" is not a version n.n.n.n' }]);
  });

  it("a DisplayName over 125 or a Description over 250 characters", () => {
    const xml = broken('<DisplayName DefaultValue="Ombudsman Scrutiny"/>', `<DisplayName DefaultValue="${"N".repeat(126)}"/>`).replace(
      /<Description DefaultValue="[^"]*"\/>/,
      `<Description DefaultValue="${"D".repeat(251)}"/>`,
    );
    expect(check(xml)).toEqual([
      { rule: "length", element: "DisplayName", line: lineOf(xml, "<DisplayName"), message: "is 126 characters; <DisplayName> allows at most 125" },
      { rule: "length", element: "Description", line: lineOf(xml, "<Description DefaultValue"), message: "is 251 characters; <Description> allows at most 250" },
    ]);
    // The limits themselves are allowed.
    const atLimit = broken('<DisplayName DefaultValue="Ombudsman Scrutiny"/>', `<DisplayName DefaultValue="${"N".repeat(125)}"/>`);
    expect(check(atLimit)).toEqual([]);
  });

  it("an icon that is not a file in assets/", () => {
    const xml = broken('<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-48.png"/>');
    expect(check(xml)).toEqual([
      { rule: "icon", element: "bt:Image", line: lineOf(xml, "icon-48.png"), message: 'URL "https://localhost:3000/assets/icon-48.png" names assets/icon-48.png, which is not in assets/' },
    ]);
  });

  it("an icon served from outside assets/", () => {
    const xml = broken('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/icon-32.png"/>');
    expect(check(xml).map((f) => [f.rule, f.element, f.line])).toEqual([["icon", "IconUrl", lineOf(xml, "<IconUrl")]]);
  });

  it("a page URL that webpack does not emit", () => {
    const xml = broken('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/pane.html"/>');
    expect(check(xml)).toEqual([
      {
        rule: "page",
        element: "bt:Url",
        line: lineOf(xml, '/pane.html"'),
        message: 'URL "https://localhost:3000/pane.html" names pane.html, which the webpack config does not emit (it emits taskpane.html)',
      },
    ]);
  });

  it("XML that is not even a document", () => {
    const faults = check("Ombudsman <b>Scrutiny");
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ rule: "xml", line: 1 });
  });

  it("several faults at once, in line order", () => {
    const xml = broken("<Version>0.1.0.0</Version>", "<Version>one</Version>").replace('resid="Group.Label"', 'resid="Nowhere"');
    expect(check(xml).map((f) => f.rule)).toEqual(["version", "resid"]);
  });
});

describe("formatFault", () => {
  it("prints file, line, element and message on one line", () => {
    expect(formatFault("manifest.xml", { rule: "id", element: "Id", line: 9, message: '"x" is not a GUID' })).toBe('manifest.xml:9: <Id> "x" is not a GUID');
  });
});
