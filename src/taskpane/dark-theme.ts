// Fluent's dark theme on its own, so the pane's first script carries only the light one; the
// entry loads this before the first render where Office (or the system) is dark.
export { webDarkTheme } from "@fluentui/react-components";
