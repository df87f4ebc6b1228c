import type { Page } from "playwright-core";

/**
 * The left edge of each text inside the first element matching `selector`, as Chromium draws it (a Range
 * over the text node holding it: one node before isolation, one `<bdi>` each after); a text not found is
 * left out. Evaluated as a string in the page: the tests' types know no DOM.
 */
export const leftEdges = async (page: Page, selector: string, texts: string[]) =>
  (await page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const out = {};
    if (!el) return out;
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      for (const t of ${JSON.stringify(texts)}) {
        const at = n.data.indexOf(t);
        if (at < 0 || t in out) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + t.length);
        out[t] = Math.min(...[...r.getClientRects()].map((b) => b.left));
      }
    }
    return out;
  })()`)) as Record<string, number>;

/**
 * Each text node on the screen holding one of `texts`, and whether it is isolated: its element or the
 * one holding that isolates it (`<bdi>`, or `dir` on its element: `unicode-bidi: isolate` in the
 * browser's stylesheet), or the text sits in its own FSI…PDI inside the node (`web/src/bidi.ts isolate`,
 * where no element can go: an `<option>`, a `t()` value). With `alone`, an isolating element counts only
 * when it holds nothing of ours beside those texts: Chromium's own stylesheet makes a block (`li`, `td`,
 * `h1`) `unicode-bidi: isolate`, which keeps the block from its neighbours, not a name from our
 * words inside it.
 */
export const isolated = async (page: Page, texts: string[], alone = false) =>
  (await page.evaluate(`(() => {
    const out = [];
    const walk = document.createTreeWalker(document.querySelector("main") || document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const hits = ${JSON.stringify(texts)}.filter((t) => n.data.includes(t));
      if (!hits.length) continue;
      let el = n.parentElement;
      let ok = hits.every((t) => n.data.includes("\u2068" + t));
      const path = [];
      // With \`alone\`, an element isolates a text only if it holds nothing of ours beside such texts.
      const ours = (d) =>
        ${alone} && /[\\p{L}\\p{N}]/u.test(${JSON.stringify(texts)}.slice().sort((a, b) => b.length - a.length).reduce((x, t) => x.split(t).join(""), d));
      for (let up = 0; el && up < 2 && !ok; up++, el = el.parentElement) {
        const bidi = getComputedStyle(el).unicodeBidi;
        ok = ["isolate", "plaintext", "isolate-override"].includes(bidi) && !ours(el.textContent);
        path.push(el.tagName.toLowerCase() + ":" + bidi);
      }
      out.push({ text: n.data + " (" + path.join(" < ") + ")", isolated: ok });
    }
    return out;
  })()`)) as { text: string; isolated: boolean }[];
