import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => {
  await h.close();
});

const call = (
  method: "GET" | "POST",
  url: string,
  payload?: unknown,
  who: "responder" | "viewer" = "responder",
) =>
  h.app.inject({
    method,
    url,
    headers: h.auth(who),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function message(severity: string, title: string) {
  const c = await call("POST", "/api/v1/crises", { title, type: "site_outage", severity });
  expect(c.statusCode, c.body).toBe(201);
  const m = await call("POST", "/api/v1/comms/messages", {
    kind: "status_update",
    crisis_id: c.json().id,
    language: "en",
    body: "We are sorry: the shop does not load. Next update at 16:00 UTC.",
  });
  expect(m.statusCode, m.body).toBe(201);
  return m.json().id as string;
}

/** The states the public page shows now, by component. */
async function pageStates(): Promise<Record<string, string>> {
  const page = (await h.app.inject({ url: "/status.json" })).json() as {
    components: { id: string; state: string; group: boolean }[];
  };
  return Object.fromEntries(page.components.filter((c) => !c.group).map((c) => [c.id, c.state]));
}

type Preview = {
  action: string;
  incident_id: string | null;
  changes: { id: string; name: string; from: string; to: string }[];
};

/** The page after the send shows exactly what the preview announced, and nothing else moved. */
async function sendMatchesPreview(id: string, p: Preview, body: Record<string, unknown>) {
  const before = await pageStates();
  for (const c of p.changes) expect(before[c.id]).toBe(c.from);
  const sent = await call("POST", `/api/v1/comms/messages/${id}/send`, { channel: "status_page", ...body });
  expect(sent.statusCode, sent.body).toBe(200);
  const expected = { ...before };
  for (const c of p.changes) expected[c.id] = c.to;
  expect(await pageStates()).toEqual(expected);
  return sent.json() as { incident_id: string };
}

describe("status page preview of a message's send", () => {
  it("announces the components the send moves, for a new incident and for an update", async () => {
    const first = await message("SEV2", "Shop slow");
    const url = `/api/v1/comms/messages/${first}/status-page-preview`;
    const p1 = (await call("GET", url, undefined, "viewer")).json() as Preview;
    expect(p1.action).toBe("open");
    expect(p1.incident_id).toBeNull();
    expect(p1.changes.map((c) => [c.id, c.from, c.to]).sort()).toEqual([
      ["checkout", "operational", "partial_outage"],
      ["storefront", "operational", "partial_outage"],
    ]);
    const opened = await sendMatchesPreview(first, p1, {});

    // The crisis's incident is open now: the next send updates it and, unresolved, moves nothing.
    const p2 = (await call("GET", url)).json() as Preview;
    expect(p2).toEqual({ action: "update", incident_id: opened.incident_id, changes: [] });

    // A second, worse crisis on the same components: the page shows the worst of both.
    const second = await message("SEV1", "Shop down");
    const p3 = (await call("GET", `/api/v1/comms/messages/${second}/status-page-preview`)).json() as Preview;
    expect(p3.changes.map((c) => [c.id, c.from, c.to]).sort()).toEqual([
      ["checkout", "partial_outage", "major_outage"],
      ["storefront", "partial_outage", "major_outage"],
    ]);
    await sendMatchesPreview(second, p3, {});

    // Resolving the milder incident changes nothing the page shows: the critical one still holds.
    const p4 = (await call("GET", `${url}?status=resolved`)).json() as Preview;
    expect(p4).toMatchObject({ action: "update", changes: [] });
    await sendMatchesPreview(first, p4, { status: "resolved" });

    // Resolving the critical one brings both back to operational, as announced.
    const p5 = (
      await call("GET", `/api/v1/comms/messages/${second}/status-page-preview?status=resolved`)
    ).json() as Preview;
    expect(p5.changes.map((c) => c.to)).toEqual(["operational", "operational"]);
    await sendMatchesPreview(second, p5, { status: "resolved" });
  });

  it("names components in the requested language and refuses what it cannot answer", async () => {
    const id = await message("SEV3", "Shop a little slow");
    const de = (
      await call("GET", `/api/v1/comms/messages/${id}/status-page-preview?lang=de`)
    ).json() as Preview;
    const comps = await h.ctx.services.statuspage.components.list(h.workspaceId);
    const storefront = comps.find((c) => c.id === "storefront");
    expect(de.changes.find((c) => c.id === "storefront")?.name).toBe(storefront?.name.de);
    expect(de.changes.map((c) => c.to)).toEqual(["degraded", "degraded"]);

    const bad = await call("GET", `/api/v1/comms/messages/${id}/status-page-preview?status=gone`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toContain("status");
    const missing = await call("GET", "/api/v1/comms/messages/nope/status-page-preview");
    expect(missing.statusCode).toBe(404);
  });
});
