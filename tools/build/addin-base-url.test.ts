import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEV_BASE_URL, parseAddinBaseUrl, rewriteManifestBase } from "./addin-base-url";

describe("parseAddinBaseUrl", () => {
  it("is undefined when unset or blank", () => {
    expect(parseAddinBaseUrl(undefined)).toBeUndefined();
    expect(parseAddinBaseUrl("  ")).toBeUndefined();
  });

  it("accepts https and ensures a trailing slash", () => {
    expect(parseAddinBaseUrl("https://addin.example.org/")).toBe("https://addin.example.org/");
    expect(parseAddinBaseUrl("https://addin.example.org")).toBe("https://addin.example.org/");
    expect(parseAddinBaseUrl("https://council.example.gov.uk/tools/scrutiny")).toBe("https://council.example.gov.uk/tools/scrutiny/");
  });

  it("refuses http, non-URLs and queries, naming the variable", () => {
    expect(() => parseAddinBaseUrl("http://addin.example.org/")).toThrow(/ADDIN_BASE_URL .* must use https/);
    expect(() => parseAddinBaseUrl("addin.example.org")).toThrow(/ADDIN_BASE_URL .* is not a URL/);
    expect(() => parseAddinBaseUrl("https://addin.example.org/?v=1")).toThrow(/query or fragment/);
  });
});

describe("rewriteManifestBase", () => {
  it("moves every dev-server URL of the project manifest to the new host", () => {
    const manifest = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
    expect(manifest).toContain(DEV_BASE_URL);
    const rewritten = rewriteManifestBase(manifest, "https://addin.example.org/");
    expect(rewritten).not.toMatch(/localhost/);
    expect(rewritten).toContain('DefaultValue="https://addin.example.org/taskpane.html"');
    expect(rewritten).toContain('DefaultValue="https://addin.example.org/assets/icon-32.png"');
  });
});
