// The in-memory host keeps Office.js's proxy semantics: these tests hold it to them, using only
// the members @types/office-js declares.
import { describe, expect, it } from "vitest";
import { createExcelHost, HostError } from "./index";

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the sync to be rejected");
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync, and not after", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      await context.sync();
      const fresh = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => fresh.values).toThrow(/not available/);
      fresh.load("values");
      expect(() => fresh.values).toThrow(/not available/); // loaded only once synced
      await context.sync();
      expect(fresh.values).toEqual([[5]]);
      try {
        void fresh.address;
        throw new Error("unreachable");
      } catch (error) {
        expect((error as HostError).code).toBe("PropertyNotLoaded");
      }
    });
  });

  it("applies queued writes at sync, in the order they were queued", async () => {
    const host = createExcelHost();
    const context = host.createContext();
    const cell = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
    cell.values = [[1]];
    cell.values = [["second"]];
    expect(host.cell("Sheet1", "B2")).toBeUndefined();
    await context.sync();
    expect(host.cell("Sheet1", "B2")?.value).toBe("second");
  });

  it("reads back a property the add-in set without a load, as Office.js does", async () => {
    const host = createExcelHost();
    const context = host.createContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.name = "Renamed";
    expect(sheet.name).toBe("Renamed");
    await context.sync();
    expect(host.sheetNames()).toEqual(["Renamed"]);
  });

  it("loads navigation properties and collection items by path", async () => {
    const host = createExcelHost({ sheets: ["Data", "Other"] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B3").values = [["Name", "Value"], ["a", 1], ["b", 2]];
      const table = sheet.tables.add("A1:B3", true);
      table.name = "Figures";
      const chart = sheet.charts.add("Line", sheet.getRange("B2:B3"), "Columns");
      chart.name = "Trend";
      await context.sync();

      const sheets = context.workbook.worksheets.load("items/name,items/position,items/charts/items/name");
      const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/rows/count,items/columns/count");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Data", 0],
        ["Other", 1],
      ]);
      expect(sheets.items[0]!.charts.items.map((c) => c.name)).toEqual(["Trend"]);
      const [figures] = tables.items;
      expect(figures!.name).toBe("Figures");
      expect(figures!.worksheet.name).toBe("Data");
      expect(figures!.rows.count).toBe(2);
      expect(figures!.columns.count).toBe(2);
      expect(() => figures!.id).toThrow(/not available/);
    });
  });
});

describe("null objects and errors", () => {
  it("marks a missing item as a null object, readable only after sync", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      missing.load("name");
      present.load("name");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
    });
  });

  it("rejects the sync with ItemNotFound at the failing command, keeping the commands before it", async () => {
    const host = createExcelHost();
    const context = host.createContext();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["kept"]];
    context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["never"]];
    context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["dropped"]];
    const error = await rejection(context.sync());
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toContain('getItem("Missing")');
    expect(host.cell("Sheet1", "A1")?.value).toBe("kept");
    expect(host.cell("Sheet1", "A2")).toBeUndefined();
  });

  it("refuses a second sheet or table of the same name with ItemAlreadyExists", async () => {
    const host = createExcelHost();
    const context = host.createContext();
    context.workbook.worksheets.add("SHEET1");
    expect((await rejection(context.sync())).code).toBe("ItemAlreadyExists");

    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.tables.add("A1:B2", true).name = "Figures";
    sheet.tables.add("D1:E2", true).name = "figures";
    expect((await rejection(context.sync())).code).toBe("ItemAlreadyExists");
  });

  it("refuses values whose shape does not match the range with InvalidArgument", async () => {
    const host = createExcelHost();
    const context = host.createContext();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
});

describe("cells", () => {
  it("reads strings as Excel reads typed text: formulas, numbers, quoted text", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
      range.values = [["=SUM(1,2)", "'=SUM(1,2)", "123", "'123", "-x", "plain"]];
      await context.sync();
    });
    expect(host.cell("Sheet1", "A1")?.formula).toBe("=SUM(1,2)");
    expect(host.cell("Sheet1", "B1")).toMatchObject({ value: "=SUM(1,2)", quotePrefix: true });
    expect(host.cell("Sheet1", "B1")?.formula).toBeUndefined();
    expect(host.cell("Sheet1", "C1")?.value).toBe(123);
    expect(host.cell("Sheet1", "D1")?.value).toBe("123");
    expect(host.cell("Sheet1", "E1")?.formula).toBe("=-x");
    expect(host.cell("Sheet1", "F1")?.value).toBe("plain");
  });

  it("leaves a cell unchanged for null and empties it for an empty string", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      await context.sync();
      range.values = [[null, ""]];
    });
    expect(host.values("Sheet1", "A1:B1")).toEqual([[1, ""]]);
  });

  it("keeps number formats, fonts, fills and column widths", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["0%", "@"]];
      range.values = [[0.73, "=text"]];
      range.format.font.bold = true;
      range.format.fill.color = "#ffc7ce";
      range.format.columnWidth = 60;
      const read = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("numberFormat,values");
      const font = range.format.font.load("bold");
      await context.sync();
      expect(read.numberFormat).toEqual([["0%", "@"]]);
      expect(font.bold).toBe(true);
    });
    // A cell formatted as text keeps what is written as text.
    expect(host.cell("Sheet1", "B1")).toMatchObject({ value: "=text", numberFormat: "@", bold: true, fillColor: "#FFC7CE" });
    expect(host.sheetState("Sheet1").columnWidths).toEqual({ A: 60, B: 60 });
  });
});

describe("tables and the formulas that refer to them", () => {
  async function withTable() {
    const host = createExcelHost({ sheets: ["Data", "Analysis"] });
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:B3").values = [["Council", "Upheld %"], ["Harrow", 0.73], ["Leeds", 0.6]];
      data.tables.add("A1:B3", true).name = "KeyStats";
      context.workbook.worksheets.getItem("Analysis").getRange("A1").values = [["=SUM(KeyStats[Upheld %])"]];
    });
    return host;
  }

  it("names columns from the header row and gives the table an id", async () => {
    const host = await withTable();
    expect(host.table("KeyStats")).toMatchObject({ sheet: "Data", address: "A1:B3", columns: ["Council", "Upheld %"] });
    expect(host.table("KeyStats")?.id).toMatch(/table/);
  });

  it("turns references into #REF! when the table is deleted", async () => {
    const host = await withTable();
    await host.run(async (context) => {
      context.workbook.tables.getItem("KeyStats").delete();
    });
    expect(host.cell("Analysis", "A1")?.formula).toBe("=SUM(#REF!)");
    expect(host.formulasReferringTo("KeyStats")).toEqual([]);
  });

  it("follows a renamed column and a renamed table", async () => {
    const host = await withTable();
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("KeyStats");
      table.getHeaderRowRange().getCell(0, 1).values = [["Upheld rate"]];
      table.name = "Stats";
    });
    expect(host.cell("Analysis", "A1")?.formula).toBe("=SUM(Stats[Upheld rate])");
  });

  it("resizes in place, keeping the table and the references to it", async () => {
    const host = await withTable();
    const id = host.table("KeyStats")!.id;
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("KeyStats");
      table.resize("A1:B5");
      context.workbook.worksheets.getItem("Data").getRange("A4:B5").values = [["Kent", 0.5], ["Bury", 0.4]];
      table.getDataBodyRange().load("address");
      await context.sync();
    });
    expect(host.table("KeyStats")).toMatchObject({ id, address: "A1:B5" });
    expect(host.formulasReferringTo("KeyStats")).toEqual(["=SUM(KeyStats[Upheld %])"]);
  });

  it("turns a reference to a column dropped by a resize into #REF!", async () => {
    const host = await withTable();
    await host.run(async (context) => {
      context.workbook.tables.getItem("KeyStats").resize("A1:A3");
    });
    expect(host.cell("Analysis", "A1")?.formula).toBe("=SUM(#REF!)");
  });

  it("refuses a table over another table", async () => {
    const host = await withTable();
    const context = host.createContext();
    context.workbook.worksheets.getItem("Data").tables.add("B2:C4", true);
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });

  it("adds rows at the end of a table from a 2D array", async () => {
    const host = await withTable();
    await host.run(async (context) => {
      context.workbook.tables.getItem("KeyStats").rows.add(undefined, [["Kent", 0.5]]);
    });
    expect(host.table("KeyStats")?.address).toBe("A1:B4");
    expect(host.values("Data", "A4:B4")).toEqual([["Kent", 0.5]]);
  });
});

describe("rows, names and sheets", () => {
  it("moves tables and names down when entire rows are inserted above them, and up when deleted", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A5:B6").values = [["H1", "H2"], [1, 2]];
      sheet.tables.add("A5:B6", true).name = "T";
      context.workbook.names.add("Marker", sheet.getRange("A5:B6"));
      sheet.getRange("2:3").insert("Down");
    });
    expect(host.table("T")?.address).toBe("A7:B8");
    expect(host.names()).toEqual([{ name: "Marker", formula: "=Sheet1!$A$7:$B$8" }]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("1:4").delete("Up");
    });
    expect(host.table("T")?.address).toBe("A3:B4");
    expect(host.values("Sheet1", "A3:B4")).toEqual([["H1", "H2"], [1, 2]]);
  });

  it("keeps a name pointing at its cells through a sheet rename, and marks it #REF! when the sheet goes", async () => {
    const host = createExcelHost({ sheets: ["Main", "Ombudsman"] });
    await host.run(async (context) => {
      context.workbook.names.add("Owned", "=Ombudsman!$A$1:$C$4", "marker");
      context.workbook.worksheets.getItem("Ombudsman").name = "My figures";
      const name = context.workbook.names.getItem("Owned").load("formula,type,value");
      await context.sync();
      expect(name.formula).toBe("='My figures'!$A$1:$C$4");
      expect(name.type).toBe("Range");
      context.workbook.worksheets.getItem("My figures").delete();
      name.load("formula");
      await context.sync();
      expect(name.formula).toBe("=#REF!");
    });
  });

  it("adds a sheet at a position, activates it, and refuses to activate a hidden one", async () => {
    const host = createExcelHost({ sheets: ["A", "B", "C"] });
    await host.run(async (context) => {
      const added = context.workbook.worksheets.add("New");
      added.position = 1;
      added.activate();
    });
    expect(host.sheetNames()).toEqual(["A", "New", "B", "C"]);
    expect(host.activeSheetName()).toBe("New");
    const context = host.createContext();
    const hidden = context.workbook.worksheets.getItem("C");
    hidden.visibility = "Hidden";
    hidden.activate();
    expect((await rejection(context.sync())).code).toBe("InvalidOperation");
  });
});

describe("conditional formats, charts, properties and settings", () => {
  it("keeps custom-formula conditional formats and clears them from a range", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B5");
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = '=ISNUMBER(SEARCH("x",$C2))';
      format.custom.format.fill.color = "#FFC7CE";
      format.custom.format.font.color = "#9C0006";
    });
    expect(host.conditionalFormats("Sheet1")).toEqual([{ address: "B2:B5", formula: '=ISNUMBER(SEARCH("x",$C2))', fillColor: "#FFC7CE", fontColor: "#9C0006" }]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z10").conditionalFormats.clearAll();
    });
    expect(host.conditionalFormats("Sheet1")).toEqual([]);
  });

  it("draws a line chart from non-adjacent columns", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Line", sheet.getRange("C2:C4"), "Columns");
      chart.title.text = "Upheld";
      const first = chart.series.getItemAt(0);
      first.name = "Upheld %";
      first.setXAxisValues(sheet.getRange("A2:A4"));
      const second = chart.series.add("Similar upheld %");
      second.setValues(sheet.getRange("F2:F4"));
      second.setXAxisValues(sheet.getRange("A2:A4"));
      chart.setPosition("H2", "O16");
    });
    expect(host.charts("Sheet1")).toEqual([
      {
        name: "Chart 1",
        type: "Line",
        title: "Upheld",
        position: "H2:O16",
        series: [
          { name: "Upheld %", values: "Sheet1!C2:C4", xValues: "Sheet1!A2:A4" },
          { name: "Similar upheld %", values: "Sheet1!F2:F4", xValues: "Sheet1!A2:A4" },
        ],
      },
    ]);
  });

  it("adds, reads and deletes custom document properties", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.add("Owner", "Ombudsman Scrutiny");
      const missing = custom.getItemOrNullObject("Nope");
      const owner = custom.getItemOrNullObject("owner").load("value,type");
      missing.load("value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect([owner.value, owner.type]).toEqual(["Ombudsman Scrutiny", "String"]);
      owner.delete();
      const all = custom.load("items");
      await context.sync();
      expect(all.items).toEqual([]);
    });
  });

  it("keeps settings apart from the workbook, saved only by saveAsync", async () => {
    const host = createExcelHost();
    const settings = host.officeGlobal().context.document.settings;
    settings.set("margin", { points: 5 });
    expect(settings.get("margin")).toEqual({ points: 5 });
    expect(host.settings.savedValues()).toEqual({});
    const status = await new Promise<string>((resolve) => settings.saveAsync((result: { status: string }) => resolve(result.status)));
    expect(status).toBe("succeeded");
    expect(host.settings.savedValues()).toEqual({ margin: { points: 5 } });
    expect(settings.get("other")).toBeNull();
  });
});

describe("meters", () => {
  it("counts syncs, round trips and the bytes of each request, and records suspended calculation", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
      await context.sync(); // nothing queued: no round trip
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [["a", "b", "c"]];
      // Excel.run sends what is left.
    });
    expect(host.meter.syncs).toBe(3);
    expect(host.meter.roundTrips).toBe(2);
    expect(host.meter.requests.map((r) => r.calculationSuspended)).toEqual([false, true]);
    expect(host.meter.requests[1]!.bytes).toBeGreaterThan(JSON.stringify([["a", "b", "c"]]).length);
  });

  it("refuses a request over the size limit whole, changing nothing", async () => {
    const host = createExcelHost({ requestLimitBytes: 1000 });
    const context = host.createContext();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["small"]];
    context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["x".repeat(2000)]];
    expect((await rejection(context.sync())).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.cell("Sheet1", "A1")).toBeUndefined();
  });

  it("snapshots sheets' values and tables' places", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C3").values = [["H", "I"], [1, ""]];
      sheet.tables.add("B2:C3", true).name = "T";
    });
    expect(host.snapshot()).toEqual({
      sheets: { Sheet1: [["", "", ""], ["", "H", "I"], ["", 1, ""]] },
      tables: { T: { sheet: "Sheet1", address: "B2:C3" } },
    });
  });
});
