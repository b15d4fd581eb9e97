// Serves a built dist/ folder on loopback for browser tests and the bench.
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import express from "express";

export const DIST = fileURLToPath(new URL("../../../dist/", import.meta.url));

export interface ServedFolder {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string = DIST, port = 0): Promise<ServedFolder> {
  const app = express();
  app.use(express.static(folder, { fallthrough: true }));
  const server = await new Promise<import("node:http").Server>((resolve, reject) => {
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
