import { describe, expect, it } from "vitest";
import { escapeHtml, html, raw } from "./html.js";

const hostile = `<img src=x onerror="alert('x')">&`;

describe("html", () => {
  it("escapes every inserted string and number", () => {
    const out = html`<p title="${hostile}">${hostile} ${42}</p>`.toString();
    expect(out).toBe(
      `<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp; 42</p>`,
    );
    expect(out).not.toContain("<img");
  });

  it("keeps nested html and raw pieces, and escapes strings inside arrays", () => {
    const items = ["a<b", "c&d"];
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${raw("<hr>")}${[hostile]}`.toString();
    expect(out).toBe(`<ul><li>a&lt;b</li><li>c&amp;d</li></ul><hr>${escapeHtml(hostile)}`);
  });

  it("writes nothing for false, true, null and undefined", () => {
    const show = false;
    expect(html`[${show && html`<b>x</b>`}${null}${undefined}${true}]`.toString()).toBe("[]");
  });

  it("a string that looks like markup is still escaped: only SafeHtml passes", () => {
    const looksSafe = html`<b>ok</b>`.toString();
    expect(html`${looksSafe}`.toString()).toBe("&lt;b&gt;ok&lt;/b&gt;");
  });
});
