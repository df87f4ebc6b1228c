import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkProvider } from "../monitoring/checkers/provider.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { V2_RESPONSES } from "./v2-schema.js";

let h: Harness;
const allowed = process.env["FIREBREAK_ALLOW_TARGETS"];
beforeAll(async () => {
  // The monitor refuses loopback unless the operator allows it; here the "provider" is this process.
  process.env["FIREBREAK_ALLOW_TARGETS"] = "127.0.0.1/32";
  h = await createHarness({ listen: true });
}, 60_000);
afterAll(async () => {
  if (allowed === undefined) delete process.env["FIREBREAK_ALLOW_TARGETS"];
  else process.env["FIREBREAK_ALLOW_TARGETS"] = allowed;
  await h.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: "GET", url, headers });
const api = (method: "POST" | "PUT", url: string, payload: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload });

const DOCS = [
  "summary",
  "status",
  "components",
  "incidents",
  "incidents/unresolved",
  "scheduled-maintenances",
] as const;

describe("Statuspage public API v2", () => {
  it("answers every document without credentials, in Atlassian's shapes", async () => {
    for (const doc of DOCS) {
      for (const url of [`/api/v2/${doc}.json`, `/status/test-shop/api/v2/${doc}.json`]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.headers["access-control-allow-origin"]).toBe("*");
        V2_RESPONSES[doc].parse(res.json());
      }
    }
    const s = (await get("/api/v2/summary.json")).json();
    expect(s.page).toMatchObject({ id: h.workspaceId, name: "Test shop", time_zone: expect.any(String) });
    expect(s.page.url).toContain("/status/test-shop");
    expect(s.status).toEqual({ indicator: "none", description: "All systems operational" });
    expect(s.components.map((c: { status: string }) => c.status)).toEqual(Array(5).fill("operational"));
    expect(s.components[1]).toMatchObject({ id: "checkout", name: "Checkout", group: false, position: 2 });
  });

  it("an unknown page is a 404 with the error shape", async () => {
    const res = await get("/status/nobody-here/api/v2/summary.json");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
  });

  it("shows an incident with its updates, in the page's language or ?lang=", async () => {
    const open = await api("POST", "/api/v1/status/incidents", {
      title: { en: "Card payments fail", de: "Kartenzahlungen schlagen fehl" },
      impact: "major",
      components: ["payments"],
      body: { en: "We are looking into it.", de: "Wir sehen uns das an." },
    });
    expect(open.statusCode).toBe(201);
    const s = (await get("/api/v2/summary.json")).json();
    expect(s.status.indicator).toBe("major");
    expect(s.components.find((c: { id: string }) => c.id === "payments").status).toBe("partial_outage");
    expect(s.incidents).toHaveLength(1);
    const inc = s.incidents[0];
    expect(inc).toMatchObject({ name: "Card payments fail", status: "investigating", impact: "major" });
    expect(inc.shortlink).toContain(`#incident-${inc.id}`);
    expect(inc.incident_updates[0]).toMatchObject({
      status: "investigating",
      body: "We are looking into it.",
    });
    expect(inc.components.map((c: { id: string }) => c.id)).toEqual(["payments"]);

    const de = (await get("/status/test-shop/api/v2/incidents/unresolved.json?lang=de")).json();
    expect(de.incidents[0].name).toBe("Kartenzahlungen schlagen fehl");
    expect(de.incidents[0].components[0].name).toBe("Zahlungen");
    expect((await get("/api/v2/status.json?lang=de")).headers["content-language"]).toBe("de");
  });

  it("is cached like the page: an ETag, a short max-age and gzip", async () => {
    const first = await get("/api/v2/components.json");
    expect(first.headers["cache-control"]).toMatch(/^public, max-age=10\b/);
    const again = await get("/api/v2/components.json", { "if-none-match": String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    const zipped = await get("/api/v2/components.json", { "accept-encoding": "gzip" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
  });

  it("lists maintenance as scheduled, then in progress when it has begun", async () => {
    const startsAt = new Date(h.clock.now().getTime() + 3_600_000).toISOString();
    const res = await api("POST", "/api/v1/status/maintenance", {
      title: { en: "Database upgrade" },
      body: { en: "Checkout pauses for ten minutes." },
      components: ["checkout"],
      starts_at: startsAt,
      ends_at: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    });
    expect(res.statusCode).toBe(201);
    const m = (await get("/api/v2/scheduled-maintenances.json")).json().scheduled_maintenances;
    expect(m[0]).toMatchObject({ name: "Database upgrade", status: "scheduled", impact: "maintenance" });
    expect(m[0].incident_updates[0].body).toBe("Checkout pauses for ten minutes.");
    // Posted now, starting in an hour: a widget's "posted …" reads the posting, and nothing is updated
    // before it was created (created_at was the start, updated_at the page's build).
    expect(Math.abs(Date.parse(m[0].created_at) - h.clock.now().getTime())).toBeLessThan(60_000);
    expect(m[0].scheduled_for).toBe(startsAt);
    expect(Date.parse(m[0].updated_at)).toBeGreaterThanOrEqual(Date.parse(m[0].created_at));
    expect(m[0].incident_updates[0].created_at).toBe(m[0].created_at);
  });

  it("Firebreak's own provider monitor reads a Firebreak page in an incident as degraded", async () => {
    const base = `${h.ctx.config.publicUrl}/status/test-shop`;
    const r = await checkProvider(
      { url: base, format: "statuspage", components: ["Payments"], provider: "Test shop" },
      5000,
      h.clock.now().getTime(),
    );
    expect(r.ok).toBe(false);
    expect(r.provider?.components).toEqual(["Payments (partial outage)"]);
    expect(r.provider?.incidents).toEqual(["Card payments fail"]);
    const other = await checkProvider(
      { url: `${base}/api/v2/summary.json`, format: "statuspage", components: ["Delivery"], provider: null },
      5000,
      h.clock.now().getTime(),
    );
    expect(other.ok).toBe(true);

    const inc = (await get("/api/v2/incidents/unresolved.json")).json().incidents[0];
    const done = await api("POST", `/api/v1/status/incidents/${inc.id}/updates`, {
      status: "resolved",
      body: { en: "Fixed." },
      impact: "none",
    });
    expect(done.statusCode).toBe(201);
    const after = await checkProvider(
      { url: base, format: "statuspage", components: [], provider: null },
      5000,
      h.clock.now().getTime(),
    );
    expect(after.ok).toBe(true);
    const all = (await get("/api/v2/incidents.json")).json().incidents;
    expect(all[0]).toMatchObject({ status: "resolved", resolved_at: expect.any(String) });
    expect(all[0].incident_updates.map((u: { status: string }) => u.status)).toEqual([
      "resolved",
      "investigating",
    ]);
  });

  it("keeps a window once it is over, as Statuspage does: completed, with its end as resolved_at", async () => {
    // The window posted above ("Database upgrade") starts in an hour and lasts one: three hours on, it is over.
    h.clock.advance(3 * 3_600_000);
    const res = await get("/api/v2/scheduled-maintenances.json?lang=de");
    V2_RESPONSES["scheduled-maintenances"].parse(res.json());
    const m = (res.json().scheduled_maintenances as { name: string }[]).find(
      (x) => x.name === "Database upgrade",
    );
    expect(m).toMatchObject({ status: "completed", resolved_at: expect.any(String) });
    const w = m as unknown as { resolved_at: string; scheduled_until: string; updated_at: string };
    expect(w.resolved_at).toBe(w.scheduled_until);
    expect(w.updated_at).toBe(w.scheduled_until);
    const updates = (m as unknown as { incident_updates: { status: string; body: string }[] })
      .incident_updates;
    expect(updates.map((u) => u.status)).toEqual(["completed", "scheduled"]);
    expect(updates[0]?.body).toBe("Wartung abgeschlossen");
    // The summary, like Statuspage's, lists only coming and running windows.
    const summary = (await get("/api/v2/summary.json")).json();
    expect(summary.scheduled_maintenances).toEqual([]);
  });
});
