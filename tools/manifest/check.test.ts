import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rewriteManifestBase } from "../build/addin-base-url";
import { checkManifest, formatFault, type ManifestContext, type ManifestFault } from "./check";

const MANIFEST = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const CONTEXT: ManifestContext = {
  assetFiles: new Set(readdirSync(new URL("../../assets/", import.meta.url), { recursive: true, encoding: "utf8" })),
  emittedFiles: new Set(["taskpane.html", "functions.json"]),
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
        message: 'URL "https://localhost:3000/pane.html" names pane.html, which the webpack config does not emit (it emits taskpane.html, functions.json)',
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

describe("checkManifest on the shared runtime and the custom functions", () => {
  it("finds the elements in the project manifest, in the documented order", () => {
    const runtimes = MANIFEST.indexOf("<Runtimes>");
    const allFormFactors = MANIFEST.indexOf("<AllFormFactors>");
    const desktop = MANIFEST.indexOf("<DesktopFormFactor>");
    expect(runtimes).toBeGreaterThan(MANIFEST.indexOf('<Host xsi:type="Workbook">'));
    expect(runtimes).toBeLessThan(allFormFactors);
    expect(allFormFactors).toBeLessThan(desktop);
    expect(MANIFEST).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(MANIFEST).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(MANIFEST).toContain('<bt:String id="Functions.Namespace" DefaultValue="LGSCO"/>');
    expect(MANIFEST).toContain('<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json"/>');
  });

  it("a missing SharedRuntime requirement", () => {
    const xml = broken('      <Set Name="SharedRuntime" MinVersion="1.1"/>\n', "");
    expect(check(xml)).toEqual([
      {
        rule: "shared-runtime",
        element: "Requirements",
        line: lineOf(xml, "<Requirements>"),
        message: 'does not require SharedRuntime: add <Set Name="SharedRuntime" MinVersion="1.1"/> to <Sets>',
      },
    ]);
  });

  it("a short-lived runtime", () => {
    const xml = broken('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Taskpane.Url" lifetime="short"/>');
    expect(check(xml).map((f) => [f.rule, f.element, f.line])).toEqual([["shared-runtime", "Runtime", lineOf(xml, "<Runtime ")]]);
  });

  it("custom functions without a runtime", () => {
    const xml = broken('        <Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>\n', "");
    const faults = check(xml);
    expect(faults.map((f) => [f.rule, f.element, f.line])).toEqual([["shared-runtime", "ExtensionPoint", lineOf(xml, 'xsi:type="CustomFunctions"')]]);
    expect(faults[0]!.message).toMatch(/^needs a shared runtime/);
  });

  it("a custom functions page that is not the runtime's page", () => {
    const xml = broken('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Metadata.Url"/>');
    expect(check(xml)).toEqual([
      {
        rule: "shared-runtime",
        element: "Page",
        line: lineOf(xml, "<Page>"),
        message: `the custom functions' page resid "Functions.Metadata.Url" is not the Runtime's "Taskpane.Url": the shared runtime does not load when they differ`,
      },
    ]);
  });

  it("a task pane button or FunctionFile on another page than the runtime's", () => {
    const xml = broken("<TaskpaneId>Ombudsman.Pane</TaskpaneId>\n                    <SourceLocation resid=\"Taskpane.Url\"/>", "<TaskpaneId>Ombudsman.Pane</TaskpaneId>\n                    <SourceLocation resid=\"Functions.Metadata.Url\"/>").replace(
      "          </GetStarted>\n",
      '          </GetStarted>\n          <FunctionFile resid="GetStarted.LearnMoreUrl"/>\n',
    );
    expect(check(xml).map((f) => [f.rule, f.element, f.message.split(":")[0]])).toEqual([
      ["shared-runtime", "FunctionFile", `the FunctionFile's resid "GetStarted.LearnMoreUrl" is not the Runtime's "Taskpane.Url"`],
      ["shared-runtime", "Action", `the task pane's resid "Functions.Metadata.Url" is not the Runtime's "Taskpane.Url"`],
    ]);
  });

  it("a function command without its FunctionFile or FunctionName", () => {
    const xml = broken('          <FunctionFile resid="Taskpane.Url"/>\n', "").replace("<FunctionName>RefreshComparisons</FunctionName>", "<FunctionName> </FunctionName>");
    const action = lineOf(xml, '<Action xsi:type="ExecuteFunction">');
    expect(check(xml).map((f) => [f.rule, f.element, f.line, f.message.split(":")[0]])).toEqual([
      ["command", "Action", action, 'runs a function, but <DesktopFormFactor> has no <FunctionFile resid="…"/>'],
      ["command", "Action", action, "needs <FunctionName>"],
    ]);
  });

  it("a task pane without a TaskpaneId", () => {
    const xml = broken("                    <TaskpaneId>Ombudsman.Pane</TaskpaneId>\n", "");
    expect(check(xml).map((f) => [f.rule, f.element, f.line])).toEqual([["shared-runtime", "Action", lineOf(xml, '<Action xsi:type="ShowTaskpane">')]]);
  });

  it("custom functions without their metadata or namespace", () => {
    const xml = broken('            <Metadata>\n              <SourceLocation resid="Functions.Metadata.Url"/>\n            </Metadata>\n', "").replace(
      '            <Namespace resid="Functions.Namespace"/>\n',
      "",
    );
    expect(check(xml).map((f) => [f.rule, f.element, f.message])).toEqual([
      ["shared-runtime", "ExtensionPoint", 'needs <Metadata><SourceLocation resid="…"/></Metadata> for the custom functions'],
      ["shared-runtime", "ExtensionPoint", `needs <Namespace resid="…"/>: the functions' prefix, as in =LGSCO.UPHELD`],
    ]);
  });

  it("a namespace that is not a short string, or not a usable name", () => {
    const undefinedString = broken('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Prefix"/>');
    expect(check(undefinedString).map((f) => [f.rule, f.message])).toEqual([
      ["resid", 'resid "Functions.Prefix" is not defined in <Resources>'],
      ["shared-runtime", 'resid "Functions.Prefix" is not a <bt:String> in <ShortStrings>'],
    ]);
    const spaced = broken('<bt:String id="Functions.Namespace" DefaultValue="LGSCO"/>', '<bt:String id="Functions.Namespace" DefaultValue="LG SCO"/>');
    expect(check(spaced).map((f) => [f.rule, f.element, f.message])).toEqual([
      ["shared-runtime", "Namespace", 'namespace "LG SCO" must be letters and digits, starting with a letter'],
    ]);
  });

  it("custom functions metadata the webpack config does not emit", () => {
    const faults = checkManifest(MANIFEST, { ...CONTEXT, emittedFiles: new Set(["taskpane.html"]) });
    expect(faults.map((f) => [f.rule, f.element, f.line])).toEqual([["page", "bt:Url", lineOf(MANIFEST, "functions.json")]]);
  });

  it("a second runtime", () => {
    const xml = broken('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Taskpane.Url" lifetime="long"/>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(check(xml).map((f) => [f.rule, f.message])).toEqual([["shared-runtime", "is a second <Runtime>: one shared runtime runs the whole add-in"]]);
  });
});
