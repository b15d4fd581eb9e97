// The pane's "Link the register" section: says whether the council's own complaints register is
// linked (and where), and opens the editor to link it, change it or unlink it. Fetch my council
// and Refresh comparisons then set the register beside the published figures on the
// `Ombudsman vs records` sheet. The editor and the register's workbook API load on first use.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { RegisterLink, RegisterWorkbook } from "../../workbook/pane/register-workbook";
import { loadRegisterEditor } from "../panel-loaders";

const RegisterEditor = lazy(() => loadRegisterEditor().then((module) => ({ default: module.RegisterEditor })));

export interface LinkRegisterProps {
  /** The register's workbook API, loaded on first use. */
  registerWorkbook: () => Promise<RegisterWorkbook>;
  /** The council chosen in the picker: a register is linked as this council's. */
  council?: { gss: string; name: string };
  /** False outside Excel: the section says what it is for but does nothing. */
  enabled: boolean;
  /** Told when a link is saved or removed. */
  onChange?: (link: RegisterLink | undefined) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  title: { display: "block" },
});

interface Linked {
  link: RegisterLink;
  where: string;
}

export function LinkRegister({ registerWorkbook, council, enabled, onChange }: LinkRegisterProps) {
  const styles = useStyles();
  const [api, setApi] = useState<RegisterWorkbook | undefined>(undefined);
  const [linked, setLinked] = useState<Linked | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    registerWorkbook().then(
      (loaded) => {
        if (!live) return;
        setApi(loaded);
        const saved = loaded.savedLink();
        setLinked(saved.link ? { link: saved.link, where: loaded.describe(saved.link) } : undefined);
        setNotice(saved.problem);
      },
      (error: unknown) => live && setNotice(`The register section could not load: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [enabled, registerWorkbook]);

  async function unlink(): Promise<void> {
    if (!api) return;
    setBusy(true);
    try {
      await api.unlink();
      setLinked(undefined);
      setNotice(undefined);
      onChange?.(undefined);
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const owner = linked ? (linked.link.councilName ?? linked.link.council) : undefined;
  const otherCouncil = linked !== undefined && council !== undefined && council.gss !== linked.link.council;

  return (
    // The pane's accordion header names the section ("Your complaints register").
    <section className={styles.section} aria-label="Your complaints register">
      {linked === undefined ? (
        <Text>Link your council&apos;s own complaints register to set it beside LGSCO&apos;s figures on the sheet &ldquo;Ombudsman vs records&rdquo;. It is only read, never changed.</Text>
      ) : (
        <Text>
          Linked: {linked.where}, as {owner}&apos;s register. Fetch my council and Refresh comparisons set it beside the published figures.
          {otherCouncil ? ` It is used when ${owner} is in the workbook, not for ${council.name}.` : ""}
        </Text>
      )}
      {notice !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>Your register</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      )}
      {editing && api !== undefined ? (
        <Suspense fallback={<Spinner size="tiny" label="Opening…" />}>
          <RegisterEditor
            api={api}
            {...(council === undefined ? {} : { council })}
            onSaved={(link) => {
              setLinked({ link, where: api.describe(link) });
              setNotice(undefined);
              setEditing(false);
              onChange?.(link);
            }}
            onCancel={() => setEditing(false)}
          />
        </Suspense>
      ) : (
        <div className={styles.actions}>
          <Button disabled={!enabled || api === undefined || busy} onClick={() => setEditing(true)}>
            {linked === undefined ? "Link the register" : "Change the link"}
          </Button>
          {linked !== undefined && (
            <Button disabled={busy} onClick={() => void unlink()}>
              Unlink
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
