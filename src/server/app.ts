// The add-in's host as an express app: the built add-in from dist/ and the LGSCO relay.
// Starting it (http or https) is start.ts's job, so tests can mount the same app.
import express, { type Express } from "express";
import { createLgscoProxy, relayOptions, type LgscoProxyOptions } from "./lgsco-proxy";
import type { ServerConfig } from "./config";

export function createHostApp(
  config: Pick<ServerConfig, "distDir" | "upstreamBaseUrl" | "trustProxy" | "rateLimitPerMinute">,
  proxyOverrides: Partial<LgscoProxyOptions> = {},
): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    // No X-Frame-Options or frame-ancestors: Office shows the task pane inside a frame.
    next();
  });
  app.get("/healthz", (_req, res) => {
    res.type("text/plain").send("ok");
  });
  app.use(createLgscoProxy({ ...relayOptions(config), ...proxyOverrides }));
  app.use(
    express.static(config.distDir, {
      index: ["taskpane.html", "index.html"],
      setHeaders: (res, path) => {
        // Pages always revalidate, so a new build reaches the pane; other files may be kept a while.
        res.setHeader("Cache-Control", path.endsWith(".html") || path.endsWith(".xml") ? "no-cache" : "public, max-age=3600");
      },
    }),
  );
  return app;
}
