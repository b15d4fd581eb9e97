import { Caption1, Subtitle1 } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { token } from "./css-vars";

// Plain style objects over Fluent's CSS variables: the header is in the first paint (see css-vars.ts).
const styles = {
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: token("spacingHorizontalM"),
    padding: `${token("spacingVerticalL")} ${token("spacingHorizontalL")}`,
    borderBottom: `${token("strokeWidthThin")} solid ${token("colorNeutralStroke2")}`,
    backgroundColor: token("colorNeutralBackground2"),
  },
  icon: { flexShrink: 0 },
  titles: { display: "flex", flexDirection: "column", rowGap: token("spacingVerticalXXS"), minWidth: 0 },
  title: { margin: 0 },
  caption: { color: token("colorNeutralForeground3") },
} satisfies Record<string, CSSProperties>;

export function Header() {
  return (
    <header style={styles.header}>
      <img style={styles.icon} src="assets/icon-32.png" width={32} height={32} alt="" />
      <div style={styles.titles}>
        <Subtitle1 as="h1" style={styles.title}>Ombudsman Scrutiny</Subtitle1>
        <Caption1 style={styles.caption}>LGSCO complaint statistics, compared with similar councils</Caption1>
      </div>
    </header>
  );
}
