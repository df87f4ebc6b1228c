import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMentions } from "../listening/import.js";
import type { MentionItem } from "../listening/schema.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { cleanDeep, cleanText } from "./text.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const HIGH = "\uD83D";
const LOW = "\uDE00";

describe("NUL and lone surrogates", () => {
  it("are removed; pairs (emoji) and everything else stay", () => {
    expect(cleanText("a\0b\0")).toBe("ab");
    expect(cleanText(`x${HIGH}y${LOW}z`)).toBe("xyz");
    expect(cleanText(`ok ${HIGH}${LOW} 😀 żółć`)).toBe(`ok ${HIGH}${LOW} 😀 żółć`);
    expect(cleanDeep({ [`k\0`]: [`v${LOW}`, 1, null, { n: "\0" }] })).toEqual({
      k: ["v", 1, null, { n: "" }],
    });
  });

  it("a batch of mentions with them is accepted, stored clean and read back the same on either store", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: {
        mentions: [
          { source: "api", external_id: "n1", text: "order\0 never came", author: `bot${HIGH}` },
          { source: "api", external_id: `n2${LOW}`, text: `parcel ${HIGH}lost` },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ accepted: 2 });
    const list = await h.app.inject({ method: "GET", url: "/api/v1/mentions?limit=10", headers: h.auth() });
    const byId = Object.fromEntries(
      list
        .json()
        .items.map((m: { external_id: string; text: string; author: string | null }) => [m.external_id, m]),
    );
    expect(byId["n1"]).toMatchObject({ text: "order never came", author: "bot" });
    expect(byId["n2"]).toMatchObject({ text: "parcel lost" });
    // A retry of the same batch is recognised: the cleaned key is the stored key.
    const again = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions: [{ source: "api", external_id: `n2${LOW}`, text: "parcel lost" }] },
    });
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it("a text of nothing but NUL is refused naming the field", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions: [{ source: "api", external_id: "n3", text: "\0\0" }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("mentions.0.text");
  });

  it("every route: other bodies are cleaned too (a webhook endpoint's description)", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth("admin"),
      payload: { url: "https://hooks.shop.example/in", events: ["crisis.opened"], description: "ops\0 team" },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().description).toBe("ops team");
  });

  it("importers: CSV and JSON lines rows are cleaned before they are stored, keeping earlier rows", async () => {
    // A file is bytes: a lone surrogate cannot be in UTF-8, but a JSON escape (\\ud83d) can carry one.
    const csv = `id,text,author\nc1,"first\0 row",ann\nc2,"second row",\u0000bob\n`;
    const jsonl = `${JSON.stringify({ id: "j1", text: `line\u0000one${LOW}` })}\n`;
    expect(jsonl).toContain("\\ude00");
    const items: MentionItem[] = [];
    for (const [body, format] of [
      [csv, "csv"],
      [jsonl, "jsonl"],
    ] as const) {
      for await (const rec of readMentions(Readable.from([body]), { format, source: "import" })) {
        if ("item" in rec) items.push(rec.item);
      }
    }
    expect(items.map((i) => i.text)).toEqual(["first row", "second row", "lineone"]);
    const r = await h.ctx.services.listening.ingest(h.workspaceId, items);
    expect(r.accepted).toBe(3);
  });

  it("the store itself cleans what any code writes, on both engines", async () => {
    const user = await h.ctx.services.accounts.createUser({ email: "nul@shop.test", name: `Na\0me${HIGH}` });
    const row = await h.ctx.db
      .selectFrom("users")
      .select("name")
      .where("id", "=", user.id)
      .executeTakeFirst();
    expect(row?.name).toBe("Name");
  });
});
