import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";

const { h, smtp } = setupMailHarness();

const down = (open: boolean) => ({
  kind: "monitor_down" as const,
  key: "monitor:checkout",
  open,
  title: open ? "Checkout is down: status 503" : "Checkout is up again",
  detail: open ? "Continuity fallback: switch payments to the backup provider" : null,
  source: { type: "monitor", id: "checkout" },
});

describe("alerts raised by other parts", () => {
  it("a monitor outage opens one alert, pages through the rules, and its recovery closes it", async () => {
    const actor = h.ctx.services.alerts.systemActor(h.workspaceId);
    await h.ctx.services.alerts.createRule(actor, {
      name: "Outages",
      kinds: ["monitor_down"],
      min_score: 5,
      channels: [{ type: "email" }],
      recipients: ["oncall@shop.test"],
    });

    const id = await h.ctx.services.alerts.raise(h.workspaceId, down(true));
    expect(id).toBeTruthy();
    // The next failed check of the same outage is not a second alert.
    expect(await h.ctx.services.alerts.raise(h.workspaceId, down(true))).toBeNull();
    await h.ctx.jobs.drain();
    const [mail] = await smtp.waitFor(1);
    expect(mail?.subject).toContain("Checkout is down: status 503");
    expect(mail?.subject).toContain("backup provider");
    expect(mail?.text).toContain("confirmed by retries");

    const open = await h.ctx.services.alerts.get(actor, id as string);
    expect(open).toMatchObject({ kind: "monitor_down", status: "open" });

    expect(await h.ctx.services.alerts.raise(h.workspaceId, down(false))).toBe(id);
    const closed = await h.ctx.services.alerts.get(actor, id as string);
    expect(closed.status).toBe("closed");

    // A later outage of the same monitor is a new episode.
    const again = await h.ctx.services.alerts.raise(h.workspaceId, down(true));
    expect(again).toBeTruthy();
    expect(again).not.toBe(id);
  });
});
