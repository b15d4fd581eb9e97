// npm start: run the https dev server in the background (it builds the add-in), wait until it
// answers, then sideload into Excel where office-addin-debugging can, or say how to upload the
// manifest by hand. `npm stop` stops what this started.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { get } from "node:https";
import { dirname } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { missingCertsAdvice, readDevCerts } from "./dev/dev-certs";
import { clearState, isRunning, LOG_FILE, readState, writeState } from "./dev/dev-server-state";
import { DEV_SERVER_PORT, sideloadByHandSteps, sideloadPlan } from "./dev/sideload";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const manifest = fileURLToPath(new URL("../manifest.xml", import.meta.url));
const pageUrl = `https://localhost:${DEV_SERVER_PORT}/taskpane.html`;
const require = createRequire(import.meta.url);
const say = (text: string): boolean => process.stdout.write(`${text}\n`);

/**
 * The dev certificates, created on first start as Microsoft's template does: office-addin-dev-certs
 * makes them and asks the system to trust its CA (a prompt on Windows and macOS; sudo on Linux).
 */
function ensureDevCerts(): ReturnType<typeof readDevCerts> {
  const found = readDevCerts();
  if (found.ok) return found;
  say("Creating https certificates for localhost with office-addin-dev-certs (first start only) …");
  spawnSync(process.execPath, [require.resolve("office-addin-dev-certs/cli.js"), "install"], { cwd: projectRoot, stdio: "inherit" });
  const made = readDevCerts();
  if (made.ok) {
    say(
      "Certificates created. If the lines above say the CA certificate could not be installed, Excel will not trust\n" +
        "https://localhost:3000 until you trust it: run `npx office-addin-dev-certs install` with administrator rights (sudo on Linux).",
    );
  }
  return made;
}

const certs = ensureDevCerts();
if (!certs.ok) {
  process.stderr.write(`${missingCertsAdvice(certs.missing)}\n`);
  process.exit(1);
}

const running = readState();
if (running && isRunning(running.pid)) {
  say(`The dev server is already running (process ${running.pid}, log ${running.log}) at ${pageUrl}. Run npm stop first to restart it.`);
  process.exit(0);
}

say(`Building and starting the dev server on https://localhost:${DEV_SERVER_PORT}/ (log: ${LOG_FILE}) …`);
mkdirSync(dirname(LOG_FILE), { recursive: true });
const log = openSync(LOG_FILE, "w");
const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  cwd: projectRoot,
  detached: true,
  stdio: ["ignore", log, log],
});
closeSync(log);
server.unref();
if (server.pid === undefined) throw new Error("could not start the dev server");
writeState({ pid: server.pid, sideloaded: false, log: LOG_FILE });

let exited = false;
server.on("exit", () => {
  exited = true;
});

/** True once the dev server serves the task pane over https with the dev CA. */
function answers(): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(pageUrl, { ca: certs.ok ? certs.certs.ca : undefined, timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

const deadline = Date.now() + 300_000;
while (!(await answers())) {
  if (exited || Date.now() > deadline) {
    clearState();
    const tail = existsSync(LOG_FILE) ? readFileSync(LOG_FILE, "utf8").split("\n").slice(-25).join("\n") : "";
    process.stderr.write(`The dev server ${exited ? "stopped" : "did not answer within 5 minutes"}. Last lines of ${LOG_FILE}:\n${tail}\n`);
    if (!exited) process.kill(-server.pid, "SIGTERM");
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}
say(`The task pane is served at ${pageUrl}`);

const debuggingInstalled = (() => {
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
})();
const plan = sideloadPlan(process.platform, debuggingInstalled);
let sideloaded = false;
if (plan.kind === "office-addin-debugging") {
  say("Sideloading into Excel with office-addin-debugging …");
  const result = spawnSync(process.execPath, [require.resolve("office-addin-debugging/cli.js"), ...plan.start], { cwd: projectRoot, stdio: "inherit" });
  sideloaded = result.status === 0;
  if (!sideloaded) say("office-addin-debugging could not sideload the add-in.");
} else {
  say(`Not sideloading automatically: ${plan.reason}.`);
}
if (!sideloaded) say(sideloadByHandSteps(manifest));
writeState({ pid: server.pid, sideloaded, log: LOG_FILE });
say("\nThe dev server keeps running in the background. Stop it with: npm stop");
