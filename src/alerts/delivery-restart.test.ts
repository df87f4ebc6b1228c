import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../app/create.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { newWebhookSecret } from "../webhooks/signing.js";
import { raise, spike, startReceiver } from "./testing.js";

let h: Harness;
let hook: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  hook = await startReceiver();
  h = await createHarness();
});
afterAll(async () => {
  hook.setHold(false);
  await h.close();
  await hook.close();
});

describe("alert delivery across a restart", () => {
  it("a worker that dies mid-delivery loses nothing, and the receiver sees each message id once", async () => {
    await h.ctx.services.alerts.createRule(h.ctx.services.alerts.systemActor(h.workspaceId), {
      name: "to the pager",
      channels: [{ type: "webhook", url: hook.url, secret: newWebhookSecret() }],
    });
    const alerts = [spike(), spike(), spike()];
    await raise(h, alerts);

    // The first worker sends, but the receiver's answers never come back before it "dies".
    hook.setHold(true);
    h.ctx.jobs.start();
    await hook.waitFor(3);
    // It died: its leases run out, as they would after a crash.
    await h.ctx.db
      .updateTable("jobs")
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where("status", "=", "running")
      .execute();

    // A new process on the same store takes over.
    const second = await createContext(h.ctx.config, {
      store: h.test.store,
      logger: h.ctx.log,
      jobPollMs: 50,
    });
    hook.setHold(false);
    await second.jobs.drain();
    await h.ctx.jobs.stop();

    const ids = hook.receipts.map((r) => String(r.headers["webhook-id"]));
    // At least once: some messages arrived twice...
    expect(hook.receipts.length).toBeGreaterThan(3);
    // ...but under the same id, so a receiver that honours it acts once per alert.
    expect(new Set(ids).size).toBe(3);
    const left = await h.ctx.db
      .selectFrom("jobs")
      .select(["status"])
      .where("queue", "=", "webhooks.deliver")
      .where("status", "!=", "done")
      .execute();
    expect(left).toEqual([]);
  }, 30_000);
});
