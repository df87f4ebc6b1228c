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
