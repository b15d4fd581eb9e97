// What went wrong with a file, in the analyst's words: one reason per Node error code, so a
// locked workbook (EBUSY on Windows, ETXTBSY, EPERM) is one clear line and never a stack trace.

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "there is no such file",
  EISDIR: "it is a folder",
  ENOTDIR: "a folder on its path is a file",
  EACCES: "permission denied",
  EPERM: "permission denied, or it is open in another program",
  EBUSY: "it is locked or busy (is it open in Excel?)",
  ETXTBSY: "it is busy (another program is using it)",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is full",
  ELOOP: "its symbolic links go round in a loop",
  ENAMETOOLONG: "its name is too long",
  EMFILE: "too many files are open",
  EIO: "the disk reported an error",
};

/** The Node error code of a failed file operation, when it has one. */
export function fileErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a file operation failed, or undefined when the error is not a file-system one (a bug). */
export function fileErrorReason(error: unknown): string | undefined {
  const code = fileErrorCode(error);
  if (code === undefined) return undefined;
  return REASONS[code] ?? `the system refused (${code})`;
}
