// The host's settings, read once from the environment into typed values (see main.ts for the
// list). A setting that cannot be used stops the host with one plain sentence.
import { resolve } from "node:path";
import { LGSCO_SITE_BASE_URL } from "../sources/live/lgsco-client";

export interface ServerConfig {
  port: number;
  /** Interface to listen on; loopback unless told otherwise. */
  host: string;
  /** PEM certificate and key paths: https when both are given, plain http (behind a reverse proxy) when neither. */
  tls?: { certPath: string; keyPath: string };
  /** The built add-in (`npm run build`). */
  distDir: string;
  upstreamBaseUrl: string;
  /** Express "trust proxy": which reverse proxies' X-Forwarded-For to believe for the client's address. */
  trustProxy: string | number | false;
  rateLimitPerMinute: number;
}

export class ServerConfigError extends Error {
  override readonly name = "ServerConfigError";
}

/** The relay's own settings (also all the webpack dev server reads): upstream and rate limit. */
export function readRelaySettings(env: Record<string, string | undefined>): Pick<ServerConfig, "upstreamBaseUrl" | "rateLimitPerMinute"> {
  const upstreamBaseUrl = nonEmpty(env.LGSCO_UPSTREAM_BASE_URL) ?? LGSCO_SITE_BASE_URL;
  if (!/^https?:\/\/[^/?#@]+(\/[^?#]*)?$/.test(upstreamBaseUrl)) {
    throw new ServerConfigError(`LGSCO_UPSTREAM_BASE_URL must be an http(s) address without a query, got "${upstreamBaseUrl}".`);
  }
  return {
    upstreamBaseUrl: upstreamBaseUrl.replace(/\/+$/, ""),
    rateLimitPerMinute: readInteger(env, "LGSCO_RATE_LIMIT_PER_MINUTE", 60, 1, 100_000),
  };
}

export function readServerConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ServerConfig {
  const port = readInteger(env, "PORT", 3000, 0, 65535);
  const certPath = nonEmpty(env.TLS_CERT);
  const keyPath = nonEmpty(env.TLS_KEY);
  if ((certPath === undefined) !== (keyPath === undefined)) {
    throw new ServerConfigError("Set both TLS_CERT and TLS_KEY for https, or neither for plain http behind a reverse proxy.");
  }
  const relay = readRelaySettings(env);
  const config: ServerConfig = {
    port,
    host: nonEmpty(env.HOST) ?? "127.0.0.1",
    distDir: resolve(cwd, nonEmpty(env.DIST_DIR) ?? "dist"),
    upstreamBaseUrl: relay.upstreamBaseUrl,
    trustProxy: readTrustProxy(nonEmpty(env.TRUST_PROXY)),
    rateLimitPerMinute: relay.rateLimitPerMinute,
  };
  if (certPath !== undefined && keyPath !== undefined) {
    config.tls = { certPath: resolve(cwd, certPath), keyPath: resolve(cwd, keyPath) };
  }
  return config;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

function readInteger(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const text = nonEmpty(env[name]);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ServerConfigError(`${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

/**
 * "loopback", a number of hops, or addresses/subnets. "true" (believe any X-Forwarded-For) is
 * refused: any client could then pick its own address and escape the rate limit.
 */
function readTrustProxy(text: string | undefined): string | number | false {
  if (text === undefined || text === "false") return false;
  if (text === "true") {
    throw new ServerConfigError('TRUST_PROXY=true would let any client choose its own address; name the proxy ("loopback", a hop count or its address).');
  }
  return /^\d+$/.test(text) ? Number(text) : text;
}
