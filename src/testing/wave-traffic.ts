import { backgroundMentions, burstMentions, mergeByTime } from "../detection/detectors/synthetic.js";
import type { MentionEvent } from "../detection/detectors/types.js";
import { mentionInput } from "../listening/schema.js";
import type { Harness } from "./harness.js";

/**
 * The detection tests' traffic: a synthetic stream of quiet days with one wave of delivery complaints,
 * carried by English texts the classifier reads as the stream's own sentiment, so the alerts a test sees
 * come through the product's ingest and classification, not through hand-set labels.
 */
export const WAVE_TEXTS = {
  negative: "My parcel is late again, the delivery never arrived and nobody answers. Terrible.",
  neutral: "Ordered a pair of shoes from this shop yesterday.",
  positive: "Lovely shop, fast delivery and great quality, thank you!",
} as const;

export interface DeliveryWave {
  /** First day's midnight (ms) and how many days of background traffic. */
  start: number;
  days: number;
  perDay: number;
  seed: number;
  sources?: string[];
  wave: { at: number; minutes: number; count: number; seed: number; source?: string };
}

/** Background traffic (a tenth negative, delivery the usual complaint) merged with the wave, by time. */
export function deliveryWave(d: DeliveryWave): MentionEvent[] {
  return mergeByTime(
    backgroundMentions(
      { start: d.start, days: d.days, perDay: d.perDay, seed: d.seed },
      { negativeShare: 0.1, topicShare: { delivery: 0.4 }, sources: d.sources ?? ["twitter"] },
    ),
    burstMentions(
      d.wave.at,
      d.wave.minutes,
      d.wave.count,
      d.wave.seed,
      "delivery",
      d.wave.source ?? "twitter",
    ),
  );
}

/** The events as the API would receive them; `extra` adds per-mention fields (author, audience). */
export function waveItems(
  events: MentionEvent[],
  extra: (i: number) => Record<string, unknown> = () => ({}),
) {
  return events.map((e, i) =>
    mentionInput.parse({
      source: e.source ?? "twitter",
      external_id: e.id,
      text: `${WAVE_TEXTS[e.sentiment]} #${i}`,
      created_at: e.at,
      ...extra(i),
    }),
  );
}

/** Ingests the items in batches of 500, as a feed or an importer would hand them over. */
export async function ingestAll(h: Harness, items: ReturnType<typeof waveItems>): Promise<void> {
  for (let i = 0; i < items.length; i += 500)
    await h.ctx.services.listening.ingest(h.workspaceId, items.slice(i, i + 500) as never);
}
