// Fluent's design tokens as the CSS variables FluentProvider defines, for the first paint's own
// styles. makeStyles would bring Griffel's runtime CSS compiler and the whole tokens table into
// the pane's first script (about a third of a bare page's weight); plain style objects do not.
import type { tokens } from "@fluentui/react-components";

/** Every token but the z-indexes, whose variables carry a fallback. */
export type TokenName = Exclude<keyof typeof tokens, `zIndex${string}`>;

/** "var(--spacingVerticalL)": what `tokens.spacingVerticalL` holds, without bundling `tokens`. */
export function token(name: TokenName): string {
  return `var(--${name})`;
}
