// The host is as strict as Excel where the add-in relies on it not happening: response size,
// cell-edit mode, protection, read-only and co-authored workbooks, failing settings saves, the
// cell and title limits, an unsuitable selection, and failures injected at a chosen step.
import { describe, expect, it } from "vitest";
import { createExcelHost, HostError } from "./index";

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the request to be rejected");
}

const column = (rows: number, text: string) => Array.from({ length: rows }, (_, i) => [`${text}${i}`]);

describe("the response-size limit", () => {
  it("answers null for a single read larger than the limit", async () => {
    const host = createExcelHost({ responseLimitBytes: 2000 });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").values = column(200, "row ");
    });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").load("values");
      await context.sync();
      expect(range.values).toBeNull();
    });
  });

  it("refuses a response that grows past the limit", async () => {
    const host = createExcelHost({ responseLimitBytes: 2000 });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").values = column(200, "row ");
    });
    const context = host.createContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A100").load("values");
    sheet.getRange("A101:A200").load("values");
    expect((await rejection(context.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("cell-edit mode", () => {
  it("refuses a request while a cell is being edited, unless the batch asked to wait", async () => {
    const host = createExcelHost();
    host.faults.startCellEdit();
    const refused = await rejection(host.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]])));
    expect(refused.code).toBe("InvalidOperationInCellEditMode");
    expect(host.cell("Sheet1", "A1")).toBeUndefined();

    let written = false;
    const waiting = host.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
      await context.sync();
      written = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toBe(false);
    host.faults.finishCellEdit();
    await waiting;
    expect(host.cell("Sheet1", "A1")?.value).toBe(2);
  });
});

describe("protection, read-only and co-authoring", () => {
  it("refuses changes to a protected sheet with AccessDenied, and reads it still", async () => {
    const host = createExcelHost({ sheets: ["Locked", "Open"] });
    host.model.sheetByName("Locked")!.protected = true;
    const refused = await rejection(host.run(async (context) => void (context.workbook.worksheets.getItem("Locked").getRange("A1").values = [[1]])));
    expect(refused.code).toBe("AccessDenied");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Open").getRange("A1").values = [[1]];
      const read = context.workbook.worksheets.getItem("Locked").getRange("A1").load("values");
      await context.sync();
      expect(read.values).toEqual([[""]]);
    });
  });

  it("refuses every change to a read-only workbook, and the next change after another author's", async () => {
    const host = createExcelHost();
    host.faults.readOnly = true;
    expect((await rejection(host.run(async (context) => void context.workbook.worksheets.add("New")))).code).toBe("AccessDenied");
    host.faults.readOnly = false;
    host.faults.conflictOnNextChange();
    expect((await rejection(host.run(async (context) => void context.workbook.worksheets.add("New")))).code).toBe("Conflict");
    await host.run(async (context) => void context.workbook.worksheets.add("New"));
    expect(host.sheetNames()).toEqual(["Sheet1", "New"]);
  });
});

describe("settings saves", () => {
  it("answers after saveAsync returns, and can fail, keeping what was saved before", async () => {
    const host = createExcelHost();
    const settings = host.officeGlobal().context.document.settings;
    const save = () => {
      let answered = false;
      const result = new Promise<string>((resolve) =>
        settings.saveAsync((outcome: { status: string }) => {
          answered = true;
          resolve(outcome.status);
        }),
      );
      expect(answered).toBe(false);
      return result;
    };
    settings.set("council", "E09000015");
    expect(await save()).toBe("succeeded");
    host.settings.failNextSaves(1);
    settings.set("council", "E09000008");
    expect(await save()).toBe("failed");
    expect(host.settings.savedValues()).toEqual({ council: "E09000015" });
  });
});

describe("Excel's limits", () => {
  it("refuses text over 32,767 characters in a cell and a chart title over 255", async () => {
    const host = createExcelHost();
    await host.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32_767)]]));
    const long = await rejection(host.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["x".repeat(32_768)]])));
    expect(long.code).toBe("InvalidArgument");
    expect(host.cell("Sheet1", "A2")).toBeUndefined();

    const title = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B1:B2").values = [["n"], [1]];
        sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns").title.text = "t".repeat(256);
      }),
    );
    expect(title.code).toBe("InvalidArgument");
  });

  it("fails getSelectedRange when a chart, a shape or several areas are selected", async () => {
    const host = createExcelHost();
    host.model.selectionIsNotARange = true;
    const refused = await rejection(host.run(async (context) => void context.workbook.getSelectedRange().load("address")));
    expect(refused.code).toBe("InvalidSelection");
  });
});

describe("failure injection", () => {
  it("fails the n-th round trip from now before any of it runs", async () => {
    const host = createExcelHost();
    host.faults.failRoundTrip(2);
    const context = host.createContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    await context.sync();
    sheet.getRange("A2").values = [[2]];
    expect((await rejection(context.sync())).code).toBe("GeneralException");
    expect(host.values("Sheet1", "A1:A2")).toEqual([[1], [""]]);
  });

  it("fails the n-th write command, keeping the commands before it in the request", async () => {
    const host = createExcelHost();
    host.faults.failWrite(2, { code: "InvalidOperation" });
    const context = host.createContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A1").load("values");
    sheet.getRange("A2").values = [[2]];
    sheet.getRange("A3").values = [[3]];
    expect((await rejection(context.sync())).code).toBe("InvalidOperation");
    expect(host.values("Sheet1", "A1:A3")).toEqual([[1], [""], [""]]);
    expect(host.faults.counts().writes).toBe(2);
  });

  it("fails a chosen command", async () => {
    const host = createExcelHost();
    host.faults.failCommand((command) => command.action === "add" && command.path.includes("tables"));
    const refused = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B2").values = [["a", "b"], [1, 2]];
        sheet.tables.add("A1:B2", true);
      }),
    );
    expect(refused.code).toBe("GeneralException");
    expect(host.values("Sheet1", "A1:B1")).toEqual([["a", "b"]]);
    expect(host.tables()).toEqual([]);
  });
});
