// The measurements the Fetch and Refresh sections print for a renderer-versus-naive comparison.
import type { Measurement } from "../section";
import { WEB_ROUND_TRIP_MS, type RenderComparison } from "./office-round-trips";

const COMPUTED = `computed as syncs × ${WEB_ROUND_TRIP_MS} ms (typical of Excel on the web), not measured`;

export function roundTripMeasurements(comparison: RenderComparison, naiveNote: string): Measurement[] {
  const { renderer, naive, plan } = comparison;
  const rows = plan.rows;
  return [
    { key: "syncs", label: "Office renderer: context.sync calls", value: renderer.syncs, unit: "count", note: `on the in-memory Excel host; ${comparison.rendererRequests} requests by the renderer's count (one read, then the writes)` },
    { key: "roundTrips", label: "Office renderer: requests sent", value: renderer.roundTrips, unit: "count", note: "syncs that carried commands" },
    { key: "largestRequestBytes", label: "Office renderer: largest request", value: renderer.largestRequestBytes, unit: "bytes", note: "JSON size of the queued commands; Excel on the web refuses 5 MB" },
    { key: "totalRequestBytes", label: "Office renderer: all requests", value: renderer.totalRequestBytes, unit: "bytes" },
    { key: "msAt100msPerRoundTrip", label: "Office renderer: time at 100 ms a round trip", value: renderer.msAtWebLatency, unit: "ms", note: COMPUTED },
    { key: "naiveSyncs", label: "Naive renderer: context.sync calls", value: naive.syncs, unit: "count", note: naiveNote },
    { key: "naiveLargestRequestBytes", label: "Naive renderer: largest request", value: naive.largestRequestBytes, unit: "bytes" },
    { key: "naiveTotalRequestBytes", label: "Naive renderer: all requests", value: naive.totalRequestBytes, unit: "bytes" },
    { key: "naiveMsAt100msPerRoundTrip", label: "Naive renderer: time at 100 ms a round trip", value: naive.msAtWebLatency, unit: "ms", note: COMPUTED },
    { key: "councils", label: "Councils in the plan", value: plan.councils, unit: "count" },
    { key: "keyStatsRows", label: "OmbudsmanKeyStats rows", value: rows.keyStats ?? 0, unit: "count", note: "council-years" },
    { key: "flagRows", label: "OmbudsmanFlags rows", value: rows.flags ?? 0, unit: "count" },
    { key: "peerRows", label: "OmbudsmanPeers rows", value: rows.peers ?? 0, unit: "count" },
    { key: "caseloadRows", label: "OmbudsmanCaseload rows", value: rows.caseload ?? 0, unit: "count" },
    { key: "charts", label: "Charts", value: plan.charts, unit: "count" },
  ];
}
