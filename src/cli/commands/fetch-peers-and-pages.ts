// Two of `cli fetch`'s options read before anything is written: --live with the council's LGSCO
// page name (--lgsco-page alone, else the names tried in order, the one that answered last time
// first), and --peers, the analyst's own peer set resolved through the register.
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { PeerListError, resolvePeerList } from "../../domain/peer-list";
import type { Authority } from "../../domain/types";
import type { CouncilFiguresOptions, StatisticsPageFetcher } from "../../sources/live/council-figures";
import type { Dataset } from "../../sources/dataset/dataset";
import type { RememberedPageNames } from "../../sources/live/page-names";
import { CliInputError } from "../cli-error";
import { readInputFile } from "../read-input-file";
import type { FetchOptions } from "./fetch-options";

export interface LiveDependencies {
  liveClient(): StatisticsPageFetcher;
  pageNames?(): RememberedPageNames;
}

/** --live's options: the analyst's --lgsco-page alone, else the names in order, the one remembered first. */
export function liveOptions(options: Pick<FetchOptions, "lgscoPage">, authority: Authority, deps: LiveDependencies): CouncilFiguresOptions {
  const client = deps.liveClient();
  if (options.lgscoPage !== undefined) return { live: true, client, pageName: options.lgscoPage, onlyPageName: true };
  const remembered = deps.pageNames?.().get(authority.gss);
  return { live: true, client, ...(remembered === undefined ? {} : { pageName: remembered }) };
}

const PEER_LIST_MAX_BYTES = 1024 * 1024;

/**
 * --peers: a ";"-separated list, or a file of councils (one per line or ";"-separated) when it
 * names one; each resolved through the register, an unknown or ambiguous one refused by name.
 */
export async function readPeers(value: string, register: Dataset["register"], authority: Authority): Promise<Authority[]> {
  const isList = /[;\n]/.test(value);
  const isFile = !isList && (await stat(value).catch(() => undefined))?.isFile() === true;
  if (!isList && !isFile && /[\\/]|\.(txt|csv)$/i.test(value)) {
    throw new CliInputError(`--peers: there is no file ${value} (give a file of councils, or the councils themselves separated by ";").`);
  }
  // A list of councils is a few KB: bounded like every file the CLI reads.
  const text = isFile ? new TextDecoder().decode(await readInputFile(value, "the peer list", PEER_LIST_MAX_BYTES)) : value;
  try {
    return resolvePeerList(text, register, authority);
  } catch (error) {
    if (error instanceof PeerListError) throw new CliInputError(`--peers${isFile ? ` ${basename(value)}` : ""}: ${error.message}`);
    throw error;
  }
}
