// The bench's sections, in the order they run and print. Add a section: a module in this folder
// default-exporting a BenchSection, and one line here (loaded lazily, so running one section
// never pays for another's imports).
import type { BenchSection } from "../section";

export interface SectionEntry {
  id: string;
  load: () => Promise<{ default: BenchSection }>;
}

export const sections: SectionEntry[] = [
  { id: "taskpane", load: () => import("./taskpane") },
  { id: "pane", load: () => import("./pane") },
  { id: "parsing", load: () => import("./parsing") },
  { id: "dataset", load: () => import("./dataset") },
  { id: "fetchMyCouncil", load: () => import("./fetch-my-council") },
  { id: "refresh20Councils", load: () => import("./refresh-20-councils") },
  { id: "committeePack", load: () => import("./committee-pack") },
];
