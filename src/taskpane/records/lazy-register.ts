// The register's workbook API for the pane, loaded by import() on first use (with the workbook
// code, never in the pane's first script). Only call where Office is ready and the host is Excel.
import type { RegisterWorkbook } from "../../workbook/pane/register-workbook";

let loading: Promise<RegisterWorkbook> | undefined;

export function lazyRegisterWorkbook(): Promise<RegisterWorkbook> {
  loading ??= import("../../workbook/pane/register-workbook").then((module) => module.officeRegisterWorkbook());
  loading.catch(() => (loading = undefined));
  return loading;
}
