// Starts the host over https (certificate paths given) or plain http (behind a reverse proxy).
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createHostApp } from "./app";
import { ServerConfigError, type ServerConfig } from "./config";
import type { LgscoProxyOptions } from "./lgsco-proxy";

export interface RunningHost {
  server: Server;
  /** e.g. "https://127.0.0.1:3000" */
  url: string;
  close(): Promise<void>;
}

export async function startHost(config: ServerConfig, proxyOverrides: Partial<LgscoProxyOptions> = {}): Promise<RunningHost> {
  const app = createHostApp(config, proxyOverrides);
  let server: Server;
  if (config.tls) {
    let cert: Buffer;
    let key: Buffer;
    try {
      cert = readFileSync(config.tls.certPath);
      key = readFileSync(config.tls.keyPath);
    } catch (error) {
      throw new ServerConfigError(`Cannot read the TLS certificate or key (${(error as Error).message}).`);
    }
    server = createHttpsServer({ cert, key }, app);
  } else {
    server = createHttpServer(app);
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const shownHost = address.includes(":") ? `[${address}]` : address;
  return {
    server,
    url: `${config.tls ? "https" : "http"}://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
