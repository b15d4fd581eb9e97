// For a person trying the harness by hand (TEST CODE): the in-memory workbook drawn beside the
// pane when the window is wide enough (900 px or more), so Fetch, a followed flag's selected
// row and Refresh can be seen without the console. Hidden in narrower windows, so the e2e
// tests at 320 and 500 px see the pane alone.
import type { ExcelHost } from "../../support/excel-host";
import { columnLetters } from "../../support/excel-host/address";

const STYLE = `
  #e2e-workbook { display: none; }
  @media (min-width: 900px) {
    #root { width: 440px; border-right: 1px solid #c8c8c8; }
    #e2e-workbook { display: flex; flex-direction: column; position: fixed; top: 0; bottom: 0; left: 441px; right: 0;
      font: 12px system-ui, sans-serif; background: #f5f5f5; color: #1b1b1b; }
    #e2e-workbook header { padding: 8px 12px; font-weight: 600; border-bottom: 1px solid #d0d0d0; }
    #e2e-workbook .tabs { display: flex; flex-wrap: wrap; gap: 4px; padding: 6px 12px; border-bottom: 1px solid #d0d0d0; }
    #e2e-workbook .tabs button { font: inherit; padding: 2px 8px; border: 1px solid #b0b0b0; background: #fff; cursor: pointer; }
    #e2e-workbook .tabs button[aria-pressed="true"] { background: #1b4f72; color: #fff; border-color: #1b4f72; }
    #e2e-workbook .grid { overflow: auto; flex: 1; }
    #e2e-workbook table { border-collapse: collapse; background: #fff; }
    #e2e-workbook th, #e2e-workbook td { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
    #e2e-workbook th { background: #ececec; font-weight: 500; color: #555; }
    #e2e-workbook td.bold { font-weight: 600; }
    #e2e-workbook td.selected { background: #cfe3f7; outline: 1px solid #1b4f72; }
  }
`;

const MAX_ROWS = 80;
const MAX_COLUMNS = 18;

function shown(value: string | number | boolean | undefined, numberFormat: string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number" && numberFormat?.includes("%")) {
    const decimals = /0\.(0+)%/.exec(numberFormat)?.[1]?.length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  return String(value);
}

export function mountWorkbookView(host: ExcelHost): () => void {
  const style = document.createElement("style");
  style.textContent = STYLE;
  document.head.append(style);
  const aside = document.createElement("aside");
  aside.id = "e2e-workbook";
  aside.setAttribute("aria-label", "The in-memory workbook (harness)");
  document.body.append(aside);
  let viewing: string | undefined;

  const render = (): void => {
    const names = host.sheetNames();
    const active = host.activeSheetName();
    if (viewing === undefined || !names.includes(viewing)) viewing = active;
    const sheet = host.model.sheetByName(viewing)!;
    const selection = host.model.selection?.sheetId === sheet.id ? host.model.selection.rect : undefined;
    const used = sheet.usedRect(false);
    const rows = used ? Math.min(used.bottom + 1, MAX_ROWS) : 0;
    const columns = used ? Math.min(used.right + 1, MAX_COLUMNS) : 0;

    const header = document.createElement("header");
    header.textContent = `Workbook (in-memory Excel host): active sheet "${active}"`;
    const tabs = document.createElement("div");
    tabs.className = "tabs";
    for (const name of names) {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.textContent = name;
      tab.setAttribute("aria-pressed", String(name === viewing));
      tab.addEventListener("click", () => {
        viewing = name;
        render();
      });
      tabs.append(tab);
    }
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    head.append(document.createElement("th"));
    for (let c = 0; c < columns; c++) {
      const th = document.createElement("th");
      th.textContent = columnLetters(c);
      head.append(th);
    }
    const body = table.createTBody();
    for (let r = 0; r < rows; r++) {
      const row = body.insertRow();
      const th = document.createElement("th");
      th.textContent = String(r + 1);
      row.append(th);
      for (let c = 0; c < columns; c++) {
        const cell = sheet.cell(r, c);
        const td = row.insertCell();
        td.textContent = shown(cell?.value, cell?.numberFormat);
        if (cell?.bold) td.classList.add("bold");
        if (selection && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right) td.classList.add("selected");
      }
    }
    const grid = document.createElement("div");
    grid.className = "grid";
    grid.append(table);
    aside.replaceChildren(header, tabs, grid);
  };
  render();
  return () => {
    // Show the sheet Excel shows: a job that activates a sheet brings it into view.
    viewing = host.activeSheetName();
    render();
  };
}
