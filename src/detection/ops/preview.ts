import type { AppContext } from "../../app/context.js";
import { type DetectionConfig, parseDetectionConfig } from "../detectors/config.js";
import { DetectionEngine } from "../detectors/engine.js";
import { SPIKE_KINDS } from "../detectors/types.js";
import { mentionEventOf } from "../live.js";
import { storedMentions } from "./stored.js";

const DAY_MS = 86_400_000;
/** Days replayed before the window only to teach the baseline, as a live workspace would have. */
export const PREVIEW_LEARN_DAYS = 14;

export interface PreviewInput {
  /** Settings to try, merged over the workspace's own (a partial detection config). */
  settings: Record<string, unknown>;
  days: number;
}

export interface PreviewAlert {
  at: string;
  kind: string;
  series: string;
  topic: string | null;
  source: string | null;
  language: string | null;
  title: string;
  observed: number;
  expected: number;
  expected_low: number | null;
  expected_high: number | null;
  since: string | null;
  window_minutes: number | null;
  mention_id: string | null;
}

/**
 * "With these settings, the last `days` days would have raised these alerts": the workspace's stored
 * mentions replayed through a fresh engine (the live engine, fed as the live service feeds it), with
 * two weeks before the window to learn from. Only the spike alerts the settings govern are listed.
 */
export async function previewDetection(ctx: AppContext, workspaceId: string, input: PreviewInput) {
  const current = await ctx.services.detection.settings(workspaceId);
  const config: DetectionConfig = parseDetectionConfig({ ...current, ...input.settings });
  const now = ctx.clock.now().getTime();
  const from = now - input.days * DAY_MS;
  const zone = (await ctx.services.accounts.settings(workspaceId)).time_zone;
  const engine = new DetectionEngine(config, { zone });
  const alerts: PreviewAlert[] = [];
  let mentions = 0;
  const keep = (list: ReturnType<DetectionEngine["push"]>) => {
    for (const a of list) {
      if (a.phase !== "open" || !(SPIKE_KINDS as readonly string[]).includes(a.kind)) continue;
      if (Date.parse(a.at) < from) continue;
      alerts.push({
        at: a.at,
        kind: a.kind,
        series: a.series,
        topic: a.topic ?? null,
        source: a.source ?? null,
        language: a.language ?? null,
        title: a.title ?? a.kind,
        observed: a.observed,
        expected: Math.round(a.expected * 10) / 10,
        expected_low: a.expectedLow ?? null,
        expected_high: a.expectedHigh ?? null,
        since: a.since ?? null,
        window_minutes: a.windowMinutes ?? null,
        mention_id: a.mentionId ?? null,
      });
    }
  };
  for await (const m of storedMentions(ctx, workspaceId, from - PREVIEW_LEARN_DAYS * DAY_MS, now)) {
    if (Date.parse(m.created_at) >= from) mentions++;
    keep(engine.push(mentionEventOf(m)));
  }
  if (engine.now) keep(engine.advance(now));
  return {
    from: new Date(from).toISOString(),
    to: new Date(now).toISOString(),
    mentions,
    false_alarms_per_week: config.falseAlarmsPerWeek,
    alerts: alerts.reverse(),
    alerts_per_week: Math.round((alerts.length / input.days) * 7 * 10) / 10,
  };
}
