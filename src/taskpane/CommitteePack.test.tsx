// The "Committee pack" section as markup: the year offered, and the button off until a council
// is chosen in Excel.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CouncilOption, PackResult } from "../workbook/pane/pane-api";
import { CommitteePack } from "./CommitteePack";

const HARROW: CouncilOption = { gss: "E09000015", name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough" };
const build = async (): Promise<PackResult> => ({ council: "London Borough of Harrow", year: "2019-20", sheets: [], withRegister: false, wordReport: "", notes: [] });

describe("the Committee pack section", () => {
  it("offers the latest year first and every year held, with the button on once a council is chosen", () => {
    const html = renderToStaticMarkup(<CommitteePack council={HARROW} years={["2018-19", "2019-20"]} build={build} busy={false} />);
    expect(html).toContain("Build committee pack");
    expect(html.indexOf("Latest held")).toBeLessThan(html.indexOf("2019-20"));
    expect(html.indexOf("2019-20")).toBeLessThan(html.indexOf("2018-19"));
    expect(html).not.toMatch(/<button[^>]*disabled/);
  });

  it("is off outside Excel, and asks for a council first", () => {
    expect(renderToStaticMarkup(<CommitteePack council={HARROW} years={[]} busy={false} />)).toMatch(/<button[^>]*disabled/);
    const html = renderToStaticMarkup(<CommitteePack council={undefined} years={[]} build={build} busy={false} />);
    expect(html).toMatch(/<button[^>]*disabled/);
    expect(html).toContain("Choose a council above first.");
  });
});
