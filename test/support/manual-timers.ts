// Timers that only fire when a test says so: time limits can be tested without waiting for them.
import type { Timers } from "../../src/sources/live/lgsco-client";

interface PendingTimer {
  callback: () => void;
  ms: number;
}

export class ManualTimers implements Timers {
  private nextId = 1;
  private readonly pending = new Map<number, PendingTimer>();

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { callback, ms });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Delays of the timers still waiting, in the order they were set. */
  pendingDelays(): number[] {
    return [...this.pending.values()].map((t) => t.ms);
  }

  /** Fires every waiting timer, as if their time had come. */
  fireAll(): void {
    const due = [...this.pending.entries()];
    for (const [id] of due) this.pending.delete(id);
    for (const [, timer] of due) timer.callback();
  }
}

/** A sleep that returns at once and remembers the pauses asked for. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; pauses: number[] } {
  const pauses: number[] = [];
  return {
    pauses,
    sleep: (ms) => {
      pauses.push(ms);
      return Promise.resolve();
    },
  };
}
