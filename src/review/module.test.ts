import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { DRAFT_QUEUE } from "./service.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

const send = (method: "POST" | "PATCH", url: string, payload: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload });

async function crisis(title: string, extra: Record<string, unknown> = {}) {
  const res = await send("POST", "/api/v1/crises", {
    title,
    type: "payment_failure",
    severity: "SEV2",
    summary: "Card payments fail at checkout.",
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function walkToResolved(id: string) {
  for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"])
    expect((await send("PATCH", `/api/v1/crises/${id}`, { status })).statusCode).toBe(200);
}

const drafted = async (crisisId: string) =>
  !!(await h.ctx.db
    .selectFrom("postmortems")
    .select("id")
    .where("crisis_id", "=", crisisId)
    .executeTakeFirst());

describe("which crises get a post-mortem drafted", () => {
  it("a real crisis does once resolved; a drill and a declined false alarm do not", async () => {
    const real = await crisis("Card payments fail");
    const drill = await crisis("Drill: card payments fail", { drill: true });
    const twin = await crisis("Card payments fail (twin)");
    await walkToResolved(real);
    await walkToResolved(drill);
    const declined = await send("PATCH", `/api/v1/crises/${twin}`, {
      status: "declined",
      reason: "Same outage as the open crisis",
    });
    expect(declined.statusCode).toBe(200);
    await h.ctx.jobs.drain();
    expect(await drafted(real)).toBe(true);
    expect(await drafted(drill)).toBe(false);
    expect(await drafted(twin)).toBe(false);
  });

  it("a draft job already queued for a drill (or a crisis declined meanwhile) drafts nothing", async () => {
    const drill = await crisis("Drill: checkout down", { drill: true });
    await walkToResolved(drill);
    await h.ctx.jobs.enqueue(
      DRAFT_QUEUE,
      { workspaceId: h.workspaceId, crisisId: drill },
      { key: `late:${drill}` },
    );
    await h.ctx.jobs.drain();
    expect(await drafted(drill)).toBe(false);
    // Asked for by hand (the room's link, the API), a drill's post-mortem is refused, not drafted on demand.
    const res = await h.app.inject({
      method: "GET",
      url: `/api/v1/crises/${drill}/postmortem`,
      headers: h.auth(),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.field).toBe("drill");
    expect(await drafted(drill)).toBe(false);
  });
});
