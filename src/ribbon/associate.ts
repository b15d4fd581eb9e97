// Imported by the pane's entry (one line): the ribbon's commands are associated as the shared
// runtime's page loads, whether or not the pane is ever shown.
import { associateRibbonCommands } from "./refresh-command";

export const ribbonCommandsAssociated: boolean = associateRibbonCommands();
