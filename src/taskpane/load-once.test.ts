import { describe, expect, it } from "vitest";
import { loadOnce } from "./load-once";

/** A load whose attempts the test settles by hand, counting how many were started. */
function controlledLoad() {
  const attempts: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<string>((resolve, reject) => {
      attempts.push({ resolve, reject });
    });
  return { load, attempts };
}

describe("loadOnce", () => {
  it("loads once for callers that ask at the same time, and every caller gets the module", async () => {
    const { load, attempts } = controlledLoad();
    const workbook = loadOnce(load);
    const first = workbook();
    const second = workbook();
    expect(attempts).toHaveLength(1);
    attempts[0]!.resolve("module");
    expect(await Promise.all([first, second])).toEqual(["module", "module"]);
    expect(await workbook()).toBe("module");
    expect(attempts).toHaveLength(1);
  });

  it("forgets a failed load, so the next use tries again", async () => {
    const { load, attempts } = controlledLoad();
    const workbook = loadOnce(load);
    const failed = workbook();
    attempts[0]!.reject(new Error("Failed to fetch dynamically imported module"));
    await expect(failed).rejects.toThrow("Failed to fetch dynamically imported module");
    const retried = workbook();
    expect(attempts).toHaveLength(2);
    attempts[1]!.resolve("module");
    expect(await retried).toBe("module");
    expect(await workbook()).toBe("module");
    expect(attempts).toHaveLength(2);
  });

  it("callers waiting on a failed load all hear of the failure; none starts a second load meanwhile", async () => {
    const { load, attempts } = controlledLoad();
    const workbook = loadOnce(load);
    const waiting = [workbook(), workbook(), workbook()];
    attempts[0]!.reject(new Error("offline"));
    const outcomes = await Promise.allSettled(waiting);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(attempts).toHaveLength(1);
  });
});
