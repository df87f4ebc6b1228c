import type { AppContext } from "../app/context.js";
import { systemActor } from "../core/actor.js";

/** The demo shop: a delivery-complaints spike in progress, and an on-call rule for the next one. */
export async function alertsDemo(ctx: AppContext, workspaceId: string) {
  const bucket = 300_000;
  const now = Math.floor(ctx.clock.now().getTime() / bucket) * bucket;
  const opened = now - 4 * bucket;
  const points = Array.from({ length: 36 }, (_, i) => {
    const start = now - (36 - i) * bucket;
    const expected = 1.5 + Math.sin(i / 6) * 0.4;
    const observed =
      start >= opened - bucket ? 9 + (i % 3) * 4 : Math.max(0, Math.round(expected + ((i * 7) % 3) - 1));
    return {
      series: "topic:delivery",
      start: new Date(start).toISOString(),
      end: new Date(start + bucket).toISOString(),
      observed,
      expected,
    };
  });
  // The demo's own delivery complaints (the listening demo ran first) as the alert's latest mentions.
  const examples = (await ctx.services.listening.list(workspaceId, { topic: "delivery" }, 3)).items.map(
    (m) => ({ id: m.id, text: m.text }),
  );
  await ctx.db.transaction().execute(async (trx) => {
    const publish = await ctx.services.alerts.record(
      workspaceId,
      {
        steps: [
          {
            alert: {
              episodeId: `topic:delivery@${new Date(opened).toISOString()}`,
              phase: "open",
              at: new Date(opened).toISOString(),
              kind: "topic_spike",
              series: "topic:delivery",
              topic: "delivery",
              observed: 31,
              expected: 4.6,
              score: 11.2,
              // Explained as the detector explains a rise, so every reader sees it in their language.
              windowMinutes: 20,
              since: new Date(opened).toISOString(),
              expectedLow: 1,
              expectedHigh: 9,
              examples,
            },
            points,
          },
        ],
        open: [],
      },
      trx,
    );
    publish();
  });
  await ctx.services.alerts.createRule(systemActor(workspaceId), {
    name: "On-call (demo)",
    kinds: [],
    min_score: 6,
    channels: [{ type: "email" }],
    recipients: ["admin@localhost"],
    quiet_hours: { start: "22:00", end: "07:00", timezone: "Europe/Warsaw" },
    ack_timeout_minutes: 15,
  });
}
