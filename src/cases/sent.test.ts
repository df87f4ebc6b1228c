import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { setupMailHarness } from "../testing/mail-harness.js";

/** Sent means sent: only a reply that went out answers a case; copying it is not sending it. */
const { h, smtp } = setupMailHarness();
let bare: Harness;

beforeAll(async () => {
  bare = await createHarness();
});
afterAll(() => bare.close());

const call = (hh: Harness, method: "GET" | "POST", url: string, payload?: unknown) =>
  hh.app.inject({
    method,
    url,
    headers: hh.auth("responder"),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function openCase(hh: Harness, customer: Record<string, string>) {
  const res = await call(hh, "POST", "/api/v1/cases", { customer, text: "My parcel never arrived." });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; status: string };
}

describe("sent means sent", () => {
  it("a copied reply leaves the clock running until a person marks it sent by hand", async () => {
    const c = await openCase(h, { name: "Walk-in" });
    const copied = await call(h, "POST", `/api/v1/cases/${c.id}/replies`, { text: "Sorry, we are on it." });
    expect(copied.statusCode).toBe(201);
    expect(copied.json().channel).toBe("clipboard");
    expect(copied.json().sent_at).toBeNull();
    expect(copied.json().case.status).toBe("new");
    expect(copied.json().case.first_response_at).toBeNull();
    const kinds = copied.json().case.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toContain("reply.copied");
    expect(kinds).not.toContain("reply.sent");
    const waiting = copied.json().case.messages.find((m: { direction: string }) => m.direction === "out");
    expect(waiting.sent_at).toBeNull();

    const marked = await call(h, "POST", `/api/v1/cases/${c.id}/replies/${copied.json().message_id}/sent`, {
      waiting: true,
    });
    expect(marked.statusCode).toBe(200);
    const after = marked.json().case;
    expect(after.status).toBe("waiting");
    expect(after.first_response_at).toBe(marked.json().sent_at);
    const step = after.timeline.find((e: { kind: string }) => e.kind === "reply.sent_by_hand");
    expect(step.who).toBe("token responder token");
    expect(step.data.message_id).toBe(copied.json().message_id);
    const out = after.messages.find((m: { direction: string }) => m.direction === "out");
    expect(out.sent_by).toBe("token responder token");

    const again = await call(h, "POST", `/api/v1/cases/${c.id}/replies/${copied.json().message_id}/sent`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe("sent_at");
  });

  it("refuses to mark the customer's own message, or another case's reply", async () => {
    const c = await openCase(h, { name: "Other" });
    const full = (await call(h, "GET", `/api/v1/cases/${c.id}`)).json();
    const incoming = full.messages[0].id;
    expect((await call(h, "POST", `/api/v1/cases/${c.id}/replies/${incoming}/sent`, {})).statusCode).toBe(
      404,
    );
    const d = await openCase(h, { name: "Third" });
    const r = (await call(h, "POST", `/api/v1/cases/${d.id}/replies`, { text: "Sorry." })).json();
    expect((await call(h, "POST", `/api/v1/cases/${c.id}/replies/${r.message_id}/sent`, {})).statusCode).toBe(
      404,
    );
  });

  it("an e-mail reply answers the case when it goes out through SMTP", async () => {
    const before = smtp.messages.length;
    const c = await openCase(h, { name: "Ana", email: "ana@example.com" });
    const res = await call(h, "POST", `/api/v1/cases/${c.id}/replies`, {
      text: "Sorry, a new parcel leaves today.",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().channel).toBe("email");
    expect(res.json().sent_at).toBeTruthy();
    expect(res.json().case.status).toBe("answered");
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(before + 1, 30_000);
    expect(mails.some((m) => m.text?.includes("a new parcel leaves today"))).toBe(true);
  });

  it("without SMTP an e-mail reply is refused (field channel) and the case stays unanswered", async () => {
    const c = await openCase(bare, { name: "Bo", email: "bo@example.com" });
    const res = await call(bare, "POST", `/api/v1/cases/${c.id}/replies`, { text: "Sorry." });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("channel");
    expect(res.json().error.message).toMatch(/SMTP/);
    const after = (await call(bare, "GET", `/api/v1/cases/${c.id}`)).json();
    expect(after.status).toBe("new");
    expect(after.first_response_at).toBeNull();
    expect(after.messages.filter((m: { direction: string }) => m.direction === "out")).toHaveLength(0);
  });
});

describe("times in case replies", () => {
  it("the suggested reply gives its due time in the workspace's time zone, not UTC", async () => {
    const patch = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/workspace",
      headers: h.auth("admin"),
      payload: { time_zone: "Europe/Warsaw" },
    });
    expect(patch.statusCode).toBe(200);
    const c = await openCase(h, { name: "Zofia" });
    const full = (await call(h, "GET", `/api/v1/cases/${c.id}`)).json();
    expect(full.suggested_reply.due).toMatch(/CES?T/);
    expect(full.suggested_reply.due).not.toMatch(/UTC|GMT/);
    expect(full.suggested_reply.text).toContain(full.suggested_reply.due);
  });
});
