import { describe, expect, it } from "vitest";
import { bdi, html } from "./html.js";
import { balanceBidi, closedJson, closeLines, isolate, isolateLines, movesNeighbours } from "./text.js";

const FSI = "\u2068";
const PDI = "\u2069";
const RLO = "\u202E";
const PDF = "\u202C";

describe("a text from outside as its own isolate among our words", () => {
  it("isolates right-to-left text and text with direction controls, and nothing else", () => {
    expect(isolate("תשלומים")).toBe(`${FSI}תשלומים${PDI}`);
    expect(isolate("الدفع 24")).toBe(`${FSI}الدفع 24${PDI}`);
    expect(isolate(`Shop ${RLO}live`)).toBe(`${FSI}Shop ${RLO}live${PDF}${PDI}`);
    // Drawn the same inside an isolate or out: left byte for byte (ASCII stays ASCII).
    for (const s of ["Payments", "Zażółć gęślą", "Ünïcödé 😀", "24/7", "東京", ""]) {
      expect(movesNeighbours(s), s).toBe(false);
      expect(isolate(s)).toBe(s);
    }
    expect(movesNeighbours("\u200F")).toBe(true);
    expect(movesNeighbours("𐤀")).toBe(true); // Phoenician, outside the BMP
  });

  it("drops a stray isolate closer, which would close ours early", () => {
    expect(balanceBidi(`${PDI}x`)).toBe("x");
    expect(isolate(`${PDI}עברית`)).toBe(`${FSI}עברית${PDI}`);
    expect(balanceBidi(`${FSI}a${PDI}${PDI}`)).toBe(`${FSI}a${PDI}`);
    expect(balanceBidi(`\u2067a`)).toBe(`\u2067a${PDI}`);
  });

  it("isolates each line, as a line break ends every isolate", () => {
    expect(isolateLines("שלום.\n\nHello.\nעוד")).toBe(`${FSI}שלום.${PDI}\n\nHello.\n${FSI}עוד${PDI}`);
    expect(isolateLines("a\nb")).toBe("a\nb");
    expect(isolateLines("שלום\r\nעוד")).toBe(`${FSI}שלום${PDI}\r\n${FSI}עוד${PDI}`);
  });

  it("writes <bdi> in HTML only around text that moves its neighbours, escaped", () => {
    expect(html`<p>${bdi("תשלומים & <b>")}, 24</p>`.toString()).toBe(
      "<p><bdi>תשלומים &amp; &lt;b&gt;</bdi>, 24</p>",
    );
    expect(html`<p>${bdi("Payments & co")}</p>`.toString()).toBe("<p>Payments &amp; co</p>");
    expect(html`<p>${bdi(`${PDI}א`)}</p>`.toString()).toBe("<p><bdi>א</bdi></p>");
  });

  it("closes what a stored text left open: in JSON every string, in plain text every line", () => {
    expect(JSON.parse(closedJson({ a: [`x${RLO}y`], b: 1, c: null }))).toEqual({
      a: [`x${RLO}y${PDF}`],
      b: 1,
      c: null,
    });
    expect(closeLines(`Hello ${RLO}Ola, hi\nBye`)).toBe(`Hello ${RLO}Ola, hi${PDF}\nBye`);
    expect(closeLines("plain\ntext")).toBe("plain\ntext");
  });
});
