// Builds a bundle with the project's webpack configuration into a folder of its own, so the
// bench measures exactly what `npm run build:e2e` ships (same loaders, minifier, naming).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Configuration } from "webpack";
import { loadWebpackConfig, runWebpack } from "../../tools/build/webpack-config";

export interface BuiltBundle {
  outputDir: string;
  /** JavaScript files the entry's page loads first (webpack's entrypoint assets), in order. */
  entryScripts: string[];
}

/** The e2e production config, written to `outputDir`; `adapt` may swap entries and pages. */
export async function buildBundle(entry: string, outputDir: string, adapt: (config: Configuration) => Configuration = (c) => c): Promise<BuiltBundle> {
  const base = await loadWebpackConfig({ e2e: true }, "production");
  const config = adapt({ ...base, output: { ...base.output, path: outputDir } });
  const stats = await runWebpack(config);
  const assets = stats.toJson({ all: false, entrypoints: true }).entrypoints?.[entry]?.assets ?? [];
  const entryScripts = assets.map((asset) => asset.name).filter((name) => name.endsWith(".js"));
  if (entryScripts.length === 0) throw new Error(`the build emitted no script for entry "${entry}"`);
  return { outputDir, entryScripts };
}

function readOutput(bundle: BuiltBundle, file: string): Buffer {
  return readFileSync(join(bundle.outputDir, file));
}

/** The entry's first scripts together: minified as built, and gzipped (zlib's default level). */
export function entryScriptSizes(bundle: BuiltBundle): { minified: number; gzip: number } {
  const code = Buffer.concat(bundle.entryScripts.map((file) => readOutput(bundle, file)));
  return { minified: code.length, gzip: gzipSync(code).length };
}
