import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";
import { resolvedCrisis } from "./testing.js";

/** Exports may leave the team (a public post-mortem, a board report): times in the shop's zone, never UTC. */
let h: Harness;
let crisisId: string;
const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
const send = (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload: payload ?? {} });

beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Warsaw", currency: "PLN" });
  crisisId = await resolvedCrisis(send, "Hub down", 5);
}, 60_000);
afterAll(async () => h.close());

// Warsaw is on CET in winter and CEST in summer; the test runs on any date.
const LOCAL = /\d{2}:\d{2} CES?T/;

describe("times in exports", () => {
  it("the post-mortem document (Markdown, HTML) gives start, end, timeline and print time locally", async () => {
    const md = await get(`/api/v1/crises/${crisisId}/postmortem?format=md`);
    expect(md.statusCode).toBe(200);
    expect(md.body).toMatch(LOCAL);
    expect(md.body).not.toContain("UTC");
    const html = await get(`/api/v1/crises/${crisisId}/postmortem?format=html&lang=pl`);
    expect(html.body).toMatch(LOCAL);
    expect(html.body).not.toContain("UTC");
    // The PDF is laid out from the same document.
    const pdf = await get(`/api/v1/crises/${crisisId}/postmortem?format=pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("the report across crises says when it was made in the shop's zone", async () => {
    const md = await get("/api/v1/reports/crises?format=md");
    expect(md.statusCode).toBe(200);
    expect(md.body).toMatch(LOCAL);
    expect(md.body).not.toContain("UTC");
  });

  it("money and shares as the document's language writes them, not '0.00 PLN' in a Polish text", async () => {
    const pl = (await get(`/api/v1/crises/${crisisId}/postmortem?format=md&lang=pl`)).body;
    expect(pl).toMatch(/\| 0,00\szł \|/);
    expect(pl).not.toContain("0.00 PLN");
    const en = (await get(`/api/v1/crises/${crisisId}/postmortem?format=md&lang=en`)).body;
    expect(en).toMatch(/\| PLN\s?0\.00 \|/);
    const report = (await get("/api/v1/reports/crises?format=md&lang=pl")).body;
    expect(report).toMatch(/\| 0,00\szł \|/);
    expect(report).not.toContain("PLN");
    // The CSV stays machine-read: the same figures as before.
    expect((await get("/api/v1/reports/crises?format=csv")).body).toContain(" PLN");
  });
});
