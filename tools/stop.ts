// npm stop: stop the dev server `npm start` started (by its recorded process id) and, if it
// was sideloaded with office-addin-debugging, unregister the add-in.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { clearState, isRunning, readState } from "./dev/dev-server-state";
import { sideloadPlan } from "./dev/sideload";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const say = (text: string): boolean => process.stdout.write(`${text}\n`);

const state = readState();
if (!state) {
  say("Nothing to stop: npm start has not started a dev server (no .cache/dev-server.json).");
  process.exit(0);
}

if (state.sideloaded) {
  const plan = sideloadPlan(process.platform, true);
  if (plan.kind === "office-addin-debugging") {
    say("Unregistering the sideloaded add-in …");
    spawnSync(process.execPath, [require.resolve("office-addin-debugging/cli.js"), ...plan.stop], { cwd: projectRoot, stdio: "inherit" });
  }
}

if (isRunning(state.pid)) {
  // npm start ran the server detached, so it leads its own process group: stop the group.
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(process.platform === "win32" ? state.pid : -state.pid, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup("SIGTERM");
  const deadline = Date.now() + 10_000;
  while (isRunning(state.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isRunning(state.pid)) signalGroup("SIGKILL");
  say(`Stopped the dev server (process ${state.pid}).`);
} else {
  say(`The dev server (process ${state.pid}) had already stopped.`);
}
clearState();
