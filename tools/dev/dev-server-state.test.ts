import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clearState, isRunning, readState, writeState } from "./dev-server-state";

describe("dev server state", () => {
  const dir = mkdtempSync(join(tmpdir(), "dev-state-"));
  const file = join(dir, "nested", "state.json");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("round-trips and clears", () => {
    expect(readState(file)).toBeUndefined();
    writeState({ pid: 1234, sideloaded: true, log: "/tmp/log" }, file);
    expect(readState(file)).toEqual({ pid: 1234, sideloaded: true, log: "/tmp/log" });
    clearState(file);
    expect(readState(file)).toBeUndefined();
  });

  it("treats a damaged file as no state", () => {
    const damaged = join(dir, "damaged.json");
    writeFileSync(damaged, "{ not json");
    expect(readState(damaged)).toBeUndefined();
    writeFileSync(damaged, JSON.stringify({ pid: "12", sideloaded: false, log: "x" }));
    expect(readState(damaged)).toBeUndefined();
  });

  it("knows this process is running", () => {
    expect(isRunning(process.pid)).toBe(true);
  });
});
