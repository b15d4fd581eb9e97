// The request context: the queue of commands, context.sync(), and the meters a test or the
// bench reads (syncs, round trips, bytes per request). A request larger than the limit
// (Excel on the web refuses requests over 5 MB) is refused whole, as Excel does.
import { Execution, type Operation, type QueueOwner } from "./client-object";
import { HostError } from "./errors";
import type { HostFaults } from "./faults";
import { WorkbookProxy } from "./sheet-proxies";
import type { WorkbookModel } from "./workbook-model";

const utf8 = new TextEncoder();

export interface HostRequest {
  /** JSON size of the queued commands. */
  bytes: number;
  operations: number;
  /** Whether the request asked Excel to hold calculation until it was done. */
  calculationSuspended: boolean;
}

export interface HostMeter {
  /** Calls of context.sync() (and Excel.run's closing sync when it had work to send). */
  syncs: number;
  /** Requests actually sent: syncs with queued commands. */
  roundTrips: number;
  requests: HostRequest[];
}

export interface ContextHost {
  readonly model: WorkbookModel;
  readonly meter: HostMeter;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  readonly faults: HostFaults;
}

/** Excel.run's options (Excel.RunOptions) the add-in uses. */
export interface HostRunOptions {
  delayForCellEdit?: boolean;
}

export class HostRequestContext implements QueueOwner {
  readonly workbook: WorkbookProxy;
  private queue: Operation[] = [];
  private bytes = 0;
  private suspended = false;
  readonly trackedObjects = { add: (): void => {}, remove: (): void => {} };

  constructor(
    private readonly host: ContextHost,
    private readonly options: HostRunOptions = {},
  ) {
    this.workbook = new WorkbookProxy(this, "workbook", (exec) => exec.model);
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  get context(): HostRequestContext {
    return this;
  }

  get application() {
    return this.workbook.application;
  }

  /** Bytes of the commands queued since the last sync. */
  get pendingRequestBytes(): number {
    return this.bytes;
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
    // Measured in UTF-8 bytes, as the request travels (a JSON string's length counts UTF-16 units).
    this.bytes += utf8.encode(JSON.stringify([operation.path, operation.action, operation.args ?? null])).byteLength;
  }

  noteCalculationSuspended(): void {
    this.suspended = true;
  }

  load<T extends { load(option?: unknown): T }>(object: T, option?: unknown): T {
    return object.load(option);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.host.meter.syncs++;
    return this.send(passThroughValue as T);
  }

  /** Excel.run's closing sync: a request only when something is queued. */
  async flush(): Promise<void> {
    if (this.queue.length === 0) return;
    this.host.meter.syncs++;
    await this.send(undefined);
  }

  private async send<T>(passThroughValue: T): Promise<T> {
    const operations = this.queue;
    const bytes = this.bytes;
    this.queue = [];
    this.bytes = 0;
    // The request runs after the caller's current turn, like a round trip to Excel.
    await Promise.resolve();
    if (operations.length === 0) return passThroughValue;
    await this.host.faults.beforeRequest(this.options.delayForCellEdit === true);
    this.host.meter.roundTrips++;
    this.suspended = false;
    const request: HostRequest = { bytes, operations: operations.length, calculationSuspended: false };
    this.host.meter.requests.push(request);
    if (bytes > this.host.requestLimitBytes) {
      throw new HostError("RequestPayloadSizeLimitExceeded", `The request payload (${bytes} bytes) is larger than the limit of ${this.host.requestLimitBytes} bytes.`);
    }
    const exec = new Execution(this.host.model, this.host.responseLimitBytes);
    for (const operation of operations) {
      try {
        this.host.faults.beforeCommand(operation);
        operation.run(exec);
      } catch (error) {
        request.calculationSuspended = this.suspended;
        throw error instanceof HostError ? error.at(`${operation.path}.${operation.action}`) : error;
      }
    }
    request.calculationSuspended = this.suspended;
    return passThroughValue;
  }
}
