import { tokens } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { token, type TokenName } from "./css-vars";

describe("token", () => {
  it("names the same CSS variable as Fluent's tokens table, for every token but the z-indexes", () => {
    const names = Object.keys(tokens).filter((name) => !name.startsWith("zIndex")) as TokenName[];
    expect(names.length).toBeGreaterThan(400);
    for (const name of names) expect(token(name)).toBe(tokens[name]);
  });
});
