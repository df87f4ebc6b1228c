import { sql } from "kysely";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, startTarget, type Target } from "../monitoring/testing.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";

let target: Target;
let second: string;

beforeAll(async () => {
  target = await startTarget();
  target.route("/social", (_req, res) => json(res, 200, {}));
});
afterAll(() => target.close());
const { h, smtp } = setupMailHarness();
beforeAll(async () => {
  second = (
    await h.ctx.services.accounts.createToken({
      workspaceId: h.workspaceId,
      name: "Second responder",
      role: "responder",
    })
  ).token;
});

type Who = "admin" | "responder" | "viewer" | "second";
const call = (
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
  who: Who = "responder",
) =>
  h.app.inject({
    method,
    url,
    headers: who === "second" ? { authorization: `Bearer ${second}` } : h.auth(who),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function crisis(type: string, title: string, extra: Record<string, unknown> = {}) {
  const r = await call("POST", "/api/v1/crises", { title, type, severity: "SEV1", ...extra });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

describe("drafts from templates", () => {
  it("renders the crisis into the template, shows the tone check, and names bad fields", async () => {
    const id = await crisis("payment_failure", "Card payments <b>failing</b>");
    const r = await call("POST", "/api/v1/comms/messages", {
      kind: "status_update",
      crisis_id: id,
      language: "de",
    });
    expect(r.statusCode, r.body).toBe(201);
    const m = r.json();
    expect(m).toMatchObject({ status: "draft", crisis_type: "payment_failure", language: "de" });
    expect(m.body).toContain("{{");
    expect(m.preview.body).toContain("Wir entschuldigen uns");
    // "um 14:30" later today, "am 6. Dez. 2026 um 00:13" when the next update falls after midnight.
    expect(m.preview.body).toMatch(/Nächstes Update (um|am \d+\. \S+ \d{4} um) \d\d:\d\d/);
    expect(m.tone.remarks.map((x: { kind: string }) => x.kind)).not.toContain("missing_apology");

    const rude = await call("PATCH", `/api/v1/comms/messages/${m.id}`, {
      body: "This was beyond our control and not our fault. We will fix it soon.",
      language: "en",
    });
    const kinds = rude.json().tone.remarks.map((x: { kind: string }) => x.kind);
    expect(kinds).toEqual(expect.arrayContaining(["defensive", "undated_promise", "missing_apology"]));
    expect(rude.json().tone.remarks[0].why.length).toBeGreaterThan(20);

    const bad = await call("PATCH", `/api/v1/comms/messages/${m.id}`, { body: "{% if x %}never closed" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("body");
    const kind = await call("POST", "/api/v1/comms/messages", { kind: "fax", crisis_type: "ddos" });
    expect(kind.json().error.field).toBe("kind");
    const noType = await call("POST", "/api/v1/comms/messages", { kind: "social_post" });
    expect(noType.json().error.field).toBe("crisis_type");
    expect(
      (await call("POST", "/api/v1/comms/messages", { kind: "social_post", crisis_type: "ddos" }, "viewer"))
        .statusCode,
    ).toBe(403);
  });

  it("uses the workspace's edited template until it is reset", async () => {
    const put = await call("PUT", "/api/v1/comms/templates/social_post/ddos/en", {
      subject: "Heads up",
      body: "Sorry, {{ shop.name }} is slow. Next update at 15:00 UTC.",
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().customized).toBe(true);
    const m = (
      await call("POST", "/api/v1/comms/messages", {
        kind: "social_post",
        crisis_type: "ddos",
        language: "en",
      })
    ).json();
    expect(m.preview.body).toBe("Sorry, Test shop is slow. Next update at 15:00 UTC.");
    const list = (
      await call("GET", "/api/v1/comms/templates?kind=social_post&crisis_type=ddos", undefined, "viewer")
    ).json();
    expect(list.items).toHaveLength(6);
    expect(list.items.filter((t: { customized: boolean }) => t.customized)).toHaveLength(1);
    const bad = await call("PUT", "/api/v1/comms/templates/social_post/ddos/en", {
      subject: "x",
      body: "{{ oops",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("body");
    expect((await call("DELETE", "/api/v1/comms/templates/social_post/ddos/en")).json().customized).toBe(
      false,
    );
  });
});

describe("approval and sending", () => {
  it("a breach notice needs the Art. 34 parts and someone else's approval before it leaves", async () => {
    const id = await crisis("data_breach", "Customer e-mails leaked", { personal_data: true });
    const m = (
      await call("POST", "/api/v1/comms/messages", { kind: "breach_notice", crisis_id: id, language: "en" })
    ).json();
    expect(m.approval.required).toBe(true);
    const missing = await call("POST", `/api/v1/comms/messages/${m.id}/submit`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe("vars.breach.data");
    await call("PATCH", `/api/v1/comms/messages/${m.id}`, {
      vars: {
        breach: {
          // Said here: the crisis has no summary for the template to fall back on (row 103).
          what_happened: "someone copied our customer list",
          data: "names and e-mail addresses",
          consequences: "phishing e-mails in our name",
          measures: "we closed the access and told the authority",
          contact: "privacy@shop.test",
        },
      },
    });
    expect((await call("POST", `/api/v1/comms/messages/${m.id}/submit`)).json().status).toBe("review");
    const early = await call("POST", `/api/v1/comms/messages/${m.id}/send`, { channel: "copy" });
    expect(early.statusCode).toBe(409);
    expect((await call("POST", `/api/v1/comms/messages/${m.id}/approve`)).statusCode).toBe(403);
    // The plan names the crisis roles that approve; a responder without one may not.
    expect(
      (await call("POST", `/api/v1/comms/messages/${m.id}/approve`, undefined, "second")).statusCode,
    ).toBe(403);
    const ok = await call("POST", `/api/v1/comms/messages/${m.id}/approve`, undefined, "admin");
    expect(ok.json()).toMatchObject({ status: "approved", approved_by: "token admin token" });
    const copied = await call("POST", `/api/v1/comms/messages/${m.id}/send`, { channel: "copy" });
    expect(copied.statusCode, copied.body).toBe(200);
    expect(copied.json().text).toContain("names and e-mail addresses");
    expect(copied.json().message.status).toBe("sent");
    // Sent is final: a change needs a new message.
    expect((await call("PATCH", `/api/v1/comms/messages/${m.id}`, { body: "x" })).statusCode).toBe(409);

    const audit = (await call("GET", `/api/v1/comms/audit?message_id=${m.id}`, undefined, "viewer")).json();
    expect(audit.items.map((a: { action: string }) => a.action).reverse()).toEqual([
      "draft.created",
      "draft.edited",
      "submitted",
      "approved",
      "sent",
    ]);
    expect(audit.items[0]).toMatchObject({
      actor: "token responder token",
      data: { channel: "copy", without_approval: false },
    });
    // The log cannot be edited, not even by someone with the database.
    await expect(
      sql`update comms_audit set actor = 'someone else' where message_id = ${m.id}`.execute(h.ctx.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from comms_audit`.execute(h.ctx.db)).rejects.toThrow(/append-only/);
  });

  it("e-mails a segment in its language with one-click unsubscribe, and the plan lets this type skip approval", async () => {
    const imp = await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/import",
      headers: { ...h.auth("admin"), "content-type": "text/csv" },
      payload: `email,name,language,paid_at,shipped_at\nola@example.com,Ola,pl,,\nanna@example.com,Anna <b>,en,2026-11-20T10:00:00Z,\nben@example.com,Ben,en,2026-11-20T10:00:00Z,2026-11-21T10:00:00Z\nnot-an-email,X,en,,\n`,
    });
    expect(imp.statusCode, imp.body).toBe(200);
    expect(imp.json()).toMatchObject({ added: 3, updated: 0, skipped: 1, errors: [{ line: 5 }] });
    const ev = await call("POST", "/api/v1/comms/contacts/events", {
      events: [{ email: "carl@example.com", name: "Carl", language: "en", type: "order_paid" }],
    });
    expect(ev.statusCode).toBe(202);
    const seg = (await call("GET", "/api/v1/comms/segments", undefined, "viewer")).json();
    expect(seg).toEqual({ all: 4, orders_7d: 1, paid_not_shipped: 2 });

    smtp.messages.length = 0;
    const id = await crisis("payment_failure", "Double charges");
    const m = (
      await call("POST", "/api/v1/comms/messages", { kind: "customer_email", crisis_id: id, language: "en" })
    ).json();
    expect(m.approval.required).toBe(false);
    const sent = await call("POST", `/api/v1/comms/messages/${m.id}/send`, {
      channel: "email",
      segment: "paid_not_shipped",
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(2);
    const to = mails.map((x) => (x.to && "text" in x.to ? x.to.text : "")).sort();
    expect(to).toEqual(["anna@example.com", "carl@example.com"]);
    const anna = mails.find((x) => x.to && "text" in x.to && x.to.text === "anna@example.com");
    expect(anna?.text).toContain("Hello Anna <b>,");
    expect(anna?.subject).toContain("Test shop");
    const unsub = anna?.headerLines.find((l) => l.key === "list-unsubscribe")?.line ?? "";
    const token = /token=([A-Za-z0-9_-]+)/.exec(unsub)?.[1];
    expect(token).toBeTruthy();

    const audit = (await call("GET", `/api/v1/comms/audit?message_id=${m.id}`, undefined, "viewer")).json();
    expect(audit.items.find((a: { action: string }) => a.action === "sent").data.without_approval).toBe(true);
    expect(audit.items.find((a: { action: string }) => a.action === "email.queued").data.recipients).toBe(2);
    const rec = (await call("GET", `/api/v1/crises/${id}`, undefined, "viewer")).json();
    expect(rec.timeline.find((e: { kind: string }) => e.kind === "message.sent")?.text).toContain(
      "customer email sent (email, en)",
    );
    expect(rec.first_public_word_at).not.toBeNull();

    const one = await h.app.inject({
      method: "POST",
      url: `/status/messages/unsubscribe?token=${token}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(one.statusCode).toBe(200);
    expect((await call("GET", "/api/v1/comms/segments", undefined, "viewer")).json().paid_not_shipped).toBe(
      1,
    );
    expect(
      (await h.app.inject({ method: "POST", url: "/status/messages/unsubscribe?token=nope" })).statusCode,
    ).toBe(404);
  });

  it("publishes to the status page and to a signed webhook, both on the crisis timeline", async () => {
    const id = await crisis("site_outage", "Shop down");
    const m = (
      await call("POST", "/api/v1/comms/messages", {
        kind: "status_update",
        crisis_id: id,
        language: "en",
        body: "We are sorry: the shop does not load. Next update at 16:00 UTC.",
      })
    ).json();
    const pub = await call("POST", `/api/v1/comms/messages/${m.id}/send`, { channel: "status_page" });
    expect(pub.statusCode, pub.body).toBe(200);
    const page = (await h.app.inject({ url: "/status.json" })).json();
    expect(JSON.stringify(page.incidents)).toContain("the shop does not load");
    // A SEV1 site outage reads as a critical incident on the type's components.
    expect(page.incidents[0]).toMatchObject({ impact: "critical", components: ["storefront", "checkout"] });
    expect(page.status).toBe("major_outage");

    const secret = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`;
    const hook = await call("POST", `/api/v1/comms/messages/${m.id}/send`, {
      channel: "webhook",
      url: `${target.url}/social`,
      secret,
    });
    expect(hook.statusCode, hook.body).toBe(200);
    await h.ctx.jobs.drain();
    const got = await waitFor(() => target.last.get("/social"), { what: "the social post" });
    const payload = new Webhook(secret).verify(got.body, got.headers as Record<string, string>) as {
      type: string;
      data: { text: string };
    };
    expect(payload.type).toBe("message.sent");
    expect(payload.data.text).toContain("the shop does not load");
    const bad = await call("POST", `/api/v1/comms/messages/${m.id}/send`, {
      channel: "webhook",
      url: "ftp://x",
      secret,
    });
    expect(bad.json().error.field).toBe("url");

    const rec = (await call("GET", `/api/v1/crises/${id}`, undefined, "viewer")).json();
    const sentEvents = rec.timeline.filter((e: { kind: string }) => e.kind === "message.sent");
    expect(sentEvents.map((e: { data: { channel: string } }) => e.data.channel).sort()).toEqual([
      "status_page",
      "webhook",
    ]);
  });
});

describe("translations", () => {
  it("publishes every language to the status page and mails each customer in theirs", async () => {
    const id = await crisis("payment_failure", "Payments failing");
    const m = (
      await call("POST", "/api/v1/comms/messages", {
        kind: "customer_email",
        crisis_id: id,
        language: "en",
        body: "We are sorry: card payments fail. Next update at 15:00 UTC.",
        vars: {
          translations: {
            pl: {
              subject: "Płatności – {{ shop.name }}",
              body: "Przepraszamy, {{ customer.name }}: płatności kartą nie działają. Kolejna aktualizacja o 15:00.",
            },
            de: { body: "Es tut uns leid: Kartenzahlungen schlagen fehl. Nächstes Update um 15:00 Uhr." },
          },
        },
      })
    ).json();
    expect(Object.keys(m.translations).sort()).toEqual(["de", "pl"]);
    expect(m.translations.pl.preview.subject).toBe("Płatności – Test shop");
    expect(m.translations.de.tone.remarks.map((r: { kind: string }) => r.kind)).not.toContain(
      "missing_apology",
    );
    const bad = await call("PATCH", `/api/v1/comms/messages/${m.id}`, {
      vars: { translations: { xx: { body: "x" } } },
    });
    expect(bad.statusCode).toBe(400);

    smtp.messages.length = 0;
    await call("POST", `/api/v1/comms/messages/${m.id}/send`, { channel: "email", segment: "all" });
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(3);
    await h.ctx.jobs.drain();
    const to = (addr: string) => smtp.messages.find((x) => x.to && "text" in x.to && x.to.text === addr);
    expect(to("ola@example.com")?.text).toContain("Przepraszamy, Ola: płatności kartą");
    expect(to("ola@example.com")?.subject).toBe("Płatności – Test shop");
    expect(to("ben@example.com")?.text).toContain("We are sorry: card payments fail.");
    expect(mails.length).toBeGreaterThanOrEqual(3);

    const pub = await call("POST", `/api/v1/comms/messages/${m.id}/send`, { channel: "status_page" });
    expect(pub.statusCode, pub.body).toBe(200);
    const pl = await h.app.inject({ url: "/status?lang=pl" });
    expect(pl.body).toContain("płatności kartą nie działają");
    const de = await h.app.inject({ url: "/status", headers: { "accept-language": "de-DE" } });
    expect(de.body).toContain("Kartenzahlungen schlagen fehl");
  });
});

describe("reminders", () => {
  it("flags an overdue first public word once per missed slot on the timeline", async () => {
    const id = await crisis("delivery_delay", "Parcels stuck", {
      started_at: new Date(Date.now() - 6 * 3_600_000).toISOString(),
      aware_at: new Date(Date.now() - 6 * 3_600_000).toISOString(),
    });
    const due = (await call("GET", "/api/v1/comms/reminders", undefined, "viewer")).json();
    expect(
      due.items.some(
        (r: { crisis_id: string; clock: string }) => r.crisis_id === id && r.clock === "first_public_word",
      ),
    ).toBe(true);
    // The communications lead of the crisis gets the reminder by e-mail, once.
    const user = await h.ctx.services.accounts.createUser({ email: "comms@shop.test", name: "Kasia Comms" });
    await h.ctx.services.accounts.addMember(h.workspaceId, user.id, "responder");
    const admin = {
      workspaceId: h.workspaceId,
      role: "admin" as const,
      userId: null,
      tokenId: null,
      label: "t",
    };
    await h.ctx.services.crises.assignRole(admin, id, "communications", user.id);
    smtp.messages.length = 0;
    await h.ctx.services.comms.reminders.remindWorkspace(h.workspaceId);
    await h.ctx.services.comms.reminders.remindWorkspace(h.workspaceId);
    const rec = (await call("GET", `/api/v1/crises/${id}`, undefined, "viewer")).json();
    expect(rec.timeline.filter((e: { kind: string }) => e.kind === "comms.reminder")).toHaveLength(1);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(1);
    await h.ctx.jobs.drain();
    const mine = smtp.messages.filter((m) => m.to && "text" in m.to && m.to.text === "comms@shop.test");
    expect(mine).toHaveLength(1);
    expect(mails[0]?.subject).toContain("Update overdue");
  });
});

describe("demo", () => {
  it("fills a customer list and a draft waiting for review", async () => {
    const { commsModule } = await import("./module.js");
    await commsModule.demo?.(h.ctx, h.workspaceId);
    const review = (await call("GET", "/api/v1/comms/messages?status=review", undefined, "viewer")).json();
    expect(
      review.items.some(
        (m: { created_by: string; kind: string }) => m.created_by === "Demo" && m.kind === "customer_email",
      ),
    ).toBe(true);
    expect(
      (await call("GET", "/api/v1/comms/segments", undefined, "viewer")).json().all,
    ).toBeGreaterThanOrEqual(4);
  });
});
