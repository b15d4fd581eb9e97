// A complaints register we compose for the bench (no council's): `count` complaints spread over
// one LGSCO year, every 5th taken to stage 2, every 50th to LGSCO, across six services, with
// acknowledgement and response dates so every pack table has work to do. Deterministic.
import type { HandlingColumns } from "../../src/domain/complaint-handling";
import type { OwnComplaint, StageHandling } from "../../src/domain/own-records";
import { yearSpan } from "../../src/domain/years";
import type { PackRegister } from "../../src/workbook/plan/pack/pack-input";

const SERVICES = ["Housing", "Council tax", "Waste", "Planning", "Adult social care", "Highways"];
const DAY_MS = 86_400_000;

function plusDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function composedRegister(year: string, count: number): PackRegister {
  const { start } = yearSpan(year);
  const complaints: OwnComplaint[] = [];
  for (let i = 0; i < count; i++) {
    const received = plusDays(start, i % 360);
    const handling: StageHandling[] = [{ stage: 1, row: i + 2, received, acknowledged: plusDays(received, 1 + (i % 6)), responded: plusDays(received, 7 + (i % 12)), outcome: i % 3 === 0 ? "Upheld" : "Not upheld" }];
    const escalated = i % 5 === 0;
    if (escalated) handling.push({ stage: 2, row: i + 2, received: plusDays(received, 20), acknowledged: plusDays(received, 22), responded: plusDays(received, 45 + (i % 9)) });
    const toLgsco = i % 50 === 0;
    complaints.push({
      reference: `BENCH-${i + 1}`,
      rows: [i + 2],
      dateReceived: received,
      service: SERVICES[i % SERVICES.length]!,
      stage: escalated ? 2 : 1,
      reachedLgsco: toLgsco,
      handling,
      ...(i % 40 === 7 ? { reasonNotAccepted: i % 80 === 7 ? "Out of time" : "Legal proceedings" } : {}),
      ...(toLgsco ? { lgscoDecision: i % 100 === 0 ? ("upheld" as const) : ("not-upheld" as const), lgscoDecisionDate: plusDays(received, 5), remedyCompliedWith: true } : {}),
    });
  }
  const columns: HandlingColumns = { stage: true, service: true, dateAcknowledged: true, dateResponded: true, internalOutcome: true, reasonNotAccepted: true, lgsco: true };
  return { complaints, source: `a composed register of ${count} complaints (bench)`, columns, notRecorded: [] };
}
