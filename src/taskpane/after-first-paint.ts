// Work that must not compete with the pane's first paint: starting an import() during the first
// render adds its script tags to that render, and a chunk that arrives before it is evaluated ahead
// of it. These wait for the first commit instead (React runs effects after it).
import { useEffect, useState } from "react";

type Loading<T> = { state: "waiting" } | { state: "loaded"; value: T } | { state: "failed"; error: unknown };

/**
 * What `load` resolves to, loaded once after the component's first commit; undefined until then.
 * A failure is thrown from the render, to the nearest error boundary, as React.lazy's would be.
 */
export function useLoadedAfterFirstPaint<T>(load: () => Promise<T>): T | undefined {
  const [loading, setLoading] = useState<Loading<T>>({ state: "waiting" });
  useEffect(() => {
    let mounted = true;
    load().then(
      (value) => mounted && setLoading({ state: "loaded", value }),
      (error: unknown) => mounted && setLoading({ state: "failed", error }),
    );
    return () => {
      mounted = false;
    };
  }, [load]);
  if (loading.state === "failed") throw loading.error;
  return loading.state === "loaded" ? loading.value : undefined;
}

/** Renders nothing; runs `start` once, after the first commit of the tree it is in. */
export function AfterFirstPaint({ start }: { start: () => void }) {
  useEffect(() => start(), [start]);
  return null;
}
