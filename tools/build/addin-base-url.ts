// Where the add-in is hosted. The manifest is written for the dev server; a production build
// with ADDIN_BASE_URL points every one of its URLs at the real host instead.

/** The dev server's address, as written throughout manifest.xml. */
export const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Reads ADDIN_BASE_URL: undefined when unset or empty; otherwise an https URL ending in "/".
 * Throws an Error naming the problem (Office loads add-ins only over https).
 */
export function parseAddinBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${text}" is not a URL; expected e.g. https://addin.example.org/`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL "${text}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL "${text}" must not have a query or fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest with every dev-server URL moved to `baseUrl`. */
export function rewriteManifestBase(manifest: string, baseUrl: string): string {
  return manifest.replaceAll(DEV_BASE_URL, baseUrl);
}
