// The pane's one way to load code on first use: the import() runs once and every caller shares
// it; a load that fails is forgotten, so the next use tries again (a dropped connection is not
// remembered for the life of the pane).
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading === undefined) {
      const attempt = load();
      loading = attempt;
      // Forget only this attempt: a retry already under way is kept.
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
    }
    return loading;
  };
}
