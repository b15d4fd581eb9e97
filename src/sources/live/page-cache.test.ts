import { describe, expect, it } from "vitest";
import { MemoryStorage, PageCache, isFresh, type CachedPage, type KeyValueStorage } from "./page-cache";

const page: CachedPage = {
  url: "https://www.lgo.org.uk/your-councils-performance/kent-county-council/statistics",
  html: "<h1>Kent County Council</h1>",
  retrieved: "2026-01-15T09:00:00.000Z",
  storedAt: Date.parse("2026-01-15T09:00:00Z"),
  etag: '"abc"',
};

/** Web Storage with a size limit, like localStorage's few megabytes. */
class SmallStorage extends MemoryStorage {
  constructor(private readonly maxChars: number) {
    super();
  }
  override setItem(key: string, value: string): void {
    let used = value.length;
    for (let i = 0; i < this.length; i++) {
      const k = this.key(i)!;
      if (k !== key) used += this.getItem(k)!.length;
    }
    if (used > this.maxChars) throw new DOMException("quota", "QuotaExceededError");
    super.setItem(key, value);
  }
}

describe("PageCache", () => {
  it("gives back what it stored, under its own prefix", () => {
    const storage = new MemoryStorage();
    const cache = new PageCache(storage);
    cache.put("k", page);
    expect(cache.get("k")).toEqual(page);
    expect(storage.key(0)).toBe("ombudsman-scrutiny:lgsco-page:k");
  });

  it("treats an unreadable or malformed entry as a miss and drops it", () => {
    const storage = new MemoryStorage();
    const cache = new PageCache(storage);
    for (const junk of ["{not json", "null", JSON.stringify({ ...page, html: 42 }), JSON.stringify({ ...page, storedAt: "yesterday" })]) {
      storage.setItem("ombudsman-scrutiny:lgsco-page:k", junk);
      expect(cache.get("k")).toBeUndefined();
      expect(storage.length).toBe(0);
    }
  });

  it("never lets a failing storage break a fetch", () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    const cache = new PageCache(broken);
    expect(() => cache.put("k", page)).not.toThrow();
    expect(cache.get("k")).toBeUndefined();
  });

  it("makes room by dropping its own older pages when the storage is full, leaving others' keys alone", () => {
    const storage = new SmallStorage(Math.floor(JSON.stringify(page).length * 1.5));
    storage.setItem("someone-else", "x");
    const cache = new PageCache(storage);
    cache.put("a", page);
    cache.put("b", page);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toEqual(page);
    expect(storage.getItem("someone-else")).toBe("x");
  });

  it("counts a page fresh for 24 hours from when it was stored or confirmed", () => {
    const hour = 3_600_000;
    expect(isFresh(page, page.storedAt + 23 * hour)).toBe(true);
    expect(isFresh(page, page.storedAt + 24 * hour)).toBe(false);
    // A clock that went backwards is no proof of freshness.
    expect(isFresh(page, page.storedAt - hour)).toBe(false);
  });
});

describe("MemoryStorage", () => {
  it("keeps at most its limit, dropping the oldest", () => {
    const storage = new MemoryStorage(2);
    storage.setItem("a", "1");
    storage.setItem("b", "2");
    storage.setItem("c", "3");
    expect([storage.getItem("a"), storage.getItem("b"), storage.getItem("c")]).toEqual([null, "2", "3"]);
  });
});
