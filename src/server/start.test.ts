// The host as `npm run serve` starts it: settings from the environment, dist/ and the relay,
// over plain http and over https with certificate files.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLgscoStandIn, type LgscoStandIn } from "../../test/support/lgsco-stand-in";
import { readServerConfig, ServerConfigError, type ServerConfig } from "./config";
import { startHost } from "./start";

let standIn: LgscoStandIn;
let directory: string;

beforeAll(async () => {
  standIn = await startLgscoStandIn();
  directory = mkdtempSync(join(tmpdir(), "ombudsman-host-"));
  mkdirSync(join(directory, "dist"));
  writeFileSync(join(directory, "dist", "taskpane.html"), "<!doctype html><title>Ombudsman Scrutiny</title>");
});
afterAll(async () => {
  await standIn.close();
  rmSync(directory, { recursive: true, force: true });
});

describe("readServerConfig", () => {
  it("has safe defaults: loopback, port 3000, LGSCO's site, no trusted proxy, plain http", () => {
    expect(readServerConfig({}, "/srv/addin")).toEqual({
      port: 3000,
      host: "127.0.0.1",
      distDir: "/srv/addin/dist",
      upstreamBaseUrl: "https://www.lgo.org.uk/your-councils-performance",
      trustProxy: false,
      rateLimitPerMinute: 60,
    } satisfies ServerConfig);
  });

  it("reads every setting", () => {
    const config = readServerConfig(
      {
        PORT: "8443",
        HOST: "0.0.0.0",
        TLS_CERT: "certs/host.pem",
        TLS_KEY: "/etc/keys/host.key",
        DIST_DIR: "build",
        LGSCO_UPSTREAM_BASE_URL: "http://127.0.0.1:9999/your-councils-performance/",
        TRUST_PROXY: "1",
        LGSCO_RATE_LIMIT_PER_MINUTE: "20",
      },
      "/srv/addin",
    );
    expect(config).toEqual({
      port: 8443,
      host: "0.0.0.0",
      tls: { certPath: "/srv/addin/certs/host.pem", keyPath: "/etc/keys/host.key" },
      distDir: "/srv/addin/build",
      upstreamBaseUrl: "http://127.0.0.1:9999/your-councils-performance",
      trustProxy: 1,
      rateLimitPerMinute: 20,
    });
    expect(readServerConfig({ TRUST_PROXY: "loopback" }).trustProxy).toBe("loopback");
  });

  it.each([
    [{ TLS_CERT: "a.pem" }, "Set both TLS_CERT and TLS_KEY"],
    [{ TLS_KEY: "a.key" }, "Set both TLS_CERT and TLS_KEY"],
    [{ PORT: "http" }, 'PORT must be a whole number from 0 to 65535, got "http".'],
    [{ PORT: "70000" }, "PORT must be a whole number"],
    [{ LGSCO_UPSTREAM_BASE_URL: "ftp://example.org/x" }, "LGSCO_UPSTREAM_BASE_URL must be an http(s) address"],
    [{ LGSCO_UPSTREAM_BASE_URL: "https://user@evil.example/x" }, "LGSCO_UPSTREAM_BASE_URL must be an http(s) address"],
    [{ TRUST_PROXY: "true" }, "TRUST_PROXY=true"],
    [{ LGSCO_RATE_LIMIT_PER_MINUTE: "0" }, "LGSCO_RATE_LIMIT_PER_MINUTE must be a whole number"],
  ])("refuses %j plainly", (env, message) => {
    expect(() => readServerConfig(env)).toThrow(ServerConfigError);
    expect(() => readServerConfig(env)).toThrow(message);
  });
});

describe("startHost", () => {
  function config(extra: Record<string, string> = {}): ServerConfig {
    return readServerConfig({ PORT: "0", LGSCO_UPSTREAM_BASE_URL: standIn.baseUrl, ...extra }, directory);
  }

  it("serves the add-in and the relay over plain http", async () => {
    const host = await startHost(config());
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const pane = await fetch(`${host.url}/taskpane.html`);
      expect(pane.status).toBe(200);
      expect(await pane.text()).toContain("Ombudsman Scrutiny");
      expect(pane.headers.get("cache-control")).toBe("no-cache");
      const page = await fetch(`${host.url}/lgsco/kent-county-council/statistics`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Kent County Council");
      expect((await fetch(`${host.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${host.url}/no-such-file.js`)).status).toBe(404);
    } finally {
      await host.close();
    }
  });

  it("applies the rate limit from the settings", async () => {
    const host = await startHost(config({ LGSCO_RATE_LIMIT_PER_MINUTE: "1" }));
    try {
      expect((await fetch(`${host.url}/lgsco/leeds-city-council/statistics`)).status).toBe(200);
      expect((await fetch(`${host.url}/lgsco/leeds-city-council/statistics`)).status).toBe(429);
      // The add-in itself is not rate limited.
      expect((await fetch(`${host.url}/taskpane.html`)).status).toBe(200);
    } finally {
      await host.close();
    }
  });

  it("says plainly when the certificate files cannot be read", async () => {
    await expect(startHost(config({ TLS_CERT: "missing.pem", TLS_KEY: "missing.key" }))).rejects.toThrow(
      /Cannot read the TLS certificate or key/,
    );
  });

  const openssl = hasOpenssl();
  it.skipIf(!openssl)("serves https from the certificate paths", async () => {
    const certPath = join(directory, "host.pem");
    const keyPath = join(directory, "host.key");
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", keyPath, "-out", certPath,
    ], { stdio: "ignore" });
    const host = await startHost(config({ TLS_CERT: certPath, TLS_KEY: keyPath }));
    try {
      expect(host.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpsRequest(`${host.url}/lgsco/sheffield-city-council/statistics`, { ca: readFileSync(certPath) }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toContain("Sheffield City Council");
    } finally {
      await host.close();
    }
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
