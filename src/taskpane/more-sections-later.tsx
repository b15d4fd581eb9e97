// The sections below the first paint (the imports, Your complaints register, Settings) load
// after it: Fluent's Accordion and its motion alone weigh a third of a bare page's script.
import { lazy, Suspense } from "react";
import type { MoreSectionsProps } from "./MoreSections";

import { loadMoreSections } from "./panel-loaders";
const MoreSections = lazy(() => loadMoreSections().then((module) => ({ default: module.MoreSections })));

export function MoreSectionsLater(props: MoreSectionsProps) {
  return (
    <Suspense fallback={null}>
      <MoreSections {...props} />
    </Suspense>
  );
}
