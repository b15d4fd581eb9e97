// The documented order of elements in a TaskPaneApp manifest ("How to find the proper order of
// manifest elements", learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering,
// taken from the XSD sequences). Office refuses a manifest whose children are out of order.
//
// Keyed by parent local name. Where one name appears under several parents (Description,
// Requirements, Action…), its list is the union of the documented sequences, which agree on the
// relative order. Names in one inner array share a rank: the schema lets them alternate.
// Children not listed are not judged here.
type Sequence = ReadonlyArray<string | readonly string[]>;

const OVERRIDE_ONLY: Sequence = ["Override"];

export const ELEMENT_ORDER: Readonly<Record<string, Sequence>> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  DisplayName: OVERRIDE_ONLY,
  Description: OVERRIDE_ONLY,
  IconUrl: OVERRIDE_ONLY,
  HighResolutionIconUrl: OVERRIDE_ONLY,
  SourceLocation: OVERRIDE_ONLY,
  AppDomains: ["AppDomain"],
  Hosts: ["Host"],
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  Methods: ["Method"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  Dictionary: ["TargetDialects", "QueryUri", "CitationText", "DictionaryName", "DictionaryHomePage"],

  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  Runtimes: ["Runtime"],
  AllFormFactors: ["ExtensionPoint"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  ExtensionPoint: [["OfficeTab", "CustomTab", "OfficeMenu"], "Script", "Page", "Metadata", "Namespace"],
  Script: ["SourceLocation"],
  Page: ["SourceLocation"],
  Metadata: ["SourceLocation"],
  OfficeTab: ["Group"],
  CustomTab: [["Group", "OfficeGroup"], "Label", ["InsertAfter", "InsertBefore"]],
  OfficeMenu: ["Control"],
  Group: ["OverriddenByRibbonApi", "Label", "Icon", "Control"],
  Control: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Items: ["Item"],
  Item: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled"],
  Supertip: ["Title", "Description"],
  Icon: ["Image"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Images: ["Image"],
  Image: OVERRIDE_ONLY,
  Urls: ["Url"],
  Url: OVERRIDE_ONLY,
  ShortStrings: ["String"],
  LongStrings: ["String"],
  String: OVERRIDE_ONLY,
  WebApplicationInfo: ["Id", "Resource", "Scopes"],
  Scopes: ["Scope"],
  EquivalentAddins: ["EquivalentAddin"],
  EquivalentAddin: ["ProgId", "DisplayName", "FileName", "Type"],
};

/** Position of `child` in `parent`'s documented sequence, or undefined when not listed. */
export function rankOf(parent: string, child: string): number | undefined {
  const sequence = ELEMENT_ORDER[parent];
  if (!sequence) return undefined;
  const rank = sequence.findIndex((entry) => (typeof entry === "string" ? entry === child : entry.includes(child)));
  return rank < 0 ? undefined : rank;
}
