// The dev server's https certificates: the files `office-addin-dev-certs install` creates.
// We read them directly (no library call that might try to install or prompt), and when they
// are missing we say exactly how to create and trust them.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface DevCertPaths {
  directory: string;
  key: string;
  cert: string;
  ca: string;
}

export interface DevCerts {
  key: Buffer;
  cert: Buffer;
  ca: Buffer;
}

export type DevCertsResult = { ok: true; certs: DevCerts; paths: DevCertPaths } | { ok: false; missing: string[]; paths: DevCertPaths };

export function devCertPaths(home: string = homedir()): DevCertPaths {
  const directory = join(home, ".office-addin-dev-certs");
  return { directory, key: join(directory, "localhost.key"), cert: join(directory, "localhost.crt"), ca: join(directory, "ca.crt") };
}

export function readDevCerts(paths: DevCertPaths = devCertPaths()): DevCertsResult {
  const missing = [paths.key, paths.cert, paths.ca].filter((file) => !existsSync(file));
  if (missing.length > 0) return { ok: false, missing, paths };
  return { ok: true, paths, certs: { key: readFileSync(paths.key), cert: readFileSync(paths.cert), ca: readFileSync(paths.ca) } };
}

/** What to tell the developer when the certificates are missing. */
export function missingCertsAdvice(missing: readonly string[]): string {
  return [
    "The dev server needs https certificates for localhost, and these files are missing:",
    ...missing.map((file) => `  ${file}`),
    "",
    "Create them and trust their certificate authority with:",
    "  npx office-addin-dev-certs install",
    "",
    "Trusting the CA needs administrator rights: on Windows accept the prompt; on macOS enter your",
    "password; on Linux run it with sudo (without it the files are created but the CA is not trusted,",
    "and the command still exits 0). Then run the command again.",
  ].join("\n");
}
