import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mentionInput } from "../listening/schema.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { deliveryWave, WAVE_TEXTS, waveItems } from "../testing/wave-traffic.js";
import type { MentionEvent } from "./detectors/types.js";
import { replayLines } from "./replay.js";
import { createDetectionService } from "./service.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.parse("2024-05-06T00:00:00Z");

/** Four days of background traffic, then a wave of delivery complaints, and one loud voice. */
function stream(): MentionEvent[] {
  return deliveryWave({
    start: START,
    days: 4,
    perDay: 160,
    seed: 7,
    sources: ["twitter", "trustpilot"],
    wave: { at: START + 3 * DAY + 14 * HOUR, minutes: 40, count: 45, seed: 11 },
  });
}

/** Every 300th mention is from an account with a large audience. */
const toItems = (events: MentionEvent[]) =>
  waveItems(events, (i) => ({ author: `user${i % 97}`, author_followers: i % 300 === 299 ? 50_000 : 120 }));

/** Each alert step as "episode phase at kind observed", from either path. */
const key = (s: { episode: string; phase: string; at: string; kind: string; observed: number }) =>
  `${s.episode} ${s.phase} ${s.at} ${s.kind} ${s.observed}`;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("live detection", () => {
  it("a live run, with a restart and a catch-up in the middle, raises exactly the replay's alerts", async () => {
    const listening = h.ctx.services.listening;
    const items = toItems(stream());
    const cut = Math.floor(items.length * 0.6);
    const hourOf = (iso: string | null | undefined) => Math.floor(Date.parse(iso ?? "") / HOUR);

    // First life: every stored batch (one per hour of data) queues a round job, run as a worker would.
    const flush = async (batch: typeof items) => {
      if (batch.length) await listening.ingest(h.workspaceId, batch);
      expect(await h.ctx.jobs.drain()).toBeGreaterThan(0);
      await h.ctx.services.detection.idle(h.workspaceId);
    };
    let batch: typeof items = [];
    for (const item of items.slice(0, cut)) {
      if (batch.length && hourOf(batch[0]?.created_at) !== hourOf(item.created_at)) {
        await flush(batch);
        batch = [];
      }
      batch.push(item);
    }
    await flush(batch);
    const fed = await h.ctx.services.detection.series(h.workspaceId, "volume");
    expect(fed.length).toBeGreaterThan(0);

    // Down: the rest arrives while no worker runs; the queued rounds wait.
    for (let i = cut; i < items.length; i += 500)
      await listening.ingest(h.workspaceId, items.slice(i, i + 500));

    // Second life: catch up from the store, then close the last bucket as the replay does.
    const second = createDetectionService(h.ctx, (ws, round, trx) =>
      h.ctx.services.alerts.record(ws, round, trx),
    );
    await second.process(h.workspaceId, { catchUp: true });
    // The rounds queued while down run late: the cursor has passed their mentions, so none counts twice.
    await h.ctx.jobs.drain();
    await h.ctx.services.detection.idle(h.workspaceId);
    const lastAt = Date.parse(items[items.length - 1]?.created_at ?? "");
    await second.process(h.workspaceId, { advanceTo: Math.floor(lastAt / 300_000) * 300_000 + 300_000 });

    // The replay of the same mentions, with the classification the store gave them.
    const stored = new Map<string, { sentiment: string; topics: string[]; language: string }>();
    let cursor: string | undefined;
    do {
      const page = await listening.list(h.workspaceId, {} as never, 1000, cursor);
      for (const m of page.items) stored.set(m.external_id, m);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    const lines = items.map((it) => {
      const s = stored.get(it.external_id);
      return JSON.stringify({
        id: it.external_id,
        text: it.text,
        created_at: it.created_at,
        source: it.source,
        sentiment: s?.sentiment,
        topics: s?.topics,
        author: it.author,
        author_followers: it.author_followers,
        language: s?.language,
      });
    });
    const replayed: string[] = [];
    const idOf = new Map([...stored.entries()].map(([ext, m]) => [ext, (m as unknown as { id: string }).id]));
    for await (const a of replayLines(lines, { allKinds: true, allPhases: true })) {
      // Episode ids name the opening mention: the replay knows it by external id, the store by its id.
      const episode = a.episodeId.replace(/mention:([^@|]+)/, (_, ext) => `mention:${idOf.get(ext) ?? ext}`);
      replayed.push(key({ episode, phase: a.phase, at: a.at, kind: a.kind, observed: a.observed }));
    }

    const live: string[] = [];
    const all = await h.ctx.services.alerts.list(h.ctx.services.alerts.systemActor(h.workspaceId), {
      limit: 1000,
    });
    for (const a of all.items) {
      const detail = await h.ctx.services.alerts.get(h.ctx.services.alerts.systemActor(h.workspaceId), a.id);
      for (const s of detail.steps)
        live.push(
          key({ episode: a.episode_id, phase: s.phase, at: s.at, kind: a.kind, observed: s.observed }),
        );
    }

    expect(replayed.length).toBeGreaterThan(0);
    expect(replayed.some((r) => r.includes(" open ") && /spike/.test(r))).toBe(true);
    expect(live.sort()).toEqual(replayed.sort());
  }, 120_000);

  it("keeps each spike alert's explanation: since when, the usual range, the window and the latest mentions", async () => {
    const actor = h.ctx.services.alerts.systemActor(h.workspaceId);
    const all = await h.ctx.services.alerts.list(actor, { limit: 1000 });
    const spikes = all.items.filter((a) => /spike/.test(a.kind));
    expect(spikes.length).toBeGreaterThan(0);
    for (const a of spikes) {
      const e = a.explanation;
      expect(e).not.toBeNull();
      if (!e) continue;
      // The rise began before the alert opened, and its window runs from then.
      expect(Date.parse(e.since)).toBeLessThanOrEqual(Date.parse(a.opened_at));
      expect(e.window_minutes).toBeGreaterThanOrEqual(1);
      expect(e.expected_low).toBeLessThanOrEqual(e.expected_high);
      // More came than the usual range allows: that is what the alert says.
      expect(a.peak_observed).toBeGreaterThan(e.expected_low);
      expect(e.examples.length).toBeGreaterThan(0);
      expect(e.examples.length).toBeLessThanOrEqual(3);
    }
    const detail = await h.ctx.services.alerts.get(actor, spikes[0]?.id ?? "");
    expect(detail.explanation?.examples[0]?.text).toMatch(/#\d+$/);
  });

  it("persists the detectors: a new service resumes from the stored state, not from zero", async () => {
    const svc = createDetectionService(h.ctx, (ws, round, trx) =>
      h.ctx.services.alerts.record(ws, round, trx),
    );
    const series = await svc.series(h.workspaceId, "volume");
    expect(series.length).toBeGreaterThan(0);
    expect(series.at(-1)?.expected).toBeGreaterThan(0);
  });

  it("an ingested batch queues one round in its transaction, so a worker in another process counts it", async () => {
    const rounds = async () =>
      (await h.ctx.db.selectFrom("jobs").select("id").where("queue", "=", "detection.mentions").execute())
        .length;
    const cursorOf = async () =>
      (
        await h.ctx.db
          .selectFrom("detector_states")
          .select("mention_cursor")
          .where("workspace_id", "=", h.workspaceId)
          .executeTakeFirst()
      )?.mention_cursor;
    const before = await rounds();
    const at = new Date(START + 10 * DAY).toISOString();
    const batch = Array.from({ length: 3 }, (_, i) =>
      mentionInput.parse({
        source: "twitter",
        external_id: `late-${i}`,
        text: `${WAVE_TEXTS.neutral} late ${i}`,
        created_at: at,
      }),
    );
    await h.ctx.services.listening.ingest(h.workspaceId, batch);
    expect(await rounds()).toBe(before + 1);
    await h.ctx.jobs.drain();
    await h.ctx.services.detection.idle(h.workspaceId);
    // The cursor is the batch's arrival: the store hands the round what arrived since, whatever its stamp.
    const stored = await h.ctx.services.listening.list(h.workspaceId, { since: at }, 10);
    const arrived = stored.items.find((m) => m.external_id === "late-0")?.received_at;
    expect(arrived).toBeTruthy();
    expect(await cursorOf()).toMatch(new RegExp(`^${arrived}\\|`));
  });

  it("counts unresolved alerts on the overview", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/v1/overview", headers: h.auth("viewer") });
    expect(res.statusCode).toBe(200);
    const open = await h.ctx.services.alerts.countUnresolved(h.workspaceId);
    expect(JSON.stringify(res.json())).toContain(`"open_alerts":${open}`);
  });
});
