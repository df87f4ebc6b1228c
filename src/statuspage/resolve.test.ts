import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.app.inject({
    method: "PATCH",
    url: "/api/v1/workspace",
    headers: h.auth("admin"),
    payload: { time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" },
  });
});
afterAll(async () => h.close());

const call = (method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), ...(payload ? { payload } : {}) });

async function crisisWithIncident(title: string) {
  const crisis = (
    await call("POST", "/api/v1/crises", { title, type: "payment_failure", severity: "SEV2" })
  ).json();
  await call("PUT", "/api/v1/status/components/payments", {
    state: "major_outage",
    note: "Card payments fail",
  });
  const inc = await call("POST", "/api/v1/status/incidents", {
    crisis_id: crisis.id,
    title: { pl: "Płatności kartą nie działają", en: "Card payments fail" },
    body: { pl: "Sprawdzamy.", en: "We are looking into it." },
    components: ["payments", "checkout"],
    impact: "major",
  });
  expect(inc.statusCode).toBe(201);
  return crisis.id as string;
}

describe("resolve means resolved in public", () => {
  it("previews the final update in every language the incident used and the components it turns operational", async () => {
    const id = await crisisWithIncident("Payments down");
    const p = (await call("GET", `/api/v1/crises/${id}/resolve-preview`)).json();
    expect(Object.keys(p.incident.texts).sort()).toEqual(["en", "pl"]);
    expect(p.incident.texts.pl).toContain("Płatności kartą nie działają: naprawione.");
    expect(p.incident.components.sort()).toEqual(["checkout", "payments"]);

    const res = await call("PATCH", `/api/v1/crises/${id}`, {
      status: "resolved",
      final_update: { en: "Fixed: card payments work again. Sorry for the trouble." },
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.public_resolution.languages.sort()).toEqual(["en", "pl"]);
    expect(r.public_resolution.components_operational.sort()).toEqual(["checkout", "payments"]);
    expect(r.timeline.some((e: { kind: string }) => e.kind === "status.published")).toBe(true);

    const page = (await h.app.inject({ method: "GET", url: "/status.json" })).json();
    expect(page.status).toBe("operational");
    expect(page.components.every((c: { state: string }) => c.state === "operational")).toBe(true);
    const inc = page.incidents.find((i: { title: { en: string } }) => i.title.en === "Card payments fail");
    expect(inc.status).toBe("resolved");
    const final = inc.updates.find((u: { status: string }) => u.status === "resolved");
    expect(final.body).toMatchObject({
      en: "Fixed: card payments work again. Sorry for the trouble.",
    });
    expect(final.body.pl).toContain("naprawione");
    expect((await call("GET", `/api/v1/crises/${id}/resolve-preview`)).json().incident).toBeNull();
  });

  it('"public": "keep" leaves the incident open and warns the room', async () => {
    const id = await crisisWithIncident("Payments down again");
    const res = await call("PATCH", `/api/v1/crises/${id}`, { status: "resolved", public: "keep" });
    expect(res.statusCode).toBe(200);
    expect(res.json().public_resolution).toBeUndefined();
    const warn = res.json().timeline.find((e: { kind: string }) => e.kind === "public.kept_open");
    expect(warn.text).toContain("status page incident stays open");
    const page = (await h.app.inject({ method: "GET", url: "/status.json" })).json();
    expect(page.status).not.toBe("operational");
    // Resolving it later by hand still works: the preview offers the final word.
    expect((await call("GET", `/api/v1/crises/${id}/resolve-preview`)).json().incident).not.toBeNull();
  });

  it("declining a false alarm that is on the page warns the room instead of calling it fixed", async () => {
    const id = await crisisWithIncident("Payments down, or not");
    const res = await call("PATCH", `/api/v1/crises/${id}`, {
      status: "declined",
      reason: "The provider's test transactions",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().public_resolution).toBeUndefined();
    const warn = res.json().timeline.find((e: { kind: string }) => e.kind === "public.kept_open");
    expect(warn.text).toContain("Declined as a false alarm, but the status page incident stays open");
    // The page does not say "fixed" for what never broke: its incident stays open for a final word.
    const open = (await call("GET", `/api/v1/crises/${id}/resolve-preview`)).json().incident;
    expect(open.incident_id).toBe(warn.data.incident_id);
    const page = (await h.app.inject({ method: "GET", url: "/status.json" })).json();
    const inc = page.incidents.find((i: { id: string }) => i.id === open.incident_id);
    expect(inc.status).not.toBe("resolved");
  });

  it("a crisis without a public incident resolves quietly", async () => {
    const crisis = (
      await call("POST", "/api/v1/crises", { title: "Quiet", type: "delivery_delay", severity: "SEV3" })
    ).json();
    const res = await call("PATCH", `/api/v1/crises/${crisis.id}`, { status: "resolved" });
    expect(res.statusCode).toBe(200);
    expect(res.json().public_resolution).toBeUndefined();
  });
});
