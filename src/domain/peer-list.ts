// The analyst's own peer set (e.g. their CIPFA nearest neighbours), pasted or kept in a file as
// council names, short names or GSS codes, one per line or separated by ";". Each is resolved
// through the register by meaning; an unknown or ambiguous one is named, never guessed.
import type { LookupResult } from "./register";
import type { Authority } from "./types";

/** A peer list with entries the register cannot place: every such entry is named in one message. */
export class PeerListError extends Error {
  override readonly name = "PeerListError";
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? `The list of peer councils has a problem: ${problems[0]}`
        : `The list of peer councils has ${problems.length} problems: ${problems.join(" ")}`,
    );
  }
}

/** The entries of a pasted list: split on ";" and line ends; blank entries and "#" comment lines are dropped. */
export function splitPeerList(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .filter((line) => !line.trim().startsWith("#"))
    .flatMap((line) => line.split(";"))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/**
 * The councils a list names, in its order, each once; `forCouncil` (the council the set is for) is
 * left out, as it is always compared. Throws PeerListError naming each entry it could not place.
 */
export function resolvePeerList(
  text: string,
  register: { lookup(query: string): LookupResult },
  forCouncil?: Pick<Authority, "gss">,
): Authority[] {
  const entries = splitPeerList(text);
  if (entries.length === 0) throw new PeerListError(["it names no council (give names, short names or GSS codes, one per line or separated by \";\")."]);
  const problems: string[] = [];
  const peers: Authority[] = [];
  for (const entry of entries) {
    const found = register.lookup(entry);
    if (found.kind !== "found") {
      problems.push(found.message);
      continue;
    }
    if (found.authority.gss === forCouncil?.gss || peers.some((peer) => peer.gss === found.authority.gss)) continue;
    peers.push(found.authority);
  }
  if (problems.length > 0) throw new PeerListError(problems);
  return peers;
}
