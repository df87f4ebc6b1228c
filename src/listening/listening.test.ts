import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { signWebhook } from "../webhooks/signing.js";
import { compileQueries } from "./brand.js";
import { fingerprint } from "./normalize.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ listen: true });
});
afterAll(async () => h.close());

const post = (mentions: unknown[]) =>
  h.app.inject({
    method: "POST",
    url: "/api/v1/mentions",
    headers: h.auth("responder"),
    payload: { mentions },
  });

describe("copies and reposts", () => {
  it("gives reposts, shortened links and trailing hashtags the same fingerprint", () => {
    const base = "The parcel from Acme arrived broken and support does not answer";
    const fp = fingerprint(base);
    expect(fp).not.toBeNull();
    expect(fingerprint(`RT @anna: ${base}`)).toBe(fp);
    expect(fingerprint(`${base} https://t.co/AbC123 #fail #acme`)).toBe(fp);
    expect(fingerprint(`${base.toUpperCase()}!!!`)).toBe(fp);
    expect(fingerprint("The parcel from Acme arrived on time and support was kind")).not.toBe(fp);
    expect(fingerprint("love it")).toBeNull();
  });

  it("links copies to their original and counts them there, across batches", async () => {
    const text = "Acme charged my card twice for order 5521 and nobody answers";
    const r1 = await post([{ source: "x", external_id: "orig", text, created_at: "2024-02-01T10:00:00Z" }]);
    expect(r1.json().accepted).toBe(1);
    const r2 = await post([
      { source: "x", external_id: "rt1", text: `RT @bob: ${text}`, created_at: "2024-02-01T10:01:00Z" },
      {
        source: "x",
        external_id: "rt2",
        text: `${text} https://bit.ly/3xYz #acme`,
        created_at: "2024-02-01T10:02:00Z",
      },
    ]);
    expect(r2.json().accepted).toBe(2);
    const res = await h.app.inject({ method: "GET", url: "/api/v1/mentions?source=x", headers: h.auth() });
    const items = res.json().items as {
      external_id: string;
      id: string;
      duplicate_of: string | null;
      copies: number;
    }[];
    const orig = items.find((m) => m.external_id === "orig");
    expect(orig?.copies).toBe(2);
    expect(items.filter((m) => m.duplicate_of === orig?.id)).toHaveLength(2);
    const originals = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions?source=x&originals=true",
      headers: h.auth(),
    });
    expect(originals.json().items).toHaveLength(1);
    // A retry of the copies changes nothing, not even the count on the original.
    await post([{ source: "x", external_id: "rt1", text: `RT @bob: ${text}` }]);
    const again = await h.app.inject({
      method: "GET",
      url: `/api/v1/mentions/${orig?.id}`,
      headers: h.auth(),
    });
    expect(again.json().copies).toBe(2);
  });
});

describe("brand queries", () => {
  it("match phrases and words ignoring case and diacritics, on word boundaries, with exclusions", () => {
    const m = compileQueries([
      { any: ['"Żabka Shop"', "zabkashop", "zamówie*"], all: [], none: ["praca", '"job offer"'] },
    ]);
    expect(m).not.toBeNull();
    const match = m as (t: string) => boolean;
    expect(match("Kupiłem w ZABKA SHOP wczoraj")).toBe(true);
    expect(match("żabka-shop znowu nie działa")).toBe(true);
    expect(match("#zabkashop fail")).toBe(true);
    expect(match("moje zamówienie nie doszło")).toBe(true);
    expect(match("żabka shopping centre")).toBe(false);
    expect(match("Żabka Shop: praca dla kierowców")).toBe(false);
    expect(match("Zabka Shop job offer in Krakow")).toBe(false);
    expect(compileQueries([])).toBeNull();
  });

  it("drop mentions that do not match, counted as filtered", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/brand-queries",
      headers: h.auth("admin"),
      payload: { name: "Acme", any: ["acme", '"acme shop"'], none: ["roadrunner"] },
    });
    expect(created.statusCode).toBe(201);
    const bad = await h.app.inject({
      method: "POST",
      url: "/api/v1/brand-queries",
      headers: h.auth("admin"),
      payload: { name: "empty" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("any");
    const res = await post([
      { source: "bq", external_id: "1", text: "Acme lost my parcel" },
      { source: "bq", external_id: "2", text: "Nothing about the brand here" },
      { source: "bq", external_id: "3", text: "Acme vs Roadrunner cartoon" },
    ]);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, filtered: 2 });
    const del = await h.app.inject({
      method: "DELETE",
      url: `/api/v1/brand-queries/${created.json().id}`,
      headers: h.auth("admin"),
    });
    expect(del.statusCode).toBe(204);
    expect(
      (await post([{ source: "bq", external_id: "2", text: "Nothing about the brand here" }])).json(),
    ).toEqual({
      accepted: 1,
      duplicates: 0,
      filtered: 0,
    });
  });
});

describe("inbound webhook", () => {
  it("accepts signed mentions for a webhook source and refuses bad signatures and replays", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/sources",
      headers: h.auth("admin"),
      payload: { name: "shop-reviews", type: "webhook" },
    });
    expect(created.statusCode).toBe(201);
    const { id, secret, inbound_url } = created.json();
    expect(secret).toMatch(/^whsec_/);
    expect(inbound_url).toContain(`/api/v1/inbound/mentions/${id}`);
    const shown = await h.app.inject({ method: "GET", url: `/api/v1/sources/${id}`, headers: h.auth() });
    expect(JSON.stringify(shown.json())).not.toContain(secret);

    const body = JSON.stringify({
      mentions: [{ external_id: "r1", text: "Great shop, fast refund", rating: 5 }],
    });
    const url = `/api/v1/inbound/mentions/${id}`;
    const send = (headers: Record<string, string>, payload = body) =>
      h.app.inject({
        method: "POST",
        url,
        headers: { ...headers, "content-type": "application/json" },
        payload,
      });
    const ok = await send({ ...signWebhook(secret, "msg_1", body) });
    expect(ok.statusCode).toBe(202);
    expect(ok.json().accepted).toBe(1);
    const forged = await send({ ...signWebhook("whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz", "msg_2", body) });
    expect(forged.statusCode).toBe(401);
    const tampered = await send({ ...signWebhook(secret, "msg_3", body) }, body.replace("Great", "Awful"));
    expect(tampered.statusCode).toBe(401);
    const old = await send({ ...signWebhook(secret, "msg_4", body, new Date(Date.now() - 3600_000)) });
    expect(old.statusCode).toBe(401);
    const unknown = await h.app.inject({
      method: "POST",
      url: "/api/v1/inbound/mentions/nope",
      headers: { ...signWebhook(secret, "msg_5", body), "content-type": "application/json" },
      payload: body,
    });
    expect(unknown.statusCode).toBe(401);
    const badBody = JSON.stringify({ mentions: [{ external_id: "r2", text: "" }] });
    const bad = await send({ ...signWebhook(secret, "msg_6", badBody) }, badBody);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("mentions.0.text");
    const single = JSON.stringify({ external_id: "r3", text: "Acme parcel arrived", created_at: "nope" });
    const badDate = await send({ ...signWebhook(secret, "msg_7", single) }, single);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.field).toBe("created_at");
    const list = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions?source=shop-reviews",
      headers: h.auth(),
    });
    expect(list.json().items.map((m: { external_id: string }) => m.external_id)).toEqual(["r1"]);
  });
});

describe("home page figures and the live stream", () => {
  it("contributes mentions, mentions_24h and negative_share_24h", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/v1/overview", headers: h.auth("viewer") });
    const f = res.json();
    expect(f.mentions).toBeGreaterThan(0);
    expect(typeof f.mentions_24h).toBe("number");
    const all = await h.ctx.services.listening.count(h.workspaceId, { originals: true });
    expect(f.mentions).toBe(all.n);
  });

  it("streams new mentions of this workspace as server-sent events", async () => {
    const ctl = new AbortController();
    const res = await fetch(`${h.ctx.config.publicUrl}/api/v1/mentions/stream`, {
      headers: h.auth("viewer"),
      signal: ctl.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await post([{ source: "live", external_id: "l1", text: "Live <b>mention</b> about the shop" }]);
    let text = "";
    while (!text.includes("\n\n") || !text.includes("event: mentions")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    ctl.abort();
    expect(text).toContain("event: mentions");
    const data = JSON.parse(text.split("data: ")[1]?.split("\n")[0] ?? "{}");
    expect(data.mentions[0].text).toBe("Live <b>mention</b> about the shop");
    const anon = await fetch(`${h.ctx.config.publicUrl}/api/v1/mentions/stream`);
    expect(anon.status).toBe(401);
  });
});
