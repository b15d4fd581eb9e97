// The pane's sections below the status line: Import letters and pages, Import LGSCO data
// tables, Your complaints register, Committee pack, Settings. Each panel's code loads when the pane is idle or when the section is opened.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, type ReactNode } from "react";
import type {
  CouncilOption,
  DataTableInput,
  DataTablesAdded,
  DataTablesReading,
  DocumentInput,
  DocumentReadingRow,
  PackChoice,
  PackResult,
  PaneProblem,
  PaneSettings,
} from "../workbook/pane/pane-api";
import type { RegisterWorkbook } from "../workbook/pane/register-workbook";
import type { PaneEnvironment } from "./environment";
import type { JobOutcome } from "./pane-jobs";
import { loadCommitteePack, loadImportDataTables, loadImportLettersAndPages, loadLinkRegister, loadSettingsPanel } from "./panel-loaders";

const ImportLettersAndPages = lazy(() => loadImportLettersAndPages().then((module) => ({ default: module.ImportLettersAndPages })));
const ImportDataTables = lazy(() => loadImportDataTables().then((module) => ({ default: module.ImportDataTables })));
const SettingsPanel = lazy(() => loadSettingsPanel().then((module) => ({ default: module.SettingsPanel })));
const CommitteePack = lazy(() => loadCommitteePack().then((module) => ({ default: module.CommitteePack })));
const LinkRegister = lazy(() => loadLinkRegister().then((module) => ({ default: module.LinkRegister })));

const useStyles = makeStyles({
  rule: { width: "100%", height: 0, margin: 0, border: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  accordion: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

/** What the sections can do: absent outside Excel, where they are shown disabled. */
export interface SectionJobs {
  busy: boolean;
  settings: PaneSettings | undefined;
  selected: CouncilOption | undefined;
  readDocuments: (inputs: readonly DocumentInput[]) => Promise<JobOutcome<DocumentReadingRow[]>>;
  addDocuments: (rows: readonly DocumentReadingRow[]) => Promise<PaneProblem | undefined>;
  readDataTables: (files: readonly DataTableInput[]) => Promise<JobOutcome<DataTablesReading>>;
  addDataTables: (reading: DataTablesReading) => Promise<JobOutcome<DataTablesAdded>>;
  saveSettings: (settings: PaneSettings) => Promise<PaneProblem | undefined>;
  registerWorkbook?: () => Promise<RegisterWorkbook>;
  /** Years the figures cover, for the committee pack's year. */
  yearsHeld?: string[];
  buildPack?: (choice: PackChoice) => Promise<PackResult>;
}

export interface MoreSectionsProps {
  environment: PaneEnvironment;
  jobs?: SectionJobs;
}

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<span>Loading…</span>}>{children}</Suspense>;
}

const notInExcel = (): Promise<never> => Promise.reject(new Error("The pane is not in Excel."));

export function MoreSections({ environment, jobs }: MoreSectionsProps) {
  const styles = useStyles();
  const busy = jobs?.busy ?? false;
  return (
    <>
      <hr className={styles.rule} />
      <Accordion className={styles.accordion} collapsible multiple>
        <AccordionItem value="documents">
          <AccordionHeader as="h2">Import letters and pages</AccordionHeader>
          <AccordionPanel>
            <Later>
              <ImportLettersAndPages
                disabled={!jobs}
                busy={busy}
                {...(jobs?.selected ? { councilName: jobs.selected.name } : {})}
                read={jobs?.readDocuments ?? notInExcel}
                add={jobs?.addDocuments ?? notInExcel}
              />
            </Later>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="data-tables">
          <AccordionHeader as="h2">Import LGSCO data tables</AccordionHeader>
          <AccordionPanel>
            <Later>
              <ImportDataTables disabled={!jobs} busy={busy} read={jobs?.readDataTables ?? notInExcel} add={jobs?.addDataTables ?? notInExcel} />
            </Later>
          </AccordionPanel>
        </AccordionItem>
        {/* The council's own records: the linked register reaches Fetch and Refresh through the workbook's ownRecords. */}
        <AccordionItem value="register">
          <AccordionHeader as="h2">Your complaints register</AccordionHeader>
          <AccordionPanel>
            <Later>
              <LinkRegister
                registerWorkbook={jobs?.registerWorkbook ?? notInExcel}
                {...(jobs?.selected ? { council: { gss: jobs.selected.gss, name: jobs.selected.name } } : {})}
                enabled={jobs?.registerWorkbook !== undefined}
              />
            </Later>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="pack">
          <AccordionHeader as="h2">Committee pack</AccordionHeader>
          <AccordionPanel>
            <Later>
              <CommitteePack council={jobs?.selected} years={jobs?.yearsHeld ?? []} busy={busy} {...(jobs?.buildPack ? { build: jobs.buildPack } : {})} />
            </Later>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader as="h2">Settings</AccordionHeader>
          <AccordionPanel>
            <Later>
              <SettingsPanel
                settings={jobs?.settings}
                {...(jobs?.selected ? { council: { gss: jobs.selected.gss, name: jobs.selected.name } } : {})}
                ownHost={environment.pageOrigin ?? "this add-in's host"}
                disabled={!jobs}
                busy={busy}
                save={jobs?.saveSettings ?? notInExcel}
              />
            </Later>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
