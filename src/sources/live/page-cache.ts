// A cache of fetched statistics pages kept in a small key-value storage, so that a page fetched
// once is not fetched again for a day, and survives reloading the task pane (localStorage) or a
// new CLI run (a file storage). The cache is an optimisation: a storage that fails or holds
// garbage never breaks a fetch, it only makes it miss.

/** The part of the Web Storage API the cache needs; `localStorage` fits it as it is. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Number of keys and the key at an index, as in Web Storage; used to evict old pages. */
  readonly length?: number;
  key?(index: number): string | null;
}

/** A page as it was last received, with what is needed to ask the server whether it changed. */
export interface CachedPage {
  /** The address of the page the HTML came from (LGSCO's address, after any redirect). */
  url: string;
  html: string;
  /** ISO date-time the page was last received or confirmed unchanged by the server. */
  retrieved: string;
  /** Epoch milliseconds when the entry was stored or last confirmed: freshness counts from here. */
  storedAt: number;
  etag?: string;
  lastModified?: string;
}

export const DEFAULT_FRESHNESS_MS = 24 * 60 * 60 * 1000;
const DEFAULT_PREFIX = "ombudsman-scrutiny:lgsco-page:";

/** In-memory storage for Node and tests; keeps at most `maxEntries`, dropping the oldest. */
export class MemoryStorage implements KeyValueStorage {
  private readonly entries = new Map<string, string>();
  constructor(private readonly maxEntries = 1000) {}

  get length(): number {
    return this.entries.size;
  }
  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
}

export class PageCache {
  private readonly prefix: string;

  constructor(
    private readonly storage: KeyValueStorage,
    options: { prefix?: string } = {},
  ) {
    this.prefix = options.prefix ?? DEFAULT_PREFIX;
  }

  /** The entry stored under `key`, or undefined when absent, unreadable or malformed. */
  get(key: string): CachedPage | undefined {
    let text: string | null;
    try {
      text = this.storage.getItem(this.prefix + key);
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    const page = parseCachedPage(text);
    if (page === undefined) this.remove(key);
    return page;
  }

  /**
   * Stores `page`; when the storage is full (localStorage holds about 5 MB), drops this cache's
   * other entries and tries once more, then gives up quietly.
   */
  put(key: string, page: CachedPage): void {
    const text = JSON.stringify(page);
    try {
      this.storage.setItem(this.prefix + key, text);
      return;
    } catch {
      this.evictAllExcept(key);
    }
    try {
      this.storage.setItem(this.prefix + key, text);
    } catch {
      this.remove(key);
    }
  }

  remove(key: string): void {
    try {
      this.storage.removeItem(this.prefix + key);
    } catch {
      // A storage that cannot remove cannot hold stale data either.
    }
  }

  private evictAllExcept(key: string): void {
    const { length } = this.storage;
    if (length === undefined || this.storage.key === undefined) return;
    const ours: string[] = [];
    for (let i = 0; i < length; i++) {
      const k = this.storage.key(i);
      if (k !== null && k.startsWith(this.prefix) && k !== this.prefix + key) ours.push(k);
    }
    for (const k of ours) this.storage.removeItem(k);
  }
}

/** True while `page` is younger than `freshnessMs` at `now` (epoch ms). */
export function isFresh(page: CachedPage, now: number, freshnessMs = DEFAULT_FRESHNESS_MS): boolean {
  const age = now - page.storedAt;
  return age >= 0 && age < freshnessMs;
}

function parseCachedPage(text: string): CachedPage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.url !== "string" || typeof v.html !== "string" || typeof v.retrieved !== "string") return undefined;
  if (typeof v.storedAt !== "number" || !Number.isFinite(v.storedAt)) return undefined;
  const page: CachedPage = { url: v.url, html: v.html, retrieved: v.retrieved, storedAt: v.storedAt };
  if (typeof v.etag === "string") page.etag = v.etag;
  if (typeof v.lastModified === "string") page.lastModified = v.lastModified;
  return page;
}
