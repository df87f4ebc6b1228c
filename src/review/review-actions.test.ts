import { beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { addDays } from "./reputation.js";
import { resolvedCrisis as walkToResolved } from "./testing.js";

const { h, smtp } = setupMailHarness();

const today = () => new Date().toISOString().slice(0, 10);
const get = (url: string, role: "admin" | "responder" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url, headers: h.auth(role) });
const send = (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload: payload ?? {} });

const resolvedCrisis = (title: string, hoursAgo: number, extra: Record<string, unknown> = {}) =>
  walkToResolved(send, title, hoursAgo, extra);

describe("action items", () => {
  let crisisId: string;
  beforeAll(async () => {
    crisisId = await resolvedCrisis("Payment provider down", 5);
  }, 60_000);

  it("drafts the post-mortem through the job queue as soon as the crisis is resolved", async () => {
    await h.ctx.jobs.drain();
    const row = await h.ctx.db
      .selectFrom("postmortems")
      .select(["status", "updated_by", "went_badly"])
      .where("crisis_id", "=", crisisId)
      .executeTakeFirst();
    expect(row).toMatchObject({ status: "draft", updated_by: "Firebreak" });
    expect(JSON.parse(row?.went_badly ?? "[]").length).toBeGreaterThan(0);
  });

  it("links each item to a part of the plan and refuses a reference the plan does not have", async () => {
    const ok = await send("POST", `/api/v1/crises/${crisisId}/action-items`, {
      title: "Add a step: switch to the backup carrier",
      owner_name: "Ops lead",
      owner_email: "ops@localhost",
      due_date: addDays(today(), 14),
      plan_part: "playbook",
      plan_ref: "delivery_delay",
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      status: "open",
      overdue: false,
      plan_part: "playbook",
      plan_label: "Delivery delays and logistics failure",
    });
    const unknown = await send("POST", `/api/v1/crises/${crisisId}/action-items`, {
      title: "x",
      owner_name: "A",
      due_date: today(),
      plan_part: "supplier",
      plan_ref: "nobody",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe("plan_ref");
    const noOwner = await send("POST", `/api/v1/crises/${crisisId}/action-items`, {
      title: "x",
      due_date: today(),
      plan_part: "remedy_rule",
      plan_ref: "refund",
    });
    expect(noOwner.statusCode).toBe(400);
    expect(noOwner.json().error.field).toBe("owner_name");
    const badDate = await send("POST", `/api/v1/crises/${crisisId}/action-items`, {
      title: "x",
      owner_name: "A",
      due_date: "next week",
      plan_part: "other",
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.field).toBe("due_date");
    const listed = (await get(`/api/v1/crises/${crisisId}/action-items`)).json();
    expect(listed.items).toHaveLength(1);
  });

  it("reminds the owner of an overdue item once per due date, and lists it for the plan's review", async () => {
    const late = await send("POST", `/api/v1/crises/${crisisId}/action-items`, {
      title: "Raise the refund limit for delivery delays",
      owner_name: "Care lead",
      owner_email: "care@localhost",
      due_date: addDays(today(), -2),
      plan_part: "remedy_rule",
      plan_ref: "refund",
    });
    expect(late.json().overdue).toBe(true);
    const before = smtp.messages.length;
    expect(await h.ctx.services.review.actions.checkOverdue()).toBe(1);
    expect(await h.ctx.services.review.actions.checkOverdue()).toBe(0);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(before + 1);
    const mail = mails[mails.length - 1];
    expect(mail?.subject).toBe("Overdue action item: Raise the refund limit for delivery delays");
    expect(JSON.stringify(mail?.to)).toContain("care@localhost");

    const overdue = (await get("/api/v1/action-items?overdue=true")).json();
    expect(overdue.items.map((i: { title: string }) => i.title)).toEqual([
      "Raise the refund limit for delivery delays",
    ]);
    const review = (await get("/api/v1/action-items/for-review")).json();
    expect(review.next_review).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.items.length).toBeGreaterThanOrEqual(2);

    const done = await send("PATCH", `/api/v1/action-items/${late.json().id}`, { status: "done" });
    expect(done.json()).toMatchObject({ status: "done", overdue: false });
    expect(done.json().done_at).not.toBeNull();
    const after = (await get("/api/v1/action-items?overdue=true")).json();
    expect(after.items).toHaveLength(0);
    const pm = (await get(`/api/v1/crises/${crisisId}/postmortem`)).json();
    expect(pm.action_items).toHaveLength(2);
  });

  it("lists the unfinished action items in the plan's review reminder", async () => {
    const owner = await h.ctx.services.accounts.createUser({ email: "planner@shop.test", name: "Planner" });
    await h.ctx.services.accounts.addMember(h.workspaceId, owner.id, "admin");
    const before = smtp.messages.length;
    expect(await h.ctx.services.plan.checkReviews(new Date(Date.now() + 400 * 86_400_000))).toBe(1);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(before + 1);
    const reminder = mails.find((m) => m.subject?.startsWith("Your crisis plan is due for review"));
    expect(reminder?.text).toContain("action item(s) from post-mortems are not finished");
    expect(reminder?.text).toContain("Add a step: switch to the backup carrier");
    expect(reminder?.text).not.toContain("Raise the refund limit for delivery delays");
  });
});

describe("workspaces", () => {
  it("keeps another workspace's post-mortems and action items out of reach", async () => {
    const crisisId = await resolvedCrisis("Ours alone", 3);
    const item = (
      await send("POST", `/api/v1/crises/${crisisId}/action-items`, {
        title: "Ours",
        owner_name: "A",
        due_date: today(),
        plan_part: "other",
      })
    ).json();
    const ws = await h.ctx.services.accounts.createWorkspace({ name: "Other shop", slug: "other-shop" });
    const { token } = await h.ctx.services.accounts.createToken({
      workspaceId: ws.id,
      name: "other",
      role: "admin",
    });
    const headers = { authorization: `Bearer ${token}` };
    const pm = await h.app.inject({ method: "GET", url: `/api/v1/crises/${crisisId}/postmortem`, headers });
    expect(pm.statusCode).toBe(404);
    const patch = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/action-items/${item.id}`,
      headers,
      payload: { status: "done" },
    });
    expect(patch.statusCode).toBe(404);
    const list = await h.app.inject({ method: "GET", url: "/api/v1/action-items", headers });
    expect(list.json().items).toEqual([]);
    expect((await get(`/api/v1/action-items/${item.id}`)).json().status).toBe("open");
  });
});
