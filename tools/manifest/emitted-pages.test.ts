import { describe, expect, it } from "vitest";
import { emittedPages } from "./emitted-pages";

describe("emittedPages", () => {
  it("reads the task pane page from the project's webpack config", async () => {
    expect(await emittedPages()).toContain("taskpane.html");
  });

  it("reads the custom functions metadata file from the same config", async () => {
    expect(await emittedPages()).toContain("functions.json");
  });
});
