import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { modules } from "../app/modules.js";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  // Without detection, whose rounds read the same mentions: every read counted here is the cases'.
  h = await createHarness({ modules: modules.filter((m) => m.name !== "detection") });
});
afterAll(async () => h.close());

const post = (url: string, payload: unknown) =>
  h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload: payload as object });
const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
const casesFrom = async (source: string) =>
  (await get("/api/v1/cases?limit=100"))
    .json()
    .items.filter((c: { source: string }) => c.source === source) as { id: string }[];
const batchJobs = async () =>
  h.ctx.db
    .selectFrom("jobs")
    .select(["status"])
    .where("queue", "=", "cases.mentions")
    .execute()
    .then((rows) => rows.map((r) => r.status));

const GRIEFS = ["parcel never arrived", "kettle broke in two days", "refund refused", "wrong size sent"];
let said = 0;
/** A negative complaint, worded differently each time (the same words would make it a copy). */
const complaint = (source: string, id: string, author?: string) => ({
  source,
  external_id: id,
  text: `Order ${said}: my ${GRIEFS[said++ % GRIEFS.length]}, nobody answers, terrible service ${id}!`,
  ...(author ? { author } : {}),
});

describe("the case rules of an ingested batch", () => {
  it("with no rules and no case in progress, does not read the batch's mentions at all", async () => {
    expect((await h.ctx.services.cases.policy(h.workspaceId)).rules).toEqual([]);
    const read = vi.spyOn(h.ctx.services.listening, "mentionsByIds");
    const res = await post("/api/v1/mentions", {
      mentions: [complaint("quiet", "q-1", "@quiet_anna"), complaint("quiet", "q-2")],
    });
    expect(res.json().accepted).toBe(2);
    await h.ctx.jobs.drain();
    expect(await batchJobs()).toEqual(["done"]);
    expect(read).not.toHaveBeenCalled();
    expect(await casesFrom("quiet")).toHaveLength(0);
    read.mockRestore();
  });

  it("with no rules, gathers a mention into its author's open case and opens none for the others", async () => {
    await post("/api/v1/mentions", { mentions: [complaint("chat", "c-1", "@anna")] });
    await h.ctx.jobs.drain();
    const first = (await get("/api/v1/mentions?source=chat")).json().items[0];
    const opened = await post("/api/v1/cases", { mention_id: first.id });
    expect(opened.statusCode).toBe(201);

    const read = vi.spyOn(h.ctx.services.listening, "mentionsByIds");
    await post("/api/v1/mentions", {
      mentions: [
        complaint("chat", "c-2", "@anna"),
        complaint("chat", "c-3", "@bob"),
        complaint("chat", "c-4"),
      ],
    });
    await h.ctx.jobs.drain();
    expect(read).toHaveBeenCalledTimes(1);
    read.mockRestore();
    const cases = await casesFrom("chat");
    expect(cases.map((c) => c.id)).toEqual([opened.json().id]);
    expect((await get(`/api/v1/cases/${opened.json().id}`)).json().messages).toHaveLength(2);
  });

  it("with a rule, still opens cases from matching mentions", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { rules: [{ source: "ruled", complaint_only: false, negative_only: false }] },
    });
    expect(put.statusCode).toBe(200);
    await post("/api/v1/mentions", {
      mentions: [complaint("ruled", "r-1", "@carl"), complaint("unruled", "u-1", "@dora")],
    });
    await h.ctx.jobs.drain();
    expect(await casesFrom("ruled")).toHaveLength(1);
    expect(await casesFrom("unruled")).toHaveLength(0);
  });
});
