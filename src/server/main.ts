// `npm run serve`: the add-in's host in production. Serves the built add-in (dist/) and the
// LGSCO relay `GET /lgsco/<slug>/statistics` (lgsco-proxy.ts).
//
// Environment variables (all optional):
//   PORT                         port to listen on (default 3000)
//   HOST                         interface to listen on (default 127.0.0.1; 0.0.0.0 in a container)
//   TLS_CERT, TLS_KEY            paths to a PEM certificate and key: serve https. Give both or
//                                neither; with neither, plain http for a reverse proxy in front
//   TRUST_PROXY                  which reverse proxy to believe for the client's address (for the
//                                per-client rate limit): "loopback", a hop count, or addresses
//                                (express "trust proxy"); unset = none. "true" is refused
//   DIST_DIR                     the built add-in (default ./dist)
//   LGSCO_UPSTREAM_BASE_URL      where statistics pages come from (default
//                                https://www.lgo.org.uk/your-councils-performance); tests point
//                                it at a stand-in
//   LGSCO_RATE_LIMIT_PER_MINUTE  relay requests allowed per client per minute (default 60)
import { readServerConfig, ServerConfigError } from "./config";
import { startHost } from "./start";

try {
  const config = readServerConfig(process.env);
  const host = await startHost(config);
  console.log(`Ombudsman Scrutiny host on ${host.url} (add-in from ${config.distDir}; LGSCO pages from ${config.upstreamBaseUrl})`);
  const stop = (): void => void host.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const message = error instanceof ServerConfigError || (error as NodeJS.ErrnoException).code !== undefined ? (error as Error).message : String(error);
  console.error(`The host could not start: ${message}`);
  process.exit(1);
}
