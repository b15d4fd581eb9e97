// The register's workbook API for the pane, loaded by import() on first use (with the workbook
// code, never in the pane's first script). Only call where Office is ready and the host is Excel.
import type { RegisterWorkbook } from "../../workbook/pane/register-workbook";
import { loadOnce } from "../load-once";

export const lazyRegisterWorkbook: () => Promise<RegisterWorkbook> = loadOnce(() =>
  import("../../workbook/pane/register-workbook").then((module) => module.officeRegisterWorkbook()),
);
