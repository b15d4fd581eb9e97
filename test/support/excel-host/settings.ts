// Office.context.document.settings for the host: values set are kept in memory and survive a
// reload only once saveAsync has run, as in Office. saveAsync answers later, as Office's does,
// and can be made to fail. Kept apart from the workbook's own objects.

export interface HostAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { name: string; message: string; code: number };
}

type Callback<T> = (result: HostAsyncResult<T>) => void;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class HostSettings {
  private current = new Map<string, unknown>();
  private saved = new Map<string, unknown>();
  private failures: string[] = [];
  /** Calls of saveAsync, for a test that counts them. */
  saves = 0;

  /** The next `count` saves fail with `message` (a read-only or shared-for-review workbook). */
  failNextSaves(count = 1, message = "The settings could not be saved: the workbook is read-only."): void {
    for (let i = 0; i < count; i++) this.failures.push(message);
  }

  get(name: string): unknown {
    return this.current.has(name) ? clone(this.current.get(name)) : null;
  }

  set(name: string, value: unknown): void {
    if (value === undefined) throw new Error("A setting must be a JSON value.");
    this.current.set(name, clone(value));
  }

  remove(name: string): void {
    this.current.delete(name);
  }

  saveAsync(optionsOrCallback?: unknown, callback?: Callback<void>): void {
    const done = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as Callback<void> | undefined;
    this.saves++;
    const failure = this.failures.shift();
    const snapshot = new Map([...this.current].map(([key, value]) => [key, clone(value)]));
    // Office answers after the call returns; 5001 is Office's "Internal Error" code.
    void Promise.resolve().then(() => {
      if (failure !== undefined) {
        done?.({ status: "failed", value: undefined, error: { name: "Save Settings Error", message: failure, code: 5001 } });
        return;
      }
      this.saved = snapshot;
      done?.({ status: "succeeded", value: undefined });
    });
  }

  /** What a reopened document would hold: the settings as last saved. */
  savedValues(): Record<string, unknown> {
    return Object.fromEntries([...this.saved].map(([key, value]) => [key, clone(value)]));
  }
}
