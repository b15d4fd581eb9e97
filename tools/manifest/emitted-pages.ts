// The pages the webpack config emits, asked of the config itself so the manifest check and the
// build can never disagree about which pages exist.
import HtmlWebpackPlugin from "html-webpack-plugin";
import { loadWebpackConfig } from "../build/webpack-config";

/** File names (relative to dist/) of every HTML page the production build writes. */
export async function emittedPages(): Promise<Set<string>> {
  const config = await loadWebpackConfig({}, "production");
  return new Set(
    (config.plugins ?? [])
      .filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin)
      .map((plugin) => (typeof plugin.userOptions.filename === "string" ? plugin.userOptions.filename : "index.html")),
  );
}
