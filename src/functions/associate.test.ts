// The pane's entry calls associateCustomFunctions after its first paint: it must load the
// functions (once) where office.js defined `CustomFunctions`, and do nothing (and throw nothing)
// in a page without it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { installCustomFunctionsStandIn, type CustomFunctionsStandIn } from "../../test/support/custom-functions-runtime";

let runtime: CustomFunctionsStandIn | undefined;
afterEach(() => {
  runtime?.uninstall();
  runtime = undefined;
  vi.resetModules();
  vi.doUnmock("./functions");
});

describe("registering the functions", () => {
  it("does nothing where there is no custom functions runtime", async () => {
    const loaded = vi.fn();
    vi.doMock("./functions", () => {
      loaded();
      return {};
    });
    expect("CustomFunctions" in globalThis).toBe(false);
    const { associateCustomFunctions } = await import("./associate");
    expect(await associateCustomFunctions()).toBe(false);
    expect(loaded).not.toHaveBeenCalled();
  });

  it("loads the functions module where office.js defined CustomFunctions", async () => {
    runtime = installCustomFunctionsStandIn();
    const loaded = vi.fn();
    vi.doMock("./functions", () => {
      loaded();
      return {};
    });
    const { associateCustomFunctions } = await import("./associate");
    expect(loaded).not.toHaveBeenCalled();
    expect(await associateCustomFunctions()).toBe(true);
    expect(await associateCustomFunctions()).toBe(true);
    expect(loaded).toHaveBeenCalledTimes(1);
  });

  it("reports, and does not throw, when the functions cannot be loaded", async () => {
    runtime = installCustomFunctionsStandIn();
    vi.doMock("./functions", () => {
      throw new Error("broken bundle");
    });
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { associateCustomFunctions } = await import("./associate");
    expect(await associateCustomFunctions()).toBe(false);
    expect(errors).toHaveBeenCalledWith("The =LGSCO.* functions could not be registered:", expect.anything());
    errors.mockRestore();
  });
});
