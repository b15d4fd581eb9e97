import { describe, expect, it } from "vitest";
import { decodeEntities, looksLikeHtml, readHtml, visibleText } from "./visible-text";

describe("visibleText", () => {
  it("keeps the text a reader sees, one line per block element", () => {
    const html = "<html><body><h1>Leeds City Council</h1><ul><li><p>75% of complaints we investigated were upheld.</p><p>44 upheld decisions</p></li></ul></body></html>";
    expect(visibleText(html)).toBe("Leeds City Council\n75% of complaints we investigated were upheld.\n44 upheld decisions");
  });

  it("drops scripts, styles, the head, comments and hidden elements", () => {
    const html = [
      "<head><title>T</title><style>p::before{content:'9% of'}</style></head>",
      "<body><script>var s = '<p>12% of complaints</p>';</script><!-- <p>old 50%</p> -->",
      "<p>shown</p><div hidden><p>hidden 1</p></div><p aria-hidden=\"true\">hidden 2</p>",
      "<div style=\"display: none\">hidden 3</div><noscript>no script</noscript><p>also shown</p></body>",
    ].join("");
    expect(visibleText(html)).toBe("shown\nalso shown");
  });

  it("runs inline elements together as a crawl does", () => {
    expect(visibleText("<p><a href='#'>View upheld decisions</a>Statistics are based</p>")).toBe("View upheld decisionsStatistics are based");
  });

  it("decodes entities and keeps quoted '>' inside attributes out of the text", () => {
    expect(visibleText("<p title=\"a > b\">Croydon&rsquo;s&nbsp;population &amp; more &#8217; &#x2019; &bogus;</p>")).toBe(
      "Croydon\u2019s\u00a0population & more \u2019 \u2019 &bogus;",
    );
  });

  it("survives broken markup without losing text", () => {
    expect(visibleText("<div><p>one<span>two</div>three</p><a '")).toBe("onetwo\nthree\n<a '");
  });
});

describe("readHtml", () => {
  it("reports the title and the h1-h3 headings", () => {
    const doc = readHtml("<title>Kent County Council - Statistics</title><h1>Kent County Council</h1><h2>Complaints <em>upheld</em></h2><h4>x</h4>");
    expect(doc.title).toBe("Kent County Council - Statistics");
    expect(doc.headings).toEqual([
      { level: 1, text: "Kent County Council" },
      { level: 2, text: "Complaints upheld" },
    ]);
  });
});

describe("looksLikeHtml", () => {
  it("tells markup from pasted text", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html>")).toBe(true);
    expect(looksLikeHtml("<div><p>a</p><p>b</p></div>")).toBe(true);
    expect(looksLikeHtml("73% of complaints we investigated were upheld. 2 < 3")).toBe(false);
  });
});

describe("decodeEntities", () => {
  it("refuses code points that are not characters", () => {
    expect(decodeEntities("&#0;&#xD800;&#99999999;")).toBe("\uFFFD\uFFFD\uFFFD");
  });
});
