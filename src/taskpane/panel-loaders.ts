// The pane's panels loaded by import(): the sections below the first paint and what a job shows.
// One place, so the pane can fetch them when idle without pulling any of them into its first
// script; each loads once, and a failed load is tried again when the panel is next wanted.
import { loadOnce } from "./load-once";

export const loadInExcelPane = loadOnce(() => import("./InExcelPane"));
export const loadMoreSections = loadOnce(() => import("./MoreSections"));
export const loadImportLettersAndPages = loadOnce(() => import("./ImportLettersAndPages"));
export const loadImportDataTables = loadOnce(() => import("./ImportDataTables"));
export const loadSettingsPanel = loadOnce(() => import("./SettingsPanel"));
export const loadLinkRegister = loadOnce(() => import("./records/LinkRegister"));
export const loadRegisterEditor = loadOnce(() => import("./records/RegisterEditor"));
export const loadFlagsPanel = loadOnce(() => import("./FlagsPanel"));
export const loadSourcesLine = loadOnce(() => import("./SourcesLine"));
export const loadJobProgress = loadOnce(() => import("./JobProgress"));
export const loadCommitteePack = loadOnce(() => import("./CommitteePack"));
