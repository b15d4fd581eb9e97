// The pages the webpack config emits, asked of the config itself so the manifest check and the
// build can never disagree about which pages exist.
import { pathToFileURL } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";

export const WEBPACK_CONFIG = new URL("../../webpack.config.js", import.meta.url);

/** File names (relative to dist/) of every HTML page the production build writes. */
export async function emittedPages(configFile: URL = WEBPACK_CONFIG): Promise<Set<string>> {
  const module: unknown = await import(pathToFileURL(configFile.pathname).href);
  const makeConfig = (module as { default?: unknown }).default;
  if (typeof makeConfig !== "function") throw new Error(`${configFile.pathname} has no default export returning a webpack configuration`);
  const config: unknown = await makeConfig({}, { mode: "production" });
  const plugins = (config as { plugins?: unknown }).plugins;
  if (!Array.isArray(plugins)) return new Set();
  return new Set(
    plugins.filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin).map((plugin) => {
      const filename = plugin.userOptions.filename;
      return typeof filename === "string" ? filename : "index.html";
    }),
  );
}
