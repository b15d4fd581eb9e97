// Flat ESLint config: typescript-eslint's recommended rules everywhere, React's on the pane,
// and Microsoft's Office add-in rules (load/sync discipline) on code that talks to Excel.
// Type errors are `npm run typecheck`'s job; formatting is left to editors.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The layers (docs/design.md, "Layers"): each may import only from those below it. Tests are
// exempt: a test may drive a lower layer through a higher one.
const ENTRY_POINTS = ["taskpane", "ribbon", "functions", "cli", "server"];
const layer = (from, message) => ({ regex: from, message });
const noEntryPoints = layer(`(^|/)(${ENTRY_POINTS.join("|")})/`, "Services and jobs never import an entry point.");
const noNode = layer("^node:", "Only the CLI, the host and sources/live/file-storage.ts use Node.");
const LAYER_RULES = [
  {
    files: ["src/domain/**/*.ts"],
    patterns: [layer("^(?!\\./)", "The domain is pure: it imports only from src/domain (no Node, Office, React or library).")],
  },
  {
    files: ["src/sources/**/*.ts", "src/workbook/plan/**/*.ts", "src/workbook/rendering/**/*.ts", "src/workbook/office/**/*.ts", "src/workbook/xlsx/**/*.ts"],
    patterns: [noEntryPoints, layer("(^|/)(application|workbook/pane)/", "Services never import the jobs or the pane's adapter above them.")],
  },
  {
    files: ["src/application/**/*.ts"],
    patterns: [noEntryPoints, noNode, layer("(^|/)workbook/(office|xlsx|pane)/", "Jobs reach a renderer only through its port (application/ports.ts).")],
  },
  {
    files: ["src/workbook/pane/**/*.ts"],
    patterns: [noEntryPoints, noNode],
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    patterns: [
      noNode,
      layer("(^|/)(cli|server|application)/|(^|/)workbook/(plan|rendering|office|xlsx)/", "The pane reaches the workbook only through src/workbook/pane (pane-api.ts)."),
    ],
  },
];

export default defineConfig([
  globalIgnores(["dist/", "coverage/", ".cache/", "assets/data/", "test/e2e/screenshots/", ".tmp*/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { globals: globals.node },
  },
  {
    // These rules recognise Office proxies by shape (`x.load`, `context.sync`), so they stay on
    // the code that talks to Excel and off exceljs and pdf.js code, where they only misfire.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/ribbon/**/*.ts", "src/functions/**/*.ts", "src/workbook/**/*.ts"],
    ignores: ["**/*.test.{ts,tsx}", "src/workbook/xlsx/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/**/*.tsx", "bench/**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    languageOptions: { ...react.configs.flat.recommended.languageOptions, globals: globals.browser },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      // TypeScript checks props.
      "react/prop-types": "off",
    },
  },
  ...LAYER_RULES.map(({ files, patterns }) => ({
    files,
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  })),
  {
    // The rules of hooks (and the React Compiler's checks) on the pane: effects name what they read.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
]);
