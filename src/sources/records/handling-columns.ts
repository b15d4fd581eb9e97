// Which of the committee pack's optional columns a register mapping has: a count needing one it
// lacks is left empty (not recorded, never 0) and the pack names the column that would fill it.
import type { HandlingColumns } from "../../domain/complaint-handling";
import type { RegisterMapping } from "./complaints-register";

export function handlingColumns(mapping: RegisterMapping): HandlingColumns {
  const has = (field: keyof RegisterMapping["columns"]) => mapping.columns[field] !== undefined;
  return {
    stage: has("stage"),
    service: has("service"),
    dateAcknowledged: has("dateAcknowledged"),
    dateResponded: has("dateResponded"),
    internalOutcome: has("internalOutcome"),
    reasonNotAccepted: has("reasonNotAccepted"),
    lgsco: has("lgscoDecision") || has("lgscoReference") || has("lgscoDecisionDate"),
  };
}
