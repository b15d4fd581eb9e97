// The code an Office.js error carries (OfficeExtension.Error's `code`: "ItemNotFound",
// "InvalidOperationInCellEditMode" …); the in-memory host's errors carry one too.
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}
