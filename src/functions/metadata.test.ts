// The metadata Excel reads (dist/functions.json) is generated at build time from functions.ts's
// JSDoc by custom-functions-metadata-plugin. This test runs the plugin's own generator on the
// same file, so the metadata cannot drift from the source without this failing.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadWebpackConfig, WEBPACK_CONFIG_FILE } from "../../tools/build/webpack-config";
import * as functions from "./functions";

const FUNCTIONS_FILE = fileURLToPath(new URL("./functions.ts", import.meta.url));

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    options?: { stream?: boolean; cancelable?: boolean; volatile?: boolean };
    parameters: { name: string; type: string; description?: string; optional?: boolean }[];
    result: { type: string };
  }[];
}

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let metadata: Metadata;
beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
});

describe("functions.json", () => {
  it("is generated without errors and lists the seven functions", () => {
    expect(generated.errors).toEqual([]);
    expect(metadata.functions.map((fn) => fn.id)).toEqual(["UPHELD", "COMPLIANCE", "REMEDY", "PER100K", "AVERAGE", "COUNT", "FLAGS"]);
    for (const fn of metadata.functions) expect(fn.name, fn.id).toBe(fn.id);
  });

  it("declares every function streaming, never volatile, each with a description", () => {
    for (const fn of metadata.functions) {
      expect(fn.options, fn.id).toEqual({ stream: true });
      expect(fn.description?.length ?? 0, fn.id).toBeGreaterThan(30);
    }
  });

  it("gives the parameters in the documented order, the year as any (text or the year it ends)", () => {
    const signature = (id: string) => {
      const fn = metadata.functions.find((candidate) => candidate.id === id)!;
      return `${fn.parameters.map((parameter) => `${parameter.name}: ${parameter.type}`).join(", ")} → ${fn.result.type}`;
    };
    for (const id of ["UPHELD", "COMPLIANCE", "REMEDY", "PER100K"]) expect(signature(id)).toBe("council: string, year: any → number");
    expect(signature("AVERAGE")).toBe("council: string, year: any, measure: string → number");
    expect(signature("COUNT")).toBe("council: string, year: any, measure: string → number");
    expect(signature("FLAGS")).toBe("council: string, year: any → string");
    for (const fn of metadata.functions) for (const parameter of fn.parameters) expect(parameter.description, `${fn.id} ${parameter.name}`).toBeTruthy();
  });

  it("associates each id with a function functions.ts exports", () => {
    const exported = functions as Record<string, unknown>;
    expect(generated.associate.map((entry) => entry.id)).toEqual(metadata.functions.map((fn) => fn.id));
    for (const entry of generated.associate) expect(typeof exported[entry.functionName], entry.id).toBe("function");
  });
});

describe("the build", () => {
  it("generates dist/functions.json from this same file with the plugin", async () => {
    const config = await loadWebpackConfig({}, "production");
    const plugins = (config.plugins ?? []).filter((plugin) => plugin instanceof CustomFunctionsMetadataPlugin);
    expect(plugins).toHaveLength(1);
    const options: unknown = Reflect.get(plugins[0]!, "options");
    const { input, output } = options as { input: string; output: string };
    expect(resolve(WEBPACK_CONFIG_FILE, "..", input)).toBe(FUNCTIONS_FILE);
    expect(output).toBe("functions.json");
  });
});
