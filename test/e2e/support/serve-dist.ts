// Serves a built dist/ folder on loopback for browser tests and the bench.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import express, { type Express } from "express";

export const DIST = fileURLToPath(new URL("../../../dist/", import.meta.url));

export interface ServedFolder {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Serves `app` on 127.0.0.1 (port 0: any free one) until closed; closing drops open connections. */
export async function serveOnLoopback(app: Express, port = 0): Promise<ServedFolder> {
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, "127.0.0.1", (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export function serveFolder(folder: string = DIST, port = 0): Promise<ServedFolder> {
  const app = express();
  app.use(express.static(folder, { fallthrough: true }));
  return serveOnLoopback(app, port);
}
