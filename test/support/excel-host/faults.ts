// What real Excel may do to a request that the add-in must survive, switched on by a test:
// the user editing a cell, a read-only or co-authored workbook, and injected failures (the n-th
// round trip, or a chosen command). Protected sheets live on the sheet model (sheet.protected).
import { HostError, type HostErrorCode } from "./errors";

/** A queued command as a fault sees it: where it was called and what it does ("load", "set values", "add"…). */
export interface CommandView {
  path: string;
  action: string;
}

export interface InjectedFailure {
  code: HostErrorCode;
  message: string;
}

const INJECTED: InjectedFailure = { code: "GeneralException", message: "An injected failure: the request did not complete." };

function isWrite(command: CommandView): boolean {
  return command.action !== "load";
}

export class HostFaults {
  /** Set by startCellEdit: a request without delayForCellEdit fails; one with it waits. */
  private editing: { done: Promise<void>; finish: () => void } | undefined;
  /** A workbook opened read-only (or in a viewer): every change is refused. */
  readOnly = false;
  /** Another author's change arrived: the next change fails with Conflict. */
  private conflicts = 0;
  private roundTripFailures = new Map<number, InjectedFailure>();
  private commandFailures: { matches: (command: CommandView, writeNumber: number) => boolean; failure: InjectedFailure }[] = [];
  private roundTrips = 0;
  private writes = 0;

  get cellEditing(): boolean {
    return this.editing !== undefined;
  }

  /** The user starts typing in a cell (Excel's cell-edit mode). */
  startCellEdit(): void {
    if (this.editing) return;
    let finish = (): void => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.editing = { done, finish };
  }

  /** The user presses Enter or Esc: requests held by delayForCellEdit go ahead. */
  finishCellEdit(): void {
    const editing = this.editing;
    this.editing = undefined;
    editing?.finish();
  }

  /** The next change, whatever it is, meets another author's edit. */
  conflictOnNextChange(): void {
    this.conflicts++;
  }

  /** Fails the n-th round trip from now (1 = the next request sent), before any of it runs. */
  failRoundTrip(n: number, failure: Partial<InjectedFailure> = {}): void {
    this.roundTripFailures.set(this.roundTrips + n, { ...INJECTED, ...failure });
  }

  /** Fails the n-th write command from now (1 = the next); the commands before it in its request stay applied. */
  failWrite(n: number, failure: Partial<InjectedFailure> = {}): void {
    const target = this.writes + n;
    this.commandFailures.push({ matches: (_command, writeNumber) => writeNumber === target, failure: { ...INJECTED, ...failure } });
  }

  /** Fails the first command matching `matches` from now on (once). */
  failCommand(matches: (command: CommandView) => boolean, failure: Partial<InjectedFailure> = {}): void {
    this.commandFailures.push({ matches: (command) => matches(command), failure: { ...INJECTED, ...failure } });
  }

  /** How many round trips and write commands have been sent so far (to count steps of a job). */
  counts(): { roundTrips: number; writes: number } {
    return { roundTrips: this.roundTrips, writes: this.writes };
  }

  /** Before a request is sent: cell-edit mode (waits or refuses) and injected round-trip failures. */
  async beforeRequest(delayForCellEdit: boolean): Promise<void> {
    while (this.editing) {
      if (!delayForCellEdit) {
        throw new HostError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      await this.editing.done;
    }
    this.roundTrips++;
    const failure = this.roundTripFailures.get(this.roundTrips);
    if (failure) {
      this.roundTripFailures.delete(this.roundTrips);
      throw new HostError(failure.code, failure.message);
    }
  }

  /** Before each command runs: read-only, co-authoring and injected command failures. */
  beforeCommand(command: CommandView): void {
    if (!isWrite(command)) {
      this.failIfMatched(command, 0);
      return;
    }
    this.writes++;
    if (this.readOnly) throw new HostError("AccessDenied", "This workbook is read-only; changes cannot be made to it.");
    if (this.conflicts > 0) {
      this.conflicts--;
      throw new HostError("Conflict", "Another author changed the workbook at the same time; the change was not made.");
    }
    this.failIfMatched(command, this.writes);
  }

  private failIfMatched(command: CommandView, writeNumber: number): void {
    const index = this.commandFailures.findIndex((entry) => entry.matches(command, writeNumber));
    if (index < 0) return;
    const { failure } = this.commandFailures.splice(index, 1)[0]!;
    throw new HostError(failure.code, failure.message);
  }
}
