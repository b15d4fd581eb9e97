import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { devCertPaths, missingCertsAdvice, readDevCerts } from "./dev-certs";

describe("dev certificates", () => {
  const homes: string[] = [];
  const makeHome = (): string => {
    const home = mkdtempSync(join(tmpdir(), "dev-certs-"));
    homes.push(home);
    return home;
  };
  afterEach(() => {
    for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  });

  it("looks where office-addin-dev-certs writes them", () => {
    const paths = devCertPaths("/home/analyst");
    expect(paths.key).toBe(join("/home/analyst", ".office-addin-dev-certs", "localhost.key"));
    expect(paths.cert).toBe(join("/home/analyst", ".office-addin-dev-certs", "localhost.crt"));
    expect(paths.ca).toBe(join("/home/analyst", ".office-addin-dev-certs", "ca.crt"));
  });

  it("reports each missing file", () => {
    const home = makeHome();
    const paths = devCertPaths(home);
    mkdirSync(paths.directory);
    writeFileSync(paths.key, "KEY");
    const result = readDevCerts(paths);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing).toEqual([paths.cert, paths.ca]);
  });

  it("reads all three when present", () => {
    const paths = devCertPaths(makeHome());
    mkdirSync(paths.directory);
    writeFileSync(paths.key, "KEY");
    writeFileSync(paths.cert, "CERT");
    writeFileSync(paths.ca, "CA");
    const result = readDevCerts(paths);
    expect(result.ok).toBe(true);
    if (result.ok) expect([result.certs.key, result.certs.cert, result.certs.ca].map(String)).toEqual(["KEY", "CERT", "CA"]);
  });

  it("tells how to create and trust them", () => {
    const advice = missingCertsAdvice(["/x/ca.crt"]);
    expect(advice).toContain("/x/ca.crt");
    expect(advice).toContain("npx office-addin-dev-certs install");
    expect(advice).toMatch(/sudo/);
  });
});
