// The project's webpack configuration, loaded from TypeScript (webpack.config.js is plain
// JavaScript with no types): for the manifest check and the bench.
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Configuration } from "webpack";

export const WEBPACK_CONFIG_FILE = fileURLToPath(new URL("../../webpack.config.js", import.meta.url));

export async function loadWebpackConfig(env: Record<string, unknown>, mode: "production" | "development", file = WEBPACK_CONFIG_FILE): Promise<Configuration> {
  const module: unknown = await import(pathToFileURL(file).href);
  const makeConfig = (module as { default?: unknown }).default;
  if (typeof makeConfig !== "function") throw new Error(`${file} has no default export returning a webpack configuration`);
  const config: unknown = await makeConfig(env, { mode });
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw new Error(`${file} did not return one webpack configuration object`);
  return config as Configuration;
}
