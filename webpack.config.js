// Builds the add-in into dist/: one entry and one HTML page per surface, the icons and data in
// assets/, and manifest.xml (its URLs moved to ADDIN_BASE_URL when that is set).
//   npm run build        production, office.js from Microsoft's CDN
//   npm run build:e2e    production + a local office.js copy, for browser tests and the bench
//   npm run dev-server   https://localhost:3000 with the dev certificates and the LGSCO proxy
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { tsImport } from "tsx/esm/api";

const root = dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = "office.js";
const OFFICE_JS_FILES = [LOCAL_OFFICE_JS, "o15apptofilemappingtable.js"];

// Bundles and the pages that load them. The custom functions and the ribbon's commands need no
// entry: on the shared runtime they run in the pane's page, whose entry imports
// src/functions/associate.ts and src/ribbon/associate.ts.
const entries = {
  taskpane: "./src/taskpane/index.tsx",
};
const pages = [{ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }];
export const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
export const FUNCTIONS_METADATA = "functions.json";

/** Loads one of the project's TypeScript modules from this JavaScript config. */
const loadTs = (path) => tsImport(pathToFileURL(join(root, path)).href, import.meta.url);

export default async function config(env = {}, argv = {}) {
  const mode = argv.mode ?? "development";
  const production = mode === "production";
  const e2e = Boolean(env.e2e);
  const serving = Boolean(env.WEBPACK_SERVE);
  const { parseAddinBaseUrl, rewriteManifestBase } = await loadTs("tools/build/addin-base-url.ts");
  const baseUrl = parseAddinBaseUrl(process.env.ADDIN_BASE_URL);

  return {
    mode,
    context: root,
    entry: entries,
    devtool: production ? false : "source-map",
    output: {
      path: join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type errors are `npm run typecheck`'s job; the bundler only transpiles.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !production } },
        },
      ],
    },
    plugins: [
      // dist/functions.json, the =LGSCO.* functions' metadata, from the JSDoc in functions.ts; the
      // plugin also appends their CustomFunctions.associate calls to that module.
      new CustomFunctionsMetadataPlugin({ output: FUNCTIONS_METADATA, input: FUNCTIONS_SOURCE }),
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            ...page,
            templateParameters: { officeJs: e2e ? LOCAL_OFFICE_JS : OFFICE_JS_CDN },
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: baseUrl ? (content) => rewriteManifestBase(content.toString(), baseUrl) : undefined,
          },
          // office.js and the host table it loads from beside itself, copied as they are:
          // minifying office.js costs minutes and gains nothing.
          ...(e2e ? OFFICE_JS_FILES.map((file) => ({ from: `node_modules/@microsoft/office-js/dist/${file}`, to: file, info: { minimized: true } })) : []),
        ],
      }),
    ],
    // Sizes are measured and reported by `npm run bench`, not warned about here.
    performance: { hints: false },
    devServer: serving ? await devServer() : undefined,
  };
}

async function devServer() {
  const { readDevCerts, missingCertsAdvice } = await loadTs("tools/dev/dev-certs.ts");
  const certs = readDevCerts();
  if (!certs.ok) {
    process.stderr.write(`${missingCertsAdvice(certs.missing)}\n`);
    process.exit(1);
  }
  return {
    port: 3000,
    server: { type: "https", options: certs.certs },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    client: { overlay: { warnings: false } },
    setupMiddlewares(middlewares) {
      // The LGSCO relay the host also serves (src/server/lgsco-proxy.ts's `lgscoProxy`), mounted
      // at the root so it sees the full path /lgsco/<slug>/statistics and passes every other
      // request on.
      const handler = loadTs("src/server/lgsco-proxy.ts").then((module) => module.lgscoProxy);
      middlewares.unshift({
        name: "lgsco-proxy",
        middleware: (req, res, next) => {
          handler.then((handle) => handle(req, res, next)).catch(next);
        },
      });
      return middlewares;
    },
  };
}
