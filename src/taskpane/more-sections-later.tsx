// The sections below the first paint (the imports, Your complaints register, Settings) load
// after it: Fluent's Accordion and its motion alone weigh a third of a bare page's script. Their
// import starts only once the first paint is committed, not during it (after-first-paint.ts).
import { useLoadedAfterFirstPaint } from "./after-first-paint";
import type { MoreSectionsProps } from "./MoreSections";
import { loadMoreSections } from "./panel-loaders";

export function MoreSectionsLater(props: MoreSectionsProps) {
  const sections = useLoadedAfterFirstPaint(loadMoreSections);
  return sections ? <sections.MoreSections {...props} /> : null;
}
