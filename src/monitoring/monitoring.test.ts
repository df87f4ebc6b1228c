import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { BusEvent } from "../app/bus.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { MonitorScheduler } from "./scheduler.js";
import { json, startTarget, type Target } from "./testing.js";
import type { MonitorStateEvent } from "./transitions.js";

let h: Harness;
let target: Target;
let scheduler: MonitorScheduler;
let flaky = 0;
let checkoutUp = true;
const hooks: { type: string; data: Record<string, unknown> }[] = [];
const busEvents: MonitorStateEvent[] = [];

beforeAll(async () => {
  h = await createHarness();
  target = await startTarget();
  target.route("/ok", (_req, res) => json(res, 200, { status: "ok" }));
  // Fails once, then answers: a blip that retries absorb.
  target.route("/flaky", (_req, res) => (flaky++ % 2 === 0 ? json(res, 503, {}) : json(res, 200, {})));
  target.route("/checkout", (_req, res) =>
    checkoutUp ? json(res, 200, {}) : json(res, 500, { error: "db" }),
  );
  target.route("/hook", (_req, res, body) => {
    hooks.push(JSON.parse(body));
    res.writeHead(204).end();
  });
  scheduler = new MonitorScheduler(h.ctx, (b) => h.ctx.services.monitoring.record(b));
  h.ctx.bus.subscribe<MonitorStateEvent>("monitor.state", (e: BusEvent<MonitorStateEvent>) =>
    busEvents.push(e.data),
  );
});
afterAll(async () => {
  await h.close();
  await target.close();
});

const api = (
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
  role: "admin" | "viewer" | "responder" = "admin",
) =>
  h.app.inject({
    method,
    url,
    headers: h.auth(role),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

/** Makes monitors due now and runs one round of checks. */
async function round(...ids: string[]) {
  await h.ctx.db
    .updateTable("monitors")
    .set({ next_run_at: new Date().toISOString() })
    .where("id", "in", ids)
    .execute();
  return scheduler.runDue();
}

describe("monitors API", () => {
  it("creates an HTTP monitor per the contract and answers it pending until checked", async () => {
    const res = await api("POST", "/api/v1/monitors", {
      name: "Home",
      type: "http",
      url: `${target.url}/ok`,
      interval_s: 30,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const got = await api("GET", `/api/v1/monitors/${id}`, undefined, "viewer");
    expect(got.json()).toMatchObject({
      id,
      state: "pending",
      last_checked_at: null,
      url: `${target.url}/ok`,
      method: "GET",
    });
    expect(await round(id)).toBe(1);
    const after = (await api("GET", `/api/v1/monitors/${id}`)).json();
    expect(after.state).toBe("up");
    expect(after.last_checked_at).not.toBeNull();
    expect(after.sparkline).toHaveLength(1);
  });

  it("validates input, naming the field, and keeps viewers read-only", async () => {
    const bad = await api("POST", "/api/v1/monitors", {
      name: "x",
      type: "http",
      url: "ftp://x",
      interval_s: 30,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("url");
    const fast = await api("POST", "/api/v1/monitors", {
      name: "x",
      type: "http",
      url: "http://127.0.0.1/",
      interval_s: 2,
    });
    expect(fast.json().error.field).toBe("interval_s");
    const component = await api("POST", "/api/v1/monitors", {
      name: "x",
      type: "tcp",
      host: "127.0.0.1",
      port: 1,
      component: "Checkout page",
    });
    expect(component.statusCode).toBe(400);
    expect(component.json().error.field).toBe("component");
    const crisis = await api("POST", "/api/v1/monitors", {
      name: "x",
      type: "tcp",
      host: "127.0.0.1",
      port: 1,
      crisis: { type: "meteor_strike", severity: "SEV1" },
    });
    expect(crisis.statusCode).toBe(400);
    expect(crisis.json().error.field).toBe("crisis.type");
    const viewer = await api(
      "POST",
      "/api/v1/monitors",
      { name: "x", type: "tcp", host: "127.0.0.1", port: 1 },
      "viewer",
    );
    expect(viewer.statusCode).toBe(403);
  });

  it("lists with a cursor, patches type settings with validation, deletes", async () => {
    for (const n of ["a", "b", "c"]) {
      await api("POST", "/api/v1/monitors", { name: `port ${n}`, type: "tcp", host: "127.0.0.1", port: 9 });
    }
    const first = (await api("GET", "/api/v1/monitors?limit=2&type=tcp")).json();
    expect(first.items).toHaveLength(2);
    const second = (await api("GET", `/api/v1/monitors?limit=2&type=tcp&cursor=${first.next_cursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.next_cursor).toBeNull();
    const id = second.items[0].id;
    const patched = await api("PATCH", `/api/v1/monitors/${id}`, {
      port: 8080,
      name: "API port",
      interval_s: 10,
    });
    expect(patched.json()).toMatchObject({ port: 8080, name: "API port", interval_s: 10, host: "127.0.0.1" });
    const wrong = await api("PATCH", `/api/v1/monitors/${id}`, { port: "eighty" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe("port");
    expect((await api("DELETE", `/api/v1/monitors/${id}`)).statusCode).toBe(204);
    expect((await api("GET", `/api/v1/monitors/${id}`)).statusCode).toBe(404);
  });
});

describe("state changes", () => {
  it("a single failed attempt absorbed by a retry does not take the monitor down", async () => {
    const m = (
      await api("POST", "/api/v1/monitors", {
        name: "Flaky",
        type: "http",
        url: `${target.url}/flaky`,
        interval_s: 5,
        retries: 2,
      })
    ).json();
    flaky = 0;
    await round(m.id);
    expect((await api("GET", `/api/v1/monitors/${m.id}`)).json().state).toBe("up");
    expect(target.hits.get("/flaky")).toBe(2);
  });

  it("down is confirmed by retries, told once (event, bus, webhook, crisis); recovery is told once", async () => {
    const hook = await api("POST", "/api/v1/webhooks", {
      url: `${target.url}/hook`,
      events: ["monitor.down", "monitor.up"],
    });
    expect(hook.statusCode).toBe(201);
    const m = (
      await api("POST", "/api/v1/monitors", {
        name: "Checkout",
        type: "http",
        url: `${target.url}/checkout`,
        interval_s: 5,
        retries: 2,
        component: "checkout",
        crisis: { type: "site_outage", severity: "SEV1" },
      })
    ).json();
    await round(m.id);
    checkoutUp = false;
    const before = target.hits.get("/checkout") ?? 0;
    await round(m.id);
    // One scheduled attempt plus two retries inside the interval.
    expect((target.hits.get("/checkout") ?? 0) - before).toBe(3);
    await round(m.id);
    await round(m.id);
    const down = (await api("GET", `/api/v1/monitors/${m.id}`)).json();
    expect(down.state).toBe("down");
    expect(down.last_error).toMatch(/HTTP 500/);
    await h.ctx.jobs.drain();
    // The status page reads the monitor's state: its only checkout monitor is down, so checkout is out.
    const page = (await h.app.inject({ method: "GET", url: "/status.json" })).json();
    const checkout = page.components.find((c: { id: string }) => c.id === "checkout");
    expect(checkout.state).toBe("major_outage");

    checkoutUp = true;
    await round(m.id);
    await round(m.id);
    await h.ctx.jobs.drain();
    const after = (await h.app.inject({ method: "GET", url: "/status.json" })).json();
    expect(after.components.find((c: { id: string }) => c.id === "checkout").state).toBe("operational");

    const events = (await api("GET", `/api/v1/monitors/${m.id}/events`)).json().items;
    expect(events.map((e: { to_state: string }) => e.to_state)).toEqual(["up", "down", "up"]);
    const mine = busEvents.filter((e) => e.monitor_id === m.id);
    expect(mine.map((e) => e.state)).toEqual(["up", "down", "up"]);
    expect(mine[1]?.component).toBe("checkout");
    const types = hooks.filter((x) => (x.data["monitor"] as { id: string }).id === m.id).map((x) => x.type);
    expect(types).toEqual(["monitor.down", "monitor.up"]);

    const crisisId = (await api("GET", `/api/v1/monitors/${m.id}`)).json().crisis_id;
    expect(crisisId).toBeNull();
    const crises = (await api("GET", "/api/v1/crises")).json().items;
    const opened = crises.find((c: { title: string }) => c.title === "Checkout is down");
    expect(opened).toMatchObject({ type: "site_outage", severity: "SEV1" });
    const record = (await api("GET", `/api/v1/crises/${opened.id}`)).json();
    expect(JSON.stringify(record.timeline)).toMatch(/Checkout is up again/);
  });

  it("a second monitor down joins the open crisis of the same type instead of opening another", async () => {
    checkoutUp = false;
    const ids: string[] = [];
    for (const name of ["Checkout EU", "Checkout US"]) {
      const m = (
        await api("POST", "/api/v1/monitors", {
          name,
          type: "http",
          url: `${target.url}/checkout`,
          interval_s: 5,
          retries: 0,
          crisis: { type: "site_outage", severity: "SEV1" },
        })
      ).json();
      ids.push(m.id);
    }
    await round(...ids);
    await h.ctx.jobs.drain();
    checkoutUp = true;
    const a = (await api("GET", `/api/v1/monitors/${ids[0]}`)).json().crisis_id;
    const b = (await api("GET", `/api/v1/monitors/${ids[1]}`)).json().crisis_id;
    expect(a).toBeTruthy();
    expect(b).toBe(a);
  });
});

describe("heartbeats", () => {
  it("a secret URL receives beats without credentials; a late beat takes the monitor down", async () => {
    const created = await api("POST", "/api/v1/monitors", {
      name: "Nightly export",
      type: "heartbeat",
      interval_s: 60,
      grace_s: 0,
    });
    const m = created.json();
    expect(m.heartbeat_url).toMatch(/\/api\/v1\/inbound\/heartbeat\/hb_/);
    expect((await api("GET", `/api/v1/monitors/${m.id}`)).json().heartbeat_url).toBeUndefined();
    const path = new URL(m.heartbeat_url).pathname;
    const wrong = await h.app.inject({
      method: "POST",
      url: "/api/v1/inbound/heartbeat/hb_not_a_real_token",
    });
    expect(wrong.statusCode).toBe(404);
    const ok = await h.app.inject({ method: "POST", url: path });
    expect(ok.statusCode).toBe(202);
    expect((await api("GET", `/api/v1/monitors/${m.id}`)).json().state).toBe("up");

    const longAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    await h.ctx.db.updateTable("monitors").set({ last_beat_at: longAgo }).where("id", "=", m.id).execute();
    await round(m.id);
    const late = (await api("GET", `/api/v1/monitors/${m.id}`)).json();
    expect(late.state).toBe("down");
    expect(late.last_error).toMatch(/no beat since/);
    await h.app.inject({ method: "GET", url: path });
    expect((await api("GET", `/api/v1/monitors/${m.id}`)).json().state).toBe("up");

    const rotated = (await api("POST", `/api/v1/monitors/${m.id}/heartbeat-token`)).json();
    expect(rotated.heartbeat_url).not.toBe(m.heartbeat_url);
    expect((await h.app.inject({ method: "POST", url: path })).statusCode).toBe(404);
  });
});

describe("heartbeat claimed before a beat", () => {
  it("a beat that lands after the slot was claimed counts: no false down", async () => {
    const m = (
      await api("POST", "/api/v1/monitors", { name: "Backup", type: "heartbeat", interval_s: 60, grace_s: 0 })
    ).json();
    const path = new URL(m.heartbeat_url).pathname;
    const longAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    const slot = new Date(Date.now() + 1500).toISOString();
    await h.ctx.db
      .updateTable("monitors")
      .set({ last_beat_at: longAgo, state: "up", next_run_at: slot })
      .where("id", "=", m.id)
      .execute();
    // Claims 5 s ahead, so the slot is taken (with the late beat time) before the job reports in.
    const early = new MonitorScheduler(h.ctx, (b) => h.ctx.services.monitoring.record(b), {
      lookaheadMs: 5000,
      tickMs: 100,
    });
    early.start();
    // Earlier tests' monitors share the workspace, so the scheduler's counters are not this monitor's:
    // watch this monitor's own slot move (claimed) and its own check row (written).
    const nextRun = async () =>
      (
        await h.ctx.db
          .selectFrom("monitors")
          .select("next_run_at")
          .where("id", "=", m.id)
          .executeTakeFirstOrThrow()
      ).next_run_at;
    await vi.waitFor(async () => expect(await nextRun()).not.toBe(slot), { interval: 10 });
    expect((await h.app.inject({ method: "POST", url: path })).statusCode).toBe(202);
    const checks = () =>
      h.ctx.db.selectFrom("monitor_checks").select("ok").where("monitor_id", "=", m.id).execute();
    await vi.waitFor(async () => expect(await checks()).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await early.stop();
    expect(await checks()).toEqual([{ ok: 1 }]);
    const after = (await api("GET", `/api/v1/monitors/${m.id}`)).json();
    expect(after.state).toBe("up");
    const events = (await api("GET", `/api/v1/monitors/${m.id}/events`)).json().items;
    expect(events.filter((e: { to_state: string }) => e.to_state === "down")).toEqual([]);
  });
});

describe("provider monitors", () => {
  it("a provider incident on a used component goes down and names the plan's continuity fallback", async () => {
    let status = "operational";
    target.route("/payco/api/v2/summary.json", (_q, res) =>
      json(res, 200, {
        page: { id: "p", name: "PayCo" },
        components: [{ id: "c1", name: "Card payments", status, group: false }],
        incidents: [],
        status: { indicator: "none", description: "All Systems Operational" },
      }),
    );
    await api("POST", "/api/v1/webhooks", { url: `${target.url}/hook`, events: ["monitor.down"] });
    const m = (
      await api("POST", "/api/v1/monitors", {
        name: "PayCo",
        type: "provider",
        url: `${target.url}/payco/api/v2/summary.json`,
        components: ["Card payments"],
        provider: "PayCo",
        component: "payments",
        interval_s: 60,
      })
    ).json();
    await round(m.id);
    expect((await api("GET", `/api/v1/monitors/${m.id}`)).json().state).toBe("up");
    status = "major_outage";
    await round(m.id);
    const down = (await api("GET", `/api/v1/monitors/${m.id}`)).json();
    expect(down.state).toBe("down");
    expect(down.last_error).toMatch(/^PayCo reports components Card payments \(major outage\)/);
    await h.ctx.jobs.drain();
    const sent = hooks.find(
      (x) => x.type === "monitor.down" && (x.data["monitor"] as { id: string }).id === m.id,
    );
    expect((sent?.data["continuity"] as { fallback: string } | undefined)?.fallback).toBeTruthy();
  });
});
