import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

/** Templates cannot stall the server: over-budget templates are refused, and lists do not re-render. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

const NESTED =
  "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}";

const call = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: unknown) =>
  h.app.inject({
    method,
    url,
    headers: h.auth("responder"),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

describe("template budget", () => {
  it("refuses a nested-loop template when it is saved, naming the field", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/comms/templates/customer_email/delivery_delay/en",
      headers: h.auth("admin"),
      payload: { subject: "Sorry", body: NESTED },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().error.field).toBe("body");
    expect(put.json().error.message).toMatch(
      /over its rendering budget: its loops would run 1,000,000,000 times/,
    );
    const draft = await call("POST", "/api/v1/comms/messages", {
      kind: "customer_email",
      crisis_type: "delivery_delay",
      language: "en",
      subject: "Sorry",
      body: "Hello",
      vars: { translations: { de: { body: NESTED } } },
    });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().error.field).toBe("vars.translations.de.body");
    // A loop whose range is computed cannot be bounded before it runs.
    const computed = await call("POST", "/api/v1/comms/messages", {
      kind: "customer_email",
      crisis_type: "delivery_delay",
      language: "en",
      body: "{% assign n = 100000000 %}{% for i in (1..n) %}x{% endfor %}",
    });
    expect(computed.statusCode).toBe(400);
    expect(computed.json().error.message).toMatch(/computed range/);
    // Long output is over budget too.
    const long = await call("POST", "/api/v1/comms/messages", {
      kind: "customer_email",
      crisis_type: "delivery_delay",
      language: "en",
      body: `{% for i in (1..5000) %}${"y".repeat(100)}{% endfor %}`,
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/characters/);
  });

  it("a stored template from before the budget is refused, not run: lists and /healthz answer", async () => {
    const ok = (
      await call("POST", "/api/v1/comms/messages", {
        kind: "customer_email",
        crisis_type: "delivery_delay",
        language: "en",
        body: "Hello",
      })
    ).json();
    // As if saved before the budget existed: straight into the store.
    await h.ctx.db
      .updateTable("comms_messages")
      .set({ body: NESTED, updated_at: new Date().toISOString() })
      .where("id", "=", ok.id)
      .execute();
    const [list, health] = await Promise.all([
      call("GET", "/api/v1/comms/messages?limit=50"),
      h.app.inject({ method: "GET", url: "/healthz" }),
    ]);
    expect(health.statusCode).toBe(200);
    expect(list.statusCode).toBe(200);
    const shown = list.json().items.find((m: { id: string }) => m.id === ok.id);
    expect(shown.preview.body).toMatch(/over its rendering budget/);
  });

  it("lists show the stored rendering instead of rendering again; an edit renders anew", async () => {
    const m = (
      await call("POST", "/api/v1/comms/messages", {
        kind: "customer_email",
        crisis_type: "delivery_delay",
        language: "en",
        subject: "Parcels",
        body: "Your parcel is late.",
      })
    ).json();
    await call("GET", "/api/v1/comms/messages?limit=50");
    const row = await h.ctx.db
      .selectFrom("comms_messages")
      .select(["rendered"])
      .where("id", "=", m.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.parse(row.rendered ?? "{}");
    expect(stored.preview.body).toBe("Your parcel is late.");
    // Mark the stored rendering: a list that rendered again would not show the mark.
    stored.preview.body = "STORED RENDERING";
    await h.ctx.db
      .updateTable("comms_messages")
      .set({ rendered: JSON.stringify(stored) })
      .where("id", "=", m.id)
      .execute();
    const listed = (await call("GET", "/api/v1/comms/messages?limit=50")).json().items;
    expect(listed.find((x: { id: string }) => x.id === m.id).preview.body).toBe("STORED RENDERING");
    await call("PATCH", `/api/v1/comms/messages/${m.id}`, { body: "Your parcel left today." });
    const after = (await call("GET", "/api/v1/comms/messages?limit=50")).json().items;
    expect(after.find((x: { id: string }) => x.id === m.id).preview.body).toBe("Your parcel left today.");
  });
});
