import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEmail } from "../cases/inbound.js";
import { parseFeed } from "../listening/feed-parse.js";
import { readMentions } from "../listening/import.js";
import { classify } from "../nlp/index.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { signWebhook } from "../webhooks/signing.js";
import { escapeHtml } from "./html.js";
import { cleanText } from "./text.js";

/**
 * Property-based tests: hostile input of every shape reaches each entry point for text from outside.
 * Each property says what must hold for any input: no crash (only the documented errors), earlier rows
 * kept whatever follows them, and nothing able to escape into markup. Seeds are printed on failure.
 */
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 150);
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "\0",
    "\uD800",
    "\uDFFF",
    '"',
    "\r\n",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "\uFEFF",
  ),
);
const goodText = fc
  .string({ unit: "grapheme", minLength: 3, maxLength: 80 })
  .map((s) => `ok ${s}`)
  .filter((s) => cleanText(s).trim().length > 0);

async function collect(body: string, format: "csv" | "jsonl") {
  const items: string[] = [];
  let error: unknown = null;
  try {
    for await (const rec of readMentions(Readable.from([body]), { format, source: "fuzz" })) {
      if ("item" in rec) items.push(rec.item.text);
    }
  } catch (err) {
    // A file that breaks off (an unclosed quote) may stop the reader; what came before must be out.
    error = err;
  }
  return { items, error };
}

const csvField = (s: string) => `"${s.replaceAll('"', '""')}"`;
/** What the importer stores for a text: cleaned, trimmed, and a file read as UTF-8 (no lone surrogates). */
const asStored = (s: string) => cleanText(Buffer.from(s, "utf8").toString("utf8")).trim();

describe("importers", () => {
  it("CSV: any rows, then any garbage: never throws, every earlier good row comes out in order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodText, { minLength: 1, maxLength: 20 }), hostile, async (texts, junk) => {
        const rows = texts.map((t, i) => `r${i},${csvField(t)}`);
        const body = `id,text\n${rows.join("\n")}\n${junk}`;
        const { items, error } = await collect(body, "csv");
        if (error) expect(error).toBeInstanceOf(Error);
        const expected = texts.map(asStored);
        expect(items.slice(0, expected.length)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it("CSV: a file that ends inside an unclosed quote keeps every complete row before it (found by fuzzing)", async () => {
    const { items, error } = await collect('id,text\nr1,"first row"\nr2,second row\n"', "csv");
    expect(items).toEqual(["first row", "second row"]);
    expect(error).toBeInstanceOf(Error);
  });

  it("JSON lines: any mix of good lines and garbage lines: never throws, every good line comes out", async () => {
    const line = fc.oneof(
      goodText.map((t) => ({ good: t })),
      hostile.map((j) => ({ bad: j.replace(/[\r\n]/g, " ") })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        const body = lines
          .map((l, i) => ("good" in l ? JSON.stringify({ id: `j${i}`, text: l.good }) : l.bad))
          .join("\n");
        const { items, error } = await collect(body, "jsonl");
        expect(error).toBeNull();
        const good = lines
          .filter((l): l is { good: string } => "good" in l)
          .map((l) => cleanText(l.good).trim());
        // A garbage line may itself be valid JSON with a text; the good ones are all there, in order.
        const found = good.filter((g) => items.includes(g));
        expect(found).toEqual(good);
      }),
      { numRuns: RUNS },
    );
  });

  it("RSS and Atom: any document parses or is refused with a message; entry text is never markup", () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { maxLength: 5 }), (junk, titles) => {
        const items = titles
          .map(
            (t, i) =>
              `<item><guid>g${i}</guid><title>${escapeHtml(t)}</title><description>${escapeHtml(t)}</description></item>`,
          )
          .join("");
        for (const doc of [
          junk,
          `<rss version="2.0"><channel>${items}</channel></rss>`,
          `<feed>${junk}</feed>`,
        ]) {
          try {
            const entries = parseFeed(doc);
            for (const e of entries) expect(e.text).not.toMatch(/<script/i);
          } catch (err) {
            expect(err).toBeInstanceOf(Error);
            expect((err as Error).message.length).toBeGreaterThan(0);
            expect(err).not.toBeInstanceOf(TypeError);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("e-mail: any bytes parse into a message or a clear error, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (subject, body) => {
        const raw = `From: "X" <x@shop.test>\r\nTo: cases@shop.test\r\nSubject: ${subject.replace(/[\r\n]/g, " ")}\r\n\r\n${body}`;
        for (const input of [raw, body]) {
          try {
            const m = await parseEmail(input);
            expect(typeof m.text).toBe("string");
          } catch (err) {
            expect(err).toBeInstanceOf(Error);
            expect(err).not.toBeInstanceOf(TypeError);
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe("the classifier", () => {
  it("classifies any text into the documented shape", () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (text, rating) => {
        const c = classify({ text, rating });
        expect(["negative", "neutral", "positive"]).toContain(c.sentiment);
        expect(Number.isFinite(c.score)).toBe(true);
        expect(Math.abs(c.score)).toBeLessThanOrEqual(1);
        expect(Array.isArray(c.topics)).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe("escaping", () => {
  it("nothing escapes from HTML text or attributes", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe("the inbound webhook", () => {
  let h: Harness;
  let id = "";
  let secret = "";
  beforeAll(async () => {
    h = await createHarness();
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/sources",
      headers: h.auth(),
      payload: { name: "fuzz", type: "webhook" },
    });
    ({ id, secret } = res.json());
  });
  afterAll(async () => h.close());

  it("any signed JSON answers 202 or a 4xx naming the problem, never 500, and keeps what it accepted", async () => {
    let accepted = 0;
    let n = 0;
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .array(fc.record({ external_id: hostile, text: hostile }), { maxLength: 5 })
        .map((m) => JSON.stringify({ mentions: m })),
      hostile,
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const res = await h.app.inject({
          method: "POST",
          url: `/api/v1/inbound/mentions/${id}`,
          headers: { ...signWebhook(secret, `msg_${n++}`, payload), "content-type": "application/json" },
          payload,
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode === 202) accepted += res.json().accepted as number;
        else expect(res.json().error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    const stored = await h.ctx.db
      .selectFrom("mentions")
      .select((e) => e.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", h.workspaceId)
      .executeTakeFirst();
    expect(Number(stored?.n)).toBe(accepted);
  });
});
