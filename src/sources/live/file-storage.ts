// Node only: a KeyValueStorage kept as one small file per key in a directory, so the page cache
// survives between CLI runs (the task pane uses localStorage instead).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KeyValueStorage } from "./page-cache";

interface StoredItem {
  key: string;
  value: string;
}

export class FileStorage implements KeyValueStorage {
  constructor(private readonly directory: string) {}

  get length(): number {
    return this.fileNames().length;
  }

  key(index: number): string | null {
    const name = this.fileNames()[index];
    return name === undefined ? null : (this.read(name)?.key ?? null);
  }

  getItem(key: string): string | null {
    const item = this.read(this.fileName(key));
    return item !== undefined && item.key === key ? item.value : null;
  }

  setItem(key: string, value: string): void {
    mkdirSync(this.directory, { recursive: true });
    const target = join(this.directory, this.fileName(key));
    // Write then rename, so a crash mid-write never leaves half an entry behind.
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key, value } satisfies StoredItem));
    renameSync(temporary, target);
  }

  removeItem(key: string): void {
    rmSync(join(this.directory, this.fileName(key)), { force: true });
  }

  private fileName(key: string): string {
    return `${createHash("sha256").update(key).digest("hex")}.json`;
  }

  private fileNames(): string[] {
    try {
      return readdirSync(this.directory)
        .filter((name) => /^[0-9a-f]{64}\.json$/.test(name))
        .sort();
    } catch {
      return [];
    }
  }

  private read(name: string): StoredItem | undefined {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(this.directory, name), "utf8"));
      if (typeof parsed !== "object" || parsed === null) return undefined;
      const { key, value } = parsed as Record<string, unknown>;
      return typeof key === "string" && typeof value === "string" ? { key, value } : undefined;
    } catch {
      return undefined;
    }
  }
}
