// Errors as Office.js reports them: an OfficeExtension.Error-like object with a `code`
// (ItemNotFound, InvalidArgument, ItemAlreadyExists, PropertyNotLoaded …), a message and
// debugInfo naming where it happened.

export type HostErrorCode =
  | "ItemNotFound"
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "InvalidReference"
  | "PropertyNotLoaded"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection"
  | "AccessDenied"
  | "Conflict"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InsertDeleteConflict"
  | "NotImplemented"
  | "GeneralException";

export interface HostErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class HostError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: HostErrorDebugInfo;
  constructor(
    readonly code: HostErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  /** The same error, naming the queued call it came from. */
  at(location: string): HostError {
    return this.debugInfo.errorLocation === undefined ? new HostError(this.code, this.message, location) : this;
  }
}

export function notLoaded(entity: string, property: string): HostError {
  return new HostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}
