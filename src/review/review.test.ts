import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { addDays } from "./reputation.js";
import { resolvedCrisis as walkToResolved } from "./testing.js";

const { h } = setupMailHarness();

const today = () => new Date().toISOString().slice(0, 10);
const get = (url: string, role: "admin" | "responder" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url, headers: h.auth(role) });
const send = (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload: payload ?? {} });

const POS = ["I love this shop, great service, thank you!", "Fantastic quality, fast delivery, very happy"];
const NEG = [
  "Terrible! My parcel never arrived, worst shop ever, I want a refund",
  "Awful service, still no refund, never again",
];

/** Mentions on a day: n positive and m negative, at noon UTC. */
async function day(d: string, pos: number, neg: number) {
  const items: Parameters<typeof h.ctx.services.listening.ingest>[1] = [];
  for (let i = 0; i < pos; i++)
    items.push({
      source: "test",
      external_id: `${d}-p${i}`,
      text: `${POS[i % 2]} #${i}`,
      created_at: `${d}T12:00:00.000Z`,
      rating: 5,
      url: null,
      author: null,
    });
  for (let i = 0; i < neg; i++)
    items.push({
      source: "test",
      external_id: `${d}-n${i}`,
      text: `${NEG[i % 2]} #${i}`,
      created_at: `${d}T12:00:00.000Z`,
      rating: 1,
      url: null,
      author: null,
    });
  await h.ctx.services.listening.ingest(h.workspaceId, items);
}

const resolvedCrisis = (title: string, hoursAgo: number, extra: Record<string, unknown> = {}) =>
  walkToResolved(send, title, hoursAgo, extra);

describe("post-mortem", () => {
  let crisisId: string;
  beforeAll(async () => {
    // Ten calm days, a crisis six days ago, negative days, then two good days.
    const start = addDays(today(), -6);
    for (let i = 10; i >= 1; i--) await day(addDays(start, -i), 8, 2);
    await day(start, 1, 12);
    await day(addDays(start, 1), 2, 10);
    await day(addDays(start, 2), 4, 6);
    await day(addDays(start, 3), 8, 2);
    await day(addDays(start, 4), 9, 1);
    // It starts at 06:00 UTC on the crisis day, whatever the time now: "six days ago less an hour" crossed
    // into the next day after 23:00 UTC, and the crisis day then counted in the pre-crisis baseline.
    const hoursAgo = (Date.now() - Date.parse(`${start}T06:00:00.000Z`)) / 3_600_000;
    crisisId = await resolvedCrisis("Parcels stuck <script>alert(1)</script>", hoursAgo);
    await h.ctx.services.crises.setImpact(systemActor(h.workspaceId), crisisId, {
      orders_affected: 312,
      remedies_given: 4,
      remedies_cost: 12_345,
    });
    await h.ctx.jobs.drain();
  }, 120_000);

  it("is drafted when the crisis is resolved, with times against the plan and the impact", async () => {
    const res = await get(`/api/v1/crises/${crisisId}/postmortem`);
    expect(res.statusCode).toBe(200);
    const pm = res.json();
    expect(pm).toMatchObject({
      status: "draft",
      blameless: true,
      revision: 1,
      summary: "The carrier's hub stopped sorting.",
    });
    expect(pm.updated_by).toBe("Firebreak");
    const ack = pm.times.find((t: { id: string }) => t.id === "acknowledge");
    expect(ack.target_minutes).toBeGreaterThan(0);
    // Acknowledged six days after it started: far past any target.
    expect(ack.met).toBe(false);
    expect(pm.went_badly.some((l: string) => l.startsWith("Time to acknowledge"))).toBe(true);
    expect(pm.impact).toMatchObject({
      orders_affected: 312,
      remedies_given: 4,
      remedies_cost: 12_345,
      cases: 0,
    });
    expect(pm.impact.mentions).toBeGreaterThan(30);
    expect(pm.impact.negative_share).toBeGreaterThan(0.4);
    expect(pm.timeline.some((e: { text: string }) => e.text.includes("resolved"))).toBe(true);
  });

  it("measures the reputation fall and recovery against the pre-crisis baseline", async () => {
    const pm = (await get(`/api/v1/crises/${crisisId}/postmortem`)).json();
    const rep = pm.reputation;
    expect(rep.baseline.index).toBeCloseTo(60, 0);
    expect(rep.recovery.worst_day).toBe(addDays(today(), -6));
    expect(rep.recovery.depth).toBeGreaterThan(100);
    expect(rep.recovery.fell_below).toBe(true);
    expect(rep.recovery.recovered_on).toBe(addDays(today(), -3));
    expect(rep.recovery.days_to_recover).toBe(3);
    const direct = (await get(`/api/v1/reputation?crisis_id=${crisisId}`)).json();
    expect(direct.recovery.days_to_recover).toBe(3);
    expect(direct.items.find((d: { day: string }) => d.day === addDays(today(), -6))).toMatchObject({
      mentions: 13,
      rating: expect.any(Number),
    });
  });

  it("is editable, refuses a stale revision with 409 and bad input with the field named", async () => {
    const ok = await send("PATCH", `/api/v1/crises/${crisisId}/postmortem`, {
      revision: 1,
      causes: ["Carrier hub failure", "No second carrier under contract"],
      went_well: ["Status page updated every hour"],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      revision: 2,
      causes: ["Carrier hub failure", "No second carrier under contract"],
    });
    const stale = await send("PATCH", `/api/v1/crises/${crisisId}/postmortem`, { revision: 1, summary: "x" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.field).toBe("revision");
    const bad = await send("PATCH", `/api/v1/crises/${crisisId}/postmortem`, { causes: "not a list" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("causes");
    const viewer = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/crises/${crisisId}/postmortem`,
      headers: h.auth("viewer"),
      payload: { summary: "x" },
    });
    expect(viewer.statusCode).toBe(403);
  });

  it("is blameless by default: people appear by role, and by name only when the team says so", async () => {
    const user = await h.ctx.services.accounts.createUser({
      email: "ann@shop.test",
      name: "Ann Example",
      password: "a long enough password",
    });
    await h.ctx.services.accounts.addMember(h.workspaceId, user.id, "responder");
    const ann = { ...systemActor(h.workspaceId, "Ann Example"), userId: user.id, role: "responder" as const };
    await h.ctx.services.crises.addNote(ann, crisisId, "Ann Example restarted the sorter by hand", true);
    const pm = (await get(`/api/v1/crises/${crisisId}/postmortem`)).json();
    const note = pm.timeline.find((e: { text: string }) => e.text.includes("restarted the sorter"));
    expect(note).toMatchObject({ text: "team member restarted the sorter by hand", actor: "team member" });
    expect(JSON.stringify(pm.timeline)).not.toContain("Ann Example");
    const named = await send("PATCH", `/api/v1/crises/${crisisId}/postmortem`, { blameless: false });
    const again = named
      .json()
      .timeline.find((e: { text: string }) => e.text.includes("restarted the sorter"));
    expect(again).toMatchObject({ text: "Ann Example restarted the sorter by hand", actor: "Ann Example" });
    await send("PATCH", `/api/v1/crises/${crisisId}/postmortem`, { blameless: true });
  });

  it("answers 409 for a crisis still open", async () => {
    const res = await send("POST", "/api/v1/crises", {
      title: "Still burning",
      type: "site_outage",
      severity: "SEV1",
    });
    const pm = await get(`/api/v1/crises/${res.json().id}/postmortem`);
    expect(pm.statusCode).toBe(409);
    expect(pm.json().error.field).toBe("status");
  });

  it("exports Markdown, HTML and PDF, escaping hostile text, in the requested language", async () => {
    const md = await get(`/api/v1/crises/${crisisId}/postmortem?format=md`);
    expect(md.headers["content-type"]).toContain("text/markdown");
    expect(md.body).toContain("# Post-mortem: Parcels stuck \\<script\\>");
    expect(md.body).toContain("Carrier hub failure");
    const html = await get(`/api/v1/crises/${crisisId}/postmortem?format=html`);
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.body).not.toContain("<script>alert(1)</script>");
    expect(html.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.body).toContain("<svg");
    const pl = await get(`/api/v1/crises/${crisisId}/postmortem?format=html&lang=pl`);
    expect(pl.body).toContain("Analiza po kryzysie");
    expect(pl.body).toContain('lang="pl"');
    const pdf = await get(`/api/v1/crises/${crisisId}/postmortem?format=pdf&lang=pl`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.headers["content-disposition"]).toMatch(
      /^attachment; filename="postmortem-[A-Za-z0-9-]+-pl\.pdf"$/,
    );
    const bad = await get(`/api/v1/crises/${crisisId}/postmortem?format=docx`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("format");
  });
});

describe("across crises", () => {
  it("gives times per type and quarter with drills beside real crises, exportable", async () => {
    // A second real crisis beside the post-mortem's, so each group has two to compare.
    await resolvedCrisis("Hub down again", 3);
    await resolvedCrisis("Drill: hub down", 2, { drill: true });
    const r = (await get("/api/v1/reports/crises")).json();
    expect(r.real.overall.count).toBeGreaterThanOrEqual(2);
    expect(r.drills.overall.count).toBe(1);
    const delivery = r.real.by_type.find((g: { key: string }) => g.key === "delivery_delay");
    expect(delivery.times.resolve.n).toBeGreaterThanOrEqual(2);
    expect(delivery.times.resolve.median).toBeGreaterThan(0);
    expect(r.top_causes[0]).toEqual({ cause: "Carrier hub failure", count: 1 });
    expect(r.real.overall.remedy_cost.EUR ?? Object.values(r.real.overall.remedy_cost)[0]).toBe(12_345);
    const csv = await get("/api/v1/reports/crises?format=csv");
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\n")[0]).toContain("acknowledge_mean_min");
    expect(csv.body).toContain("drill,type,delivery_delay,1");
    const html = await get("/api/v1/reports/crises?format=html&lang=de");
    expect(html.body).toContain("Krisenbericht");
    const bad = await get("/api/v1/reports/crises?since=yesterday-ish");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("since");
  });
});

describe("reputation", () => {
  it("answers the daily index with a baseline, and names a bad range", async () => {
    const r = await get(`/api/v1/reputation?since=${addDays(today(), -7)}&until=${today()}`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.items).toHaveLength(8);
    expect(body.baseline).not.toBeNull();
    expect(body.next_cursor).toBeNull();
    const first = body.items[0];
    expect(first.negative + first.neutral + first.positive).toBeCloseTo(1, 3);
    const reversed = await get(`/api/v1/reputation?since=${today()}&until=${addDays(today(), -3)}`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.field).toBe("since");
    const doc = (await get("/api/openapi.json")).json();
    for (const path of ["/api/v1/reputation", "/api/v1/crises/{id}/postmortem", "/api/v1/reports/crises"])
      expect(Object.keys(doc.paths)).toContain(path);
    const tooLong = await get(`/api/v1/reputation?since=2020-01-01&until=${today()}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toContain("400 days");
  });
});
