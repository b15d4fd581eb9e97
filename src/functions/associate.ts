// With the shared runtime, the task pane page is also where Excel runs the =LGSCO.* functions,
// so the pane's entry calls associateCustomFunctions. It loads the functions, whose module
// associates them with their ids, only where office.js has defined `CustomFunctions`: in a plain
// browser without office.js the pane still renders, and the functions are simply not there.
// They load as a chunk of their own, requested once the pane's first paint is committed, so they
// neither weigh on the pane's first script nor compete with its first render.
/// <reference types="custom-functions-runtime" />

function customFunctionsRuntimePresent(): boolean {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function";
}

let associating: Promise<boolean> | undefined;

/** Loads the functions once; resolves true once they are associated, false where there is no custom functions runtime. */
export function associateCustomFunctions(): Promise<boolean> {
  associating ??= customFunctionsRuntimePresent()
    ? import("./functions").then(
        () => true,
        (error: unknown) => {
          // The pane must keep working even if the functions cannot be registered.
          console.error("The =LGSCO.* functions could not be registered:", error);
          return false;
        },
      )
    : Promise.resolve(false);
  return associating;
}
