import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modules } from "../app/modules.js";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const get = async (url: string) =>
  (await h.app.inject({ method: "GET", url, headers: h.auth() })).json().items as Record<string, unknown>[];

/** The settings screens of the demo shop are filled: team, API tokens, an inbound source, a webhook. */
describe("demo shop settings", () => {
  it("has a team, a token, an inbound webhook source and a webhook endpoint, once", async () => {
    for (let run = 0; run < 2; run++) for (const m of modules) await m.demo?.(h.ctx, h.workspaceId);
    const members = await get("/api/v1/users");
    expect(members.map((m) => [m["name"], m["role"]])).toEqual(
      expect.arrayContaining([
        ["Kasia Nowak", "responder"],
        ["Tom Becker", "viewer"],
      ]),
    );
    expect(members.filter((m) => m["name"] === "Kasia Nowak")).toHaveLength(1);
    // The harness has tokens of its own for h.auth(); the demo's is there once.
    expect((await get("/api/v1/tokens")).filter((t) => t["name"] === "Shop order webhook")).toHaveLength(1);
    const sources = await get("/api/v1/sources");
    expect(sources.map((s) => [s["name"], s["type"]])).toEqual([["Help desk", "webhook"]]);
    expect(String(sources[0]?.["inbound_url"])).toContain("/api/v1/inbound/mentions/");
    const endpoints = await get("/api/v1/webhooks");
    expect(endpoints.map((e) => [e["description"], e["events"]])).toEqual([
      ["Team chat: monitors", ["monitor.down", "monitor.up"]],
    ]);
  }, 120_000);
});
