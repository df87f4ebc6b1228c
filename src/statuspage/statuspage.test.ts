import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MonitorScheduler } from "../monitoring/scheduler.js";
import { json, startTarget, type Target } from "../monitoring/testing.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";

let target: Target;
let exportDir: string;
let checkoutUp = true;

beforeAll(async () => {
  target = await startTarget();
  target.route("/ok", (_req, res) => json(res, 200, {}));
  target.route("/checkout", (_req, res) => json(res, checkoutUp ? 200 : 500, {}));
  exportDir = mkdtempSync(join(tmpdir(), "fb-status-export-"));
});
afterAll(async () => {
  await target.close();
  rmSync(exportDir, { recursive: true, force: true });
});
// Read by the service at setup: every change re-exports the static copy.
const { h, smtp } = setupMailHarness(() => ({ processEnv: { FIREBREAK_STATUS_EXPORT_DIR: exportDir } }));

const api = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown, role = "responder") =>
  h.app.inject({
    method,
    url,
    headers: h.auth(role as "admin"),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const pub = (url: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: "GET", url, headers });

describe("the public status page", () => {
  it("answers HTML, JSON and Atom without login, all operational on a new shop", async () => {
    const page = await pub("/status");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("All systems operational");
    expect(page.body).toContain("Checkout");
    // Open in a tab during an outage, it refreshes itself by script (a meta refresh would reload the
    // page under a visitor typing their e-mail).
    expect(page.body).toContain('<script src="/status/refresh.js" defer></script>');
    expect(page.body).not.toContain("http-equiv");
    const script = await pub("/status/refresh.js");
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toContain("application/javascript");
    expect(script.body).toContain('querySelector("form")');
    const j = await pub("/status.json");
    expect(j.statusCode).toBe(200);
    const body = j.json();
    expect(body.status).toBe("operational");
    expect(body.components.map((c: { id: string }) => c.id)).toEqual([
      "storefront",
      "checkout",
      "payments",
      "delivery",
      "customer_service",
    ]);
    expect(body.components[0].days).toHaveLength(90);
    const feed = await pub("/status/feed.atom");
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toContain("application/atom+xml");
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    // The slugged addresses serve the same page.
    expect((await pub("/status/test-shop/status.json")).json().page.slug).toBe("test-shop");
    expect((await pub("/status/no-such-shop")).statusCode).toBe(404);
  });

  it("answers 304 to a repeated request with the same ETag", async () => {
    const first = await pub("/status.json");
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await pub("/status.json", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    const zipped = await pub("/status", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.rawPayload).toString("utf8")).toContain("All systems operational");
  });

  it("refuses bad input naming the field, and viewers may not publish", async () => {
    const bad = await api("POST", "/api/v1/status/incidents", { title: { en: "x" }, body: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("body");
    // The shop's components are rows: one it never added does not exist.
    const comp = await api("PUT", "/api/v1/status/components/warehouse", { state: "degraded" });
    expect(comp.statusCode).toBe(404);
    const unknown = await api("POST", "/api/v1/status/incidents", {
      title: { en: "x" },
      body: { en: "x" },
      components: ["payments", "warehouse"],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe("components.1");
    const maint = await api("POST", "/api/v1/status/maintenance", {
      title: { en: "m" },
      body: { en: "m" },
      components: ["payments"],
      starts_at: "2030-01-02T00:00:00Z",
      ends_at: "2030-01-01T00:00:00Z",
    });
    expect(maint.statusCode).toBe(400);
    expect(maint.json().error.field).toBe("ends_at");
    const viewer = await api(
      "POST",
      "/api/v1/status/incidents",
      { title: { en: "x" }, body: { en: "x" } },
      "viewer",
    );
    expect(viewer.statusCode).toBe(403);
  });

  it("shows an incident with its updates, escaped, in the visitor's language, and drops the cached page", async () => {
    await pub("/status"); // warm the cache: the change below must still show
    const open = await api("POST", "/api/v1/status/incidents", {
      title: { en: "Card payments <script>alert(1)</script> failing", pl: "Płatności kartą nie działają" },
      impact: "major",
      components: ["payments"],
      body: { en: "We are sorry: card payments fail. Next update at 14:00 UTC.", pl: "Przepraszamy." },
    });
    expect(open.statusCode).toBe(201);
    const incidentId = open.json().id;
    const upd = await api("POST", `/api/v1/status/incidents/${incidentId}/updates`, {
      status: "identified",
      body: { en: "The card processor answers again for 80% of payments & rising." },
    });
    expect(upd.statusCode).toBe(201);

    const html = (await pub("/status")).body;
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("80% of payments &amp; rising");
    expect(html).toContain("Some services are affected");

    const pl = await pub("/status", { "accept-language": "pl-PL,pl;q=0.9,en;q=0.5" });
    expect(pl.headers["content-language"]).toBe("pl");
    expect(pl.body).toContain("Płatności kartą nie działają");
    // No Polish text for the second update: the English one shows instead of nothing.
    expect(pl.body).toContain("80% of payments");
    expect((await pub("/status?lang=pl")).body).toContain('<html lang="pl"');

    const j = (await pub("/status.json")).json();
    const inc = j.incidents.find((i: { id: string }) => i.id === incidentId);
    expect(inc.status).toBe("identified");
    expect(inc.updates.map((u: { status: string }) => u.status)).toEqual(["identified", "investigating"]);
    expect(j.components.find((c: { id: string }) => c.id === "payments").state).toBe("partial_outage");

    const feed = (await pub("/status/feed.atom")).body;
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain("&lt;script&gt;");
    expect(feed).not.toContain("<script>");

    await api("POST", `/api/v1/status/incidents/${incidentId}/updates`, {
      status: "resolved",
      body: { en: "Resolved." },
    });
    const after = (await pub("/status.json")).json();
    expect(after.components.find((c: { id: string }) => c.id === "payments").state).toBe("operational");
    expect(after.incidents.find((i: { id: string }) => i.id === incidentId).resolved_at).not.toBeNull();
  });

  it("applies component states set by hand and shows scheduled maintenance", async () => {
    expect(
      (await api("PUT", "/api/v1/status/components/delivery", { state: "degraded", note: "Storm <b>" }))
        .statusCode,
    ).toBe(204);
    const starts = new Date(Date.now() - 60_000).toISOString();
    const ends = new Date(Date.now() + 3_600_000).toISOString();
    const m = await api("POST", "/api/v1/status/maintenance", {
      title: { en: "Warehouse system upgrade" },
      body: { en: "Orders are taken; shipping labels print after 18:00." },
      components: ["storefront"],
      starts_at: starts,
      ends_at: ends,
    });
    expect(m.statusCode).toBe(201);
    let j = (await pub("/status.json")).json();
    const state = (id: string) => j.components.find((c: { id: string }) => c.id === id).state;
    expect(state("delivery")).toBe("degraded");
    expect(state("storefront")).toBe("maintenance");
    expect(j.maintenance[0]).toMatchObject({ title: { en: "Warehouse system upgrade" }, active: true });
    const html = (await pub("/status")).body;
    expect(html).toContain("Storm &lt;b&gt;");
    expect(html).toContain("Warehouse system upgrade");

    expect((await api("DELETE", `/api/v1/status/maintenance/${m.json().id}`)).statusCode).toBe(204);
    await api("PUT", "/api/v1/status/components/delivery", { state: "operational" });
    j = (await pub("/status.json")).json();
    expect(j.maintenance).toHaveLength(0);
    expect(state("storefront")).toBe("operational");
    expect(state("delivery")).toBe("operational");
  });

  it("draws 90-day uptime bars from the monitors and worsens a component whose monitor is down", async () => {
    const scheduler = new MonitorScheduler(h.ctx, (b) => h.ctx.services.monitoring.record(b));
    const mk = async (name: string, path: string) => {
      const r = await h.app.inject({
        method: "POST",
        url: "/api/v1/monitors",
        headers: h.auth("admin"),
        payload: { name, type: "http", url: `${target.url}${path}`, interval_s: 30, component: "checkout" },
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().id as string;
    };
    const id = await mk("Checkout", "/checkout");
    const round = async () => {
      await h.ctx.db
        .updateTable("monitors")
        .set({ next_run_at: new Date().toISOString() })
        .where("id", "=", id)
        .execute();
      await scheduler.runDue();
    };
    await round();
    const j = (await pub("/status.json")).json();
    const checkout = j.components.find((c: { id: string }) => c.id === "checkout");
    expect(checkout.uptime_90d).toBe(1);
    expect(checkout.days.at(-1).uptime).toBe(1);
    expect(checkout.days.at(0).uptime).toBeNull();
    expect((await pub("/status")).body).toContain("100.00%");

    checkoutUp = false;
    for (let i = 0; i < 6; i++) {
      await round();
      const m = await h.ctx.services.monitoring.states(h.workspaceId);
      if (m.find((s) => s.id === id)?.state === "down") break;
    }
    // The monitor's own bus event drops the cached page.
    const down = await waitFor(
      async () => {
        const page = (await pub("/status.json")).json();
        return page.status === "major_outage" && page;
      },
      { what: "the page to show the outage" },
    );
    expect(down.components.find((c: { id: string }) => c.id === "checkout").state).toBe("major_outage");
    expect(down.status).toBe("major_outage");
    checkoutUp = true;
    await h.app.inject({ method: "DELETE", url: `/api/v1/monitors/${id}`, headers: h.auth("admin") });
    h.ctx.services.statuspage.pages.invalidate(h.workspaceId);
  });

  it("puts an update published for a crisis on the crisis timeline", async () => {
    const crisis = await h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: h.auth("responder"),
      payload: { title: "Checkout down", type: "site_outage", severity: "SEV1" },
    });
    expect(crisis.statusCode, crisis.body).toBe(201);
    const crisisId = crisis.json().id;
    const r = await api("POST", "/api/v1/status/incidents", {
      title: { en: "Checkout unavailable" },
      impact: "critical",
      components: ["checkout"],
      body: { en: "We are sorry: checkout does not load. Next update at 15:00 UTC." },
      crisis_id: crisisId,
    });
    expect(r.statusCode).toBe(201);
    const rec = (await h.app.inject({ url: `/api/v1/crises/${crisisId}`, headers: h.auth("viewer") })).json();
    const ev = rec.timeline.find((e: { kind: string }) => e.kind === "status.published");
    expect(ev?.text).toContain("checkout does not load");
    const bad = await api("POST", "/api/v1/status/incidents", {
      title: { en: "x" },
      body: { en: "x" },
      crisis_id: "nope",
    });
    expect(bad.statusCode).toBe(404);
  });
});

describe("subscribers", () => {
  it("double opt-in, a notice per update through the job runner, one-click unsubscribe", async () => {
    smtp.messages.length = 0;
    const sub = await h.app.inject({
      method: "POST",
      url: "/status/subscribe",
      payload: { email: "Ola@Example.com", lang: "pl" },
    });
    expect(sub.statusCode).toBe(202);
    expect(
      (await h.app.inject({ method: "POST", url: "/status/subscribe", payload: { email: "x" } })).json().error
        .field,
    ).toBe("email");
    await h.ctx.jobs.drain();
    const [confirmMail] = await smtp.waitFor(1);
    expect(confirmMail?.text).toContain("Potwierdź");
    const link = /\/status\/confirm\?token=([A-Za-z0-9_-]+)/.exec(confirmMail?.text ?? "");
    expect(link).not.toBeNull();
    const token = link?.[1] as string;

    // Not confirmed yet: an update reaches no one.
    const inc = await api("POST", "/api/v1/status/incidents", {
      title: { en: "Slow delivery", pl: "Opóźnione dostawy" },
      body: { en: "Parcels leave a day late.", pl: "Paczki wychodzą dzień później." },
    });
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    expect(smtp.messages).toHaveLength(1);

    // A GET (a mail filter's link scanner) confirms nothing; the POST does.
    expect((await pub(`/status/confirm?token=${token}`)).body).toContain("<form");
    const ok = await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` });
    expect(ok.statusCode).toBe(200);
    const bogus = await h.app.inject({ method: "POST", url: "/status/confirm?token=nope-nope-nope" });
    expect(bogus.statusCode).toBe(404);

    await api("POST", `/api/v1/status/incidents/${inc.json().id}/updates`, {
      status: "monitoring",
      body: { en: "Back on time.", pl: "Dostawy znów na czas." },
    });
    await h.ctx.jobs.drain();
    const msgs = await smtp.waitFor(2);
    const notice = msgs[1];
    expect(notice?.to && "text" in notice.to ? notice.to.text : "").toContain("ola@example.com");
    expect(notice?.subject).toContain("Opóźnione dostawy");
    expect(notice?.text).toContain("Dostawy znów na czas.");
    const listUnsub = notice?.headerLines.find((l) => l.key === "list-unsubscribe")?.line ?? "";
    expect(listUnsub).toContain(`/status/unsubscribe?token=${token}`);

    const admin = (
      await h.app.inject({ url: "/api/v1/status/subscribers", headers: h.auth("admin") })
    ).json();
    expect(admin.items[0]).toMatchObject({ email: "ola@example.com", language: "pl" });
    expect(admin.items[0].token).toBeUndefined();

    // RFC 8058 one-click: a POST to the List-Unsubscribe address.
    const un = await h.app.inject({
      method: "POST",
      url: `/status/unsubscribe?token=${token}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(un.statusCode).toBe(200);
    await api("POST", `/api/v1/status/incidents/${inc.json().id}/updates`, {
      status: "resolved",
      body: { en: "Done." },
    });
    await smtp.waitFor(2);
    await h.ctx.jobs.drain();
    expect(smtp.messages).toHaveLength(2);
  });
});

describe("static export", () => {
  it("re-exports the whole page on every change when an export folder is configured", async () => {
    await api("POST", "/api/v1/status/incidents", {
      title: { en: "Static copy check" },
      body: { en: "Exported <i>now</i>." },
    });
    await h.ctx.jobs.drain();
    const j = JSON.parse(readFileSync(join(exportDir, "status.json"), "utf8"));
    expect(j.incidents.map((i: { title: { en: string } }) => i.title.en)).toContain("Static copy check");
    const index = readFileSync(join(exportDir, "index.html"), "utf8");
    expect(index).toContain("Exported &lt;i&gt;now&lt;/i&gt;.");
    expect(index).toContain('href="assets/style.css"');
    expect(index).toContain('<script src="assets/refresh.js" defer></script>');
    expect(readFileSync(join(exportDir, "assets", "refresh.js"), "utf8")).toContain("setInterval(refresh");
    for (const l of ["en", "pl", "it", "fr", "de", "es"]) {
      const page = readFileSync(join(exportDir, l, "index.html"), "utf8");
      expect(page).toContain(`<html lang="${l}"`);
      expect(page).toContain('<script src="../assets/refresh.js" defer></script>');
    }
    expect(readFileSync(join(exportDir, "feed.atom"), "utf8")).toContain("Static copy check");
  });
});
