// The pages the webpack config emits, asked of the config itself so the manifest check and the
// build can never disagree about which pages exist.
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { loadWebpackConfig } from "../build/webpack-config";

/**
 * File names (relative to dist/) of every HTML page the production build writes, and of the
 * custom functions metadata (functions.json) the manifest also points at.
 */
export async function emittedPages(): Promise<Set<string>> {
  const config = await loadWebpackConfig({}, "production");
  const plugins = config.plugins ?? [];
  return new Set([
    ...plugins
      .filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin)
      .map((plugin) => (typeof plugin.userOptions.filename === "string" ? plugin.userOptions.filename : "index.html")),
    ...plugins
      .filter((plugin) => plugin instanceof CustomFunctionsMetadataPlugin)
      .map(metadataOutput)
      .filter((output): output is string => output !== undefined),
  ]);
}

/** The plugin's `output` option (its typings keep `options` private). */
function metadataOutput(plugin: object): string | undefined {
  const options: unknown = Reflect.get(plugin, "options");
  if (typeof options !== "object" || options === null) return undefined;
  const output: unknown = Reflect.get(options, "output");
  return typeof output === "string" ? output : undefined;
}
