// With the shared runtime, the task pane page is also where Excel runs the =LGSCO.* functions,
// so the pane's entry imports this module (one line). It loads the functions, whose module
// associates them with their ids, only where office.js has defined `CustomFunctions`: in a plain
// browser without office.js the pane still renders, and the functions are simply not there.
// They load as a chunk of their own, requested as the page starts, so the pane's first script
// stays small (the figures they read load on first use anyway).
/// <reference types="custom-functions-runtime" />

function customFunctionsRuntimePresent(): boolean {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function";
}

/** Resolves true once the functions are associated, false where there is no custom functions runtime. */
export const customFunctionsAssociated: Promise<boolean> = customFunctionsRuntimePresent()
  ? import("./functions").then(
      () => true,
      (error: unknown) => {
        // The pane must keep working even if the functions cannot be registered.
        console.error("The =LGSCO.* functions could not be registered:", error);
        return false;
      },
    )
  : Promise.resolve(false);
