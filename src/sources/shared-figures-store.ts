// The one FiguresStore of the add-in's page. With the shared runtime the task pane and the
// =LGSCO.* functions run in the same page, so both take the store from here: what the pane adds
// (a fetched page, an imported letter) is what the formulas show.
//
// The pane's part: after a Fetch or Refresh with the live pull, `store.addCouncilFigures(result)`;
// after a letter import, `store.addFigures(letterYear)`; after changing flag margins,
// `store.setFlagSettings(settings)`. Cached pages are read from the same page cache the pane's
// LgscoClient writes (localStorage, the add-in host's /lgsco addresses).
//
// Everything behind the store (the dataset, the statistics-page parser, the client) is loaded
// with import() on the first call: the functions are associated as the page loads, and this
// module is all they bring into the pane's first script.
import type { FiguresStore, CachedPageReader } from "./figures-store";
import type { KeyValueStorage } from "./live/page-cache";

let opening: Promise<FiguresStore> | undefined;

/** The page's store, opened once (the embedded dataset and the parsers load on first use). */
export function sharedFiguresStore(): Promise<FiguresStore> {
  opening ??= openStore();
  return opening;
}

async function openStore(): Promise<FiguresStore> {
  const [{ loadDataset }, { FiguresStore }, cachedPages] = await Promise.all([
    import("./dataset/dataset"),
    import("./figures-store"),
    cachedPagesOption(),
  ]);
  return new FiguresStore({ dataset: await loadDataset(), ...cachedPages });
}

/** Pages the pane's client cached in this browser's localStorage; none where there is no localStorage (Node). */
async function cachedPagesOption(): Promise<{ cachedPages?: CachedPageReader }> {
  const storage = browserStorage();
  if (storage === undefined) return {};
  const [{ pageCacheReader }, { ADDIN_HOST_BASE_URL, LgscoClient }, { PageCache }] = await Promise.all([
    import("./figures-store"),
    import("./live/lgsco-client"),
    import("./live/page-cache"),
  ]);
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
