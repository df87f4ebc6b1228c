import { describe, expect, it } from "vitest";
import { cutText, emailOf, slackEscape, slackOf } from "./messages.js";

const msg = (title: string, line: string) => ({ title, lines: [line], url: "https://fb.example/alerts/1" });

describe("Slack messages", () => {
  it("escape &, < and > as Slack's rules say, so <!channel> cannot ping", () => {
    expect(slackEscape("a & b <!channel> <@U1> <https://x|y>")).toBe(
      "a &amp; b &lt;!channel&gt; &lt;@U1&gt; &lt;https://x|y&gt;",
    );
    const body = slackOf(msg("Spike <!channel>", "Author: <!here> & co"), "opened");
    expect(body.text).toBe("Spike &lt;!channel&gt;");
    const section = body.blocks[1] as { text: { text: string } };
    expect(section.text.text).toBe("Author: &lt;!here&gt; &amp; co");
    expect(JSON.stringify(body)).not.toMatch(/<!(channel|here)>/);
  });

  it("cut the header by characters: an emoji is never split into a lone surrogate", () => {
    const title = `${"x".repeat(148)}🔥🔥🔥`;
    const header = (slackOf(msg(title, "l"), "opened").blocks[0] as { text: { text: string } }).text.text;
    expect([...new Intl.Segmenter().segment(header)].length).toBeLessThanOrEqual(150);
    expect(header).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(header.endsWith("…")).toBe(true);
    // A family emoji is one character of several code points.
    expect(cutText("👨‍👩‍👧‍👦👨‍👩‍👧‍👦abc", 3)).toBe("👨‍👩‍👧‍👦👨‍👩‍👧‍👦…");
    expect(cutText("short", 150)).toBe("short");
  });
});

describe("alert e-mail", () => {
  it("has the text part's words in its HTML part, every value escaped", () => {
    const m = emailOf(msg("Spike <script>x</script>", 'Author: "<b>eve</b>" & co'), "escalated");
    expect(m.subject).toBe("[Firebreak, escalated] Spike <script>x</script>");
    expect(m.text).toContain('Author: "<b>eve</b>" & co');
    expect(m.html).toContain("<p><strong>Spike &lt;script&gt;x&lt;/script&gt;</strong></p>");
    expect(m.html).toContain("<p>Author: &quot;&lt;b&gt;eve&lt;/b&gt;&quot; &amp; co</p>");
    expect(m.html).toContain('<a href="https://fb.example/alerts/1">');
    expect(m.html).not.toMatch(/<(script|b)>/);
  });
});
