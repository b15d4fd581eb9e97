// A stand-in for the custom functions runtime that office.js provides inside Excel: the
// `CustomFunctions` global with `Error`, `ErrorCode` and `associate` as the typings declare them,
// and a streaming invocation that records what a function sends. A test double, not evidence
// that Excel calls the functions: it lets tests run the functions themselves in Node.
/// <reference types="custom-functions-runtime" />

export class StandInCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export interface CustomFunctionsStandIn {
  /** What `CustomFunctions.associate` was given: id → function. */
  associated: Map<string, unknown>;
  uninstall(): void;
}

/** Defines the `CustomFunctions` global until `uninstall()`. */
export function installCustomFunctionsStandIn(): CustomFunctionsStandIn {
  const associated = new Map<string, unknown>();
  const scope = globalThis as { CustomFunctions?: unknown };
  const before = scope.CustomFunctions;
  scope.CustomFunctions = {
    Error: StandInCustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associate(idOrMappings: string | Record<string, unknown>, fn?: unknown) {
      if (typeof idOrMappings === "string") associated.set(idOrMappings, fn);
      else for (const [id, mapped] of Object.entries(idOrMappings)) associated.set(id, mapped);
    },
  };
  return {
    associated,
    uninstall() {
      if (before === undefined) delete scope.CustomFunctions;
      else scope.CustomFunctions = before;
    },
  };
}

/** A StreamingInvocation that keeps every result sent, and lets a test wait for the next one. */
export class RecordingInvocation<T> implements CustomFunctions.StreamingInvocation<T> {
  readonly results: (T | CustomFunctions.Error)[] = [];
  onCanceled?: () => void;
  #waiting: ((result: T | CustomFunctions.Error) => void)[] = [];

  readonly setResult = (value: T | CustomFunctions.Error): void => {
    this.results.push(value);
    for (const resolve of this.#waiting.splice(0)) resolve(value);
  };

  /** Resolves with the next result sent (the function sends its first once the figures are open). */
  nextResult(): Promise<T | CustomFunctions.Error> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** What Excel does when the cell is edited or deleted. */
  cancel(): void {
    this.onCanceled?.();
  }
}
