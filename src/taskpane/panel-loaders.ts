// The pane's panels loaded by import(): the sections below the first paint and what a job shows.
// One place, so the pane can fetch them when idle without pulling any of them into its first script.
export const loadMoreSections = () => import("./MoreSections");
export const loadImportLetter = () => import("./ImportLetter");
export const loadSettingsPanel = () => import("./SettingsPanel");
export const loadLinkRegister = () => import("./records/LinkRegister");
export const loadFlagsPanel = () => import("./FlagsPanel");
export const loadSourcesLine = () => import("./SourcesLine");
export const loadJobProgress = () => import("./JobProgress");
export const loadCommitteePack = () => import("./CommitteePack");
