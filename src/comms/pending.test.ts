import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("messages waiting for approval", () => {
  it("show their subject as the customer will read it, not the template's variables", async () => {
    const actor = systemActor(h.workspaceId, "Demo");
    const crisis = await h.ctx.services.crises.open(actor, {
      title: "Parcels stuck at the hub",
      type: "delivery_delay",
      severity: "SEV2",
    });
    const draft = await h.ctx.services.comms.create(actor, {
      kind: "customer_email",
      crisis_id: crisis.id,
      language: "en",
    });
    expect(draft.subject).toContain("{{");
    await h.ctx.services.comms.submit(actor, draft.id);
    const [pending] = await h.ctx.services.comms.pendingApproval(systemActor(h.workspaceId, "Ola"));
    expect(pending?.id).toBe(draft.id);
    expect(pending?.subject).not.toMatch(/\{\{|\}\}/);
    const ws = await h.ctx.services.accounts.workspace(h.workspaceId);
    expect(pending?.subject).toContain(ws.name);

    // The approvals queue gives the line in parts, so the dashboard can say the kind in its language.
    const queue = await h.app.inject({ method: "GET", url: "/api/v1/approvals", headers: h.auth() });
    const item = queue.json().items.find((i: { id: string }) => i.id === draft.id);
    expect(item).toMatchObject({ kind: "message", what: "customer_email", language: "en" });
    expect(item.about).toBe(pending?.subject);
    expect(item.title).toBe(`customer email (en): ${pending?.subject}`);
  });
});
