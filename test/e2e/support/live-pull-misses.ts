// The live pull is on by default (issue 11), and the LGSCO stand-in holds pages for a few councils
// only: for any other council each page name tried answers 404 through the add-in host's relay,
// as LGSCO itself would, and Chromium logs each as a console error. Those misses are the live
// pull working; everything else a page reports is still a problem.
import type { PageProblems } from "./chromium";

const RELAY_MISS = /\/lgsco\/[A-Za-z0-9-]+\/statistics: (HTTP 404|net::ERR_ABORTED)$/;
const CONSOLE_404 = /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/;

/** `problems` without the relay's page-name misses and as many console 404 lines as there were misses answered 404. */
export function withoutLivePullMisses(problems: PageProblems): PageProblems {
  const misses = problems.failedRequests.filter((entry) => RELAY_MISS.test(entry));
  let consoleMisses = misses.filter((entry) => entry.endsWith("HTTP 404")).length;
  return {
    ...problems,
    failedRequests: problems.failedRequests.filter((entry) => !RELAY_MISS.test(entry)),
    consoleErrors: problems.consoleErrors.filter((entry) => !(CONSOLE_404.test(entry) && consoleMisses-- > 0)),
  };
}
