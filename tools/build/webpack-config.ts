// The project's webpack configuration, loaded from TypeScript (webpack.config.js is plain
// JavaScript with no types), and a build run from code: for the manifest check, the e2e harness
// and the bench.
import { fileURLToPath, pathToFileURL } from "node:url";
import webpack, { type Configuration, type Stats } from "webpack";

export const WEBPACK_CONFIG_FILE = fileURLToPath(new URL("../../webpack.config.js", import.meta.url));

export async function loadWebpackConfig(env: Record<string, unknown>, mode: "production" | "development", file = WEBPACK_CONFIG_FILE): Promise<Configuration> {
  const module: unknown = await import(pathToFileURL(file).href);
  const makeConfig = (module as { default?: unknown }).default;
  if (typeof makeConfig !== "function") throw new Error(`${file} has no default export returning a webpack configuration`);
  const config: unknown = await makeConfig(env, { mode });
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw new Error(`${file} did not return one webpack configuration object`);
  return config as Configuration;
}

/** Runs one build; rejects with webpack's own account of the errors when it fails. */
export function runWebpack(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (!stats) reject(new Error("webpack returned no stats"));
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve(stats);
    });
  });
}
