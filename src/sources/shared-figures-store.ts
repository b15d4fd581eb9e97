// The one FiguresStore of the add-in's page. With the shared runtime the task pane and the
// =LGSCO.* functions run in the same page, so both take the store from here: what the pane adds
// (a fetched page, an imported letter) is what the formulas show.
//
// The pane's part: after a Fetch or Refresh with the live pull, `store.addCouncilFigures(result)`;
// after a letter import, `store.addFigures(letterYear)`; after changing flag margins,
// `store.setFlagSettings(settings)`. Cached pages are read from the same page cache the pane's
// LgscoClient writes (localStorage, the add-in host's /lgsco addresses).
import { loadDataset } from "./dataset";
import { FiguresStore, pageCacheReader, type CachedPageReader } from "./figures-store";
import { ADDIN_HOST_BASE_URL, LgscoClient } from "./lgsco-client";
import { PageCache, type KeyValueStorage } from "./page-cache";

let opening: Promise<FiguresStore> | undefined;

/** The page's store, opened once (the embedded dataset loads on first use). */
export function sharedFiguresStore(): Promise<FiguresStore> {
  opening ??= loadDataset().then((dataset) => new FiguresStore({ dataset, ...cachedPagesOption() }));
  return opening;
}

/** Pages the pane's client cached in this browser's localStorage; none where there is no localStorage (Node). */
function cachedPagesOption(): { cachedPages?: CachedPageReader } {
  const storage = browserStorage();
  if (storage === undefined) return {};
  return { cachedPages: pageCacheReader(new PageCache(storage), new LgscoClient({ baseUrl: ADDIN_HOST_BASE_URL })) };
}

function browserStorage(): KeyValueStorage | undefined {
  try {
    // Reading localStorage throws where storage is blocked (some sandboxed webviews).
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
