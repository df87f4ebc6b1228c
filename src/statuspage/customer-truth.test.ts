import { beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import type { Snapshot } from "./model.js";
import { renderHtml } from "./render.js";

/** What a customer of a Polish shop reads on the page and in its mails must be true and in their language. */
const { h, smtp } = setupMailHarness();
beforeAll(async () => {
  const ws = await h.app.inject({
    method: "PATCH",
    url: "/api/v1/workspace",
    headers: h.auth("admin"),
    payload: { time_zone: "Europe/Warsaw", languages: ["pl"], default_language: "pl" },
  });
  expect(ws.statusCode).toBe(200);
});

const pub = (url: string) => h.app.inject({ method: "GET", url });
const api = (method: "POST", url: string, payload: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload });

/** Subscribes and returns the token from the confirmation mail (not confirmed yet). */
async function subscribe(email: string, lang: string): Promise<string> {
  const before = smtp.messages.length;
  const sub = await h.app.inject({ method: "POST", url: "/status/subscribe", payload: { email, lang } });
  expect(sub.statusCode).toBe(202);
  await h.ctx.jobs.drain();
  const mails = await smtp.waitFor(before + 1);
  expect(mails[before]?.html || "").toContain(`<html lang="${lang}">`);
  return /\/status\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mails[before]?.text ?? "")?.[1] ?? "";
}

describe("what the customer reads is true", () => {
  it("an open incident that names no component never sits under 'all systems operational'", async () => {
    const inc = await api("POST", "/api/v1/status/incidents", {
      title: { pl: "Sklep nie działa" },
      body: { pl: "Sprawdzamy, dlaczego sklep się nie otwiera." },
      impact: "critical",
    });
    expect(inc.statusCode).toBe(201);
    expect((await pub("/status.json")).json().status).toBe("major_outage");
    const page = (await pub("/status?lang=pl")).body;
    expect(page).not.toContain("Wszystko działa");
    expect(page).toContain('class="banner s-major_outage"');
    expect((await pub("/api/v2/status.json")).json().status.indicator).toBe("critical");

    const done = await api("POST", `/api/v1/status/incidents/${inc.json().id}/updates`, {
      status: "resolved",
      body: { pl: "Naprawione." },
    });
    expect(done.statusCode).toBe(201);
    expect((await pub("/status.json")).json().status).toBe("operational");
  });
});

describe("the subscription pages speak the subscriber's language", () => {
  it("a Polish subscriber's confirm and unsubscribe pages are in Polish", async () => {
    const token = await subscribe("ola@example.com", "pl");
    const ask = await pub(`/status/confirm?token=${token}`);
    expect(ask.body).toContain('<html lang="pl">');
    expect(ask.body).not.toMatch(/Confirm|subscription/);
    const ok = await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('<html lang="pl">');
    expect(ok.body).toContain("Subskrypcja potwierdzona");
    const leave = await h.app.inject({ method: "POST", url: `/status/unsubscribe?token=${token}` });
    expect(leave.statusCode).toBe(200);
    expect(leave.body).toContain('<html lang="pl">');
    expect(leave.body).not.toContain("You are unsubscribed");
  });

  it("an unknown token still gets a page, in English, and 404 on POST", async () => {
    expect((await pub("/status/confirm?token=nope-nope-nope")).body).toContain('<html lang="en">');
    expect(
      (await h.app.inject({ method: "POST", url: "/status/unsubscribe?token=nope-nope-nope" })).statusCode,
    ).toBe(404);
  });
});

describe("a notice in a language the shop does not write", () => {
  it("says the text is shown in the shop's language, as the page does", async () => {
    const token = await subscribe("hans@example.com", "de");
    expect((await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` })).statusCode).toBe(
      200,
    );
    const before = smtp.messages.length;
    const inc = await api("POST", "/api/v1/status/incidents", {
      title: { pl: "Opóźnione dostawy" },
      body: { pl: "Paczki wychodzą dzień później." },
      components: ["delivery"],
    });
    expect(inc.statusCode).toBe(201);
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    const [notice] = (await smtp.waitFor(before + 1)).slice(before);
    expect(notice?.text).toContain("Paczki wychodzą dzień później.");
    expect(notice?.text).toContain("Noch nicht auf Deutsch verfügbar; angezeigt auf Polnisch.");
    expect(notice?.html || "").toContain('<html lang="de">');
  });
});

describe("uptime as the visitor reads numbers", () => {
  // 99,996 % of checks passed: some failed, so the page must not say 100.00%.
  const snap: Snapshot = {
    workspace: { slug: "s", name: "Sklep", language: "pl", time_zone: "Europe/Warsaw", languages: ["pl"] },
    url: "https://shop.example/status",
    generated_at: "2026-12-05T07:00:00.000Z",
    status: "operational",
    components: [
      {
        id: "checkout",
        name: { pl: "Kasa" },
        group: false,
        group_id: null,
        position: 0,
        state: "operational",
        note: null,
        uptime_90d: 0.99996,
        days: [{ day: "2026-12-04", uptime: 0.99996 }],
      },
    ],
    incidents: [],
    maintenance: [],
  };
  const o = { subscribeAction: "/status/subscribe", feedHref: "/status/feed.atom" };

  it("uses the locale's decimal comma and never rounds failures up to 100%", () => {
    const pl = renderHtml(snap, "pl", o);
    expect(pl).toContain("99,99% dostępności");
    // The bar's day as the visitor writes a date (was the ISO "2026-12-04").
    expect(pl).toContain('title="4 gru 2026: 99,99%"');
    expect(renderHtml(snap, "de", o)).toContain("99,99\u00a0% Verfügbarkeit");
    const en = renderHtml(snap, "en", o);
    expect(en).toContain("99.99% uptime");
    expect(en).toContain('title="4 Dec 2026: 99.99%"');
    expect(renderHtml(snap, "es", o)).toContain('title="4 dic 2026: 99,99\u00a0%"');
    expect(en).not.toContain("100.00%");
  });
});
