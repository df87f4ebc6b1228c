import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  const res = await h.app.inject({
    method: "PATCH",
    url: "/api/v1/workspace",
    headers: h.auth("admin"),
    payload: { languages: ["en", "pl"], default_language: "en" },
  });
  expect(res.statusCode).toBe(200);
}, 60_000);
afterAll(async () => h.close());

type Role = "admin" | "responder" | "viewer";
const api = (
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
  role: Role = "admin",
) =>
  h.app.inject({
    method,
    url,
    headers: h.auth(role),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const pub = (url: string) => h.app.inject({ method: "GET", url });
const ids = async () =>
  ((await api("GET", "/api/v1/status/components")).json().items as { id: string }[]).map((c) => c.id);

describe("status page components of the shop's own", () => {
  it("starts with the five the page always had, named in every language", async () => {
    const res = await api("GET", "/api/v1/status/components", undefined, "viewer");
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((c: { id: string }) => c.id)).toEqual([
      "storefront",
      "checkout",
      "payments",
      "delivery",
      "customer_service",
    ]);
    expect(items[2]).toMatchObject({ name: { en: "Payments", pl: "Płatności" }, group: false, position: 3 });
  });

  it("refuses bad input naming the field, and only admins change components", async () => {
    const noPl = await api("POST", "/api/v1/status/components", { name: { en: "Gift cards" } });
    expect(noPl.statusCode).toBe(400);
    expect(noPl.json().error.field).toBe("name.pl");
    const empty = await api("POST", "/api/v1/status/components", { name: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe("name");
    const badGroup = await api("POST", "/api/v1/status/components", {
      name: { en: "Gift cards", pl: "Karty podarunkowe" },
      group_id: "payments",
    });
    expect(badGroup.statusCode).toBe(400);
    expect(badGroup.json().error.field).toBe("group_id");
    const badOrder = await api("PUT", "/api/v1/status/components/order", { ids: ["checkout", "nope"] });
    expect(badOrder.statusCode).toBe(400);
    expect(badOrder.json().error.field).toBe("ids.1");
    const responder = await api(
      "POST",
      "/api/v1/status/components",
      { name: { en: "Gift cards", pl: "Karty podarunkowe" } },
      "responder",
    );
    expect(responder.statusCode).toBe(403);
    expect(await ids()).toHaveLength(5);
  });

  it("adds a group with a component, renames per language, orders, and the page shows it", async () => {
    const group = await api("POST", "/api/v1/status/components", {
      name: { en: "Warehouse", pl: "Magazyn" },
      group: true,
    });
    expect(group.statusCode).toBe(201);
    const g = group.json();
    expect(g).toMatchObject({ group: true, group_id: null, position: 6 });
    const kid = await api("POST", "/api/v1/status/components", {
      name: { en: "Packing", pl: "Pakowanie" },
      group_id: g.id,
    });
    expect(kid.statusCode).toBe(201);
    const k = kid.json();
    expect(k).toMatchObject({ group_id: g.id, position: 1 });

    const renamed = await api("PATCH", `/api/v1/status/components/${k.id}`, {
      name: { en: "Packing & dispatch", pl: "Pakowanie i wysyłka" },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name.pl).toBe("Pakowanie i wysyłka");

    const order = await api("PUT", "/api/v1/status/components/order", {
      ids: [g.id, "payments", "storefront", "checkout", "delivery", "customer_service"],
    });
    expect(order.statusCode).toBe(200);
    expect(await ids()).toEqual([
      g.id,
      k.id,
      "payments",
      "storefront",
      "checkout",
      "delivery",
      "customer_service",
    ]);

    const pl = (await pub("/status?lang=pl")).body;
    expect(pl).toContain("Magazyn");
    // Escaped where shown: the ampersand of the English name too.
    expect((await pub("/status?lang=en")).body).toContain("Packing &amp; dispatch");
    expect(pl.indexOf("Pakowanie i wysyłka")).toBeGreaterThan(pl.indexOf("Magazyn"));
    expect(pl.indexOf("Magazyn")).toBeLessThan(pl.indexOf("Płatności"));

    const json = (await pub("/status.json")).json();
    expect(json.components[0]).toMatchObject({ id: g.id, group: true, name: { en: "Warehouse" } });
    expect(json.components[1]).toMatchObject({ id: k.id, group_id: g.id });

    const v2 = (await pub("/api/v2/components.json?lang=pl")).json();
    const v2Group = v2.components.find((c: { id: string }) => c.id === g.id);
    expect(v2Group).toMatchObject({ name: "Magazyn", group: true, components: [k.id] });
    expect(v2.components.find((c: { id: string }) => c.id === k.id)).toMatchObject({
      name: "Pakowanie i wysyłka",
      group_id: g.id,
    });
  });

  it("an incident on a component of the shop's own worsens it and its group; groups are not incident targets", async () => {
    const [g, k] = await ids();
    const onGroup = await api(
      "POST",
      "/api/v1/status/incidents",
      { title: { en: "Slow", pl: "Wolno" }, body: { en: "Slow.", pl: "Wolno." }, components: [g] },
      "responder",
    );
    expect(onGroup.statusCode).toBe(400);
    expect(onGroup.json().error.field).toBe("components.0");
    const inc = await api(
      "POST",
      "/api/v1/status/incidents",
      {
        title: { en: "Parcels leave late", pl: "Paczki wychodzą z opóźnieniem" },
        body: { en: "We are on it.", pl: "Działamy." },
        impact: "major",
        components: [k],
      },
      "responder",
    );
    expect(inc.statusCode).toBe(201);
    const json = (await pub("/status.json")).json();
    const state = (id: string | undefined) =>
      json.components.find((c: { id: string }) => c.id === id)?.state as string;
    expect(state(k)).toBe("partial_outage");
    expect(state(g)).toBe("partial_outage");
    expect(state("payments")).toBe("operational");
    // The incident names the component as the page names it.
    expect((await pub("/status?lang=pl")).body).toContain("Pakowanie i wysyłka</div>");
    const setGroup = await api("PUT", `/api/v1/status/components/${g}`, { state: "degraded" }, "responder");
    expect(setGroup.statusCode).toBe(400);
    expect(setGroup.json().error.field).toBe("component");
  });

  it("a monitor moves a component of the shop's own, never one the page does not have", async () => {
    const [, k] = await ids();
    const beat = { type: "heartbeat", name: "Packing station", interval_s: 3600, grace_s: 600 };
    const ok = await api("POST", "/api/v1/monitors", { ...beat, component: k });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().component).toBe(k);
    const bad = await api("POST", "/api/v1/monitors", { ...beat, component: "warehouse" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("component");
    const moved = await api("PATCH", `/api/v1/monitors/${ok.json().id}`, { component: "nope" });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.field).toBe("component");
  });

  it("removing a group keeps its components at the top level; removing a component takes it off the page", async () => {
    const [g, k] = await ids();
    expect((await api("DELETE", `/api/v1/status/components/${g}`, undefined, "responder")).statusCode).toBe(
      403,
    );
    expect((await api("DELETE", `/api/v1/status/components/${g}`)).statusCode).toBe(204);
    const after = (await api("GET", "/api/v1/status/components")).json().items;
    expect(after.find((c: { id: string }) => c.id === k)).toMatchObject({ group_id: null });
    expect(after.at(-1).id).toBe(k);
    expect((await api("DELETE", "/api/v1/status/components/delivery")).statusCode).toBe(204);
    expect((await api("DELETE", "/api/v1/status/components/delivery")).statusCode).toBe(404);
    const json = (await pub("/status.json")).json();
    expect(json.components.map((c: { id: string }) => c.id)).not.toContain("delivery");
    expect((await pub("/status?lang=pl")).body).not.toContain("Dostawa");
    // Removed for good: the defaults are not given back on the next read.
    expect(await ids()).not.toContain("delivery");
  });
});
