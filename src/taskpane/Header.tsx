import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { flexShrink: 0 },
  titles: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { margin: 0 },
  caption: { color: tokens.colorNeutralForeground3 },
});

export function Header() {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img className={styles.icon} src="assets/icon-32.png" width={32} height={32} alt="" />
      <div className={styles.titles}>
        <Subtitle1 as="h1" className={styles.title}>Ombudsman Scrutiny</Subtitle1>
        <Caption1 className={styles.caption}>LGSCO complaint statistics, compared with similar councils</Caption1>
      </div>
    </header>
  );
}
