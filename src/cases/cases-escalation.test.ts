import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { waitFor } from "../testing/wait.js";

const { h, smtp } = setupMailHarness();

const post = (url: string, payload: unknown, role: "admin" | "responder" | "viewer" = "responder") =>
  h.app.inject({ method: "POST", url, headers: h.auth(role), payload: payload as object });
const get = (url: string, role: "admin" | "responder" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url, headers: h.auth(role) });

/** The rule runs in a job queued from the bus; wait until it has run. */
const settle = (check: () => Promise<boolean>) => waitFor(check, { each: () => h.ctx.jobs.drain() });

describe("statuses and escalation", () => {
  it("moves through statuses with a timeline of who and when; refuses a jump that makes no sense", async () => {
    const c = (
      await post("/api/v1/cases", { customer: { name: "Flow" }, text: "Late parcel, awful." })
    ).json();
    const to = (status: string) =>
      h.app.inject({
        method: "PATCH",
        url: `/api/v1/cases/${c.id}`,
        headers: h.auth("responder"),
        payload: { status },
      });
    // Nothing went out yet: the case cannot be called answered.
    const early = await to("answered");
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe("status");
    const copied = await post(`/api/v1/cases/${c.id}/replies`, { text: "Sorry, on it." });
    await post(`/api/v1/cases/${c.id}/replies/${copied.json().message_id}/sent`, { waiting: true });
    expect((await to("answered")).json().status).toBe("answered");
    const resolved = (await to("resolved")).json();
    expect(resolved.resolved_at).toBeTruthy();
    const bad = await to("waiting");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("status");
    const closed = (await to("closed")).json();
    expect(closed.closed_at).toBeTruthy();
    const steps = closed.timeline.filter((e: { kind: string }) => e.kind === "status.changed");
    expect(steps.map((e: { data: { to: string } }) => e.data.to)).toEqual(["answered", "resolved", "closed"]);
    expect(steps.every((e: { who: string; at: string }) => e.who && !Number.isNaN(Date.parse(e.at)))).toBe(
      true,
    );
  });

  it("escalates a high-reach case to a senior person at once, by e-mail", async () => {
    await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth("admin"),
      payload: { senior_emails: ["boss@example.com"] },
    });
    const before = smtp.messages.length;
    const c = (
      await post("/api/v1/cases", {
        customer: { handle: "@influencer" },
        source: "instagram",
        text: "Terrible! My parcel never arrived and nobody answers.",
        followers: 250_000,
      })
    ).json();
    await settle(async () => !!(await get(`/api/v1/cases/${c.id}`)).json().escalated_at);
    const after = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(after.escalated_to).toBe("boss@example.com");
    expect(after.timeline.some((e: { kind: string }) => e.kind === "escalated")).toBe(true);
    const mails = await smtp.waitFor(before + 1, 30_000);
    const mail = mails.find((m) => m.subject?.includes("needs a senior answer"));
    expect(mail?.to && JSON.stringify(mail.to)).toContain("boss@example.com");
    // The due time in the shop's zone (UTC here) by name, not as a raw ISO stamp.
    expect(mail?.text).toMatch(/First response due: \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
    expect(mail?.text).not.toContain(after.first_response_due_at);
  });

  it("escalates when the first-response clock runs out, not a case already answered", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Slow" }, text: "late parcel" })).json();
    const answered = (
      await post("/api/v1/cases", { customer: { name: "Fast" }, text: "late parcel" })
    ).json();
    const copied = await post(`/api/v1/cases/${answered.id}/replies`, {
      text: "We are on it and will write by Friday.",
    });
    await post(`/api/v1/cases/${answered.id}/replies/${copied.json().message_id}/sent`, {});
    // Before the clock runs out, nothing happens.
    expect(await h.ctx.services.cases.escalate(h.workspaceId, c.id, "overdue")).toBe(false);
    // Let both clocks run out, and the queued checks come due.
    const past = new Date(Date.now() - 60_000).toISOString();
    await h.ctx.db
      .updateTable("cases")
      .set({ first_response_due_at: past })
      .where("id", "in", [c.id, answered.id])
      .execute();
    await h.ctx.db
      .updateTable("jobs")
      .set({ run_at: past })
      .where("queue", "=", "cases.escalate")
      .where("status", "=", "queued")
      .where("key", "like", "%:first:%")
      .execute();
    await settle(async () => !!(await get(`/api/v1/cases/${c.id}`)).json().escalated_at);
    const late = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(late.overdue).toBe(true);
    expect(late.timeline.find((e: { kind: string }) => e.kind === "escalated").text).toMatch(
      /first response/,
    );
    expect((await get(`/api/v1/cases/${answered.id}`)).json().escalated_at).toBeNull();
    const overdue = (await get("/api/v1/cases?overdue=true&limit=100"))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(overdue).toContain(c.id);
    expect(overdue).not.toContain(answered.id);

    // The resolution clock escalates an answered case that is still open when it runs out.
    await h.ctx.db.updateTable("cases").set({ resolve_due_at: past }).where("id", "=", answered.id).execute();
    expect(await h.ctx.services.cases.escalate(h.workspaceId, answered.id, "overdue_resolution")).toBe(true);
    expect((await get(`/api/v1/cases/${answered.id}`)).json().escalated_at).toBeTruthy();
  });

  it("raising the priority shortens the clocks and a P1 escalates at once", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Calm" }, text: "late parcel" })).json();
    expect(c.priority).toBe("P4");
    const p1 = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${c.id}`,
      headers: h.auth("responder"),
      payload: { priority: "P1" },
    });
    expect(p1.json().priority).toBe("P1");
    expect(Date.parse(p1.json().first_response_due_at)).toBeLessThan(Date.parse(c.first_response_due_at));
    await settle(async () => !!(await get(`/api/v1/cases/${c.id}`)).json().escalated_at);
  });

  it("tells the senior people by e-mail when a remedy waits for their approval", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Big refund" }, text: "late parcel" })).json();
    const r = (await post(`/api/v1/cases/${c.id}/remedies`, { kind: "refund", amount: 99_900 })).json();
    expect(r.status).toBe("awaiting_approval");
    await settle(async () => smtp.messages.some((m) => m.subject?.startsWith("Approve a remedy")));
    const mail = smtp.messages.find((m) => m.subject?.startsWith("Approve a remedy"));
    expect(JSON.stringify(mail?.to)).toContain("boss@example.com");
    expect(mail?.text).toContain(`/cases/${c.id}`);
  });

  it("lets a responder escalate by hand, once", async () => {
    const c = (await post("/api/v1/cases", { customer: { name: "Manual" }, text: "late parcel" })).json();
    const res = await post(`/api/v1/cases/${c.id}/escalate`, { note: "Journalist asking" });
    expect(res.statusCode).toBe(200);
    expect(res.json().escalated_at).toBeTruthy();
    expect(res.json().timeline.at(-1).text).toMatch(/Journalist asking/);
    expect((await post(`/api/v1/cases/${c.id}/escalate`, {})).statusCode).toBe(409);
    expect((await post(`/api/v1/cases/${c.id}/escalate`, {}, "viewer")).statusCode).toBe(403);
  });
});
