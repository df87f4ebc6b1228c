import type { DetectionConfig } from "../detection/detectors/config.js";
import { DetectionEngine } from "../detection/detectors/engine.js";
import { backgroundMentions, burstMentions, mergeByTime } from "../detection/detectors/synthetic.js";
import type { Alert } from "../detection/detectors/types.js";
import type { Topic } from "../nlp/index.js";

const DAY = 86_400_000;
const MIN = 60_000;

/**
 * A drill's synthetic burst: a week of ordinary chatter, then an hour of complaints about the type's
 * first topic, replayed in data time through the same detectors that watch the live stream. The seed
 * makes it the same drill every time, so two teams' scores compare. `config` is the workspace's own
 * detector settings when detection runs, so the drill tests the thresholds the shop really uses.
 */
export function replayDrillBurst(
  topic: Topic,
  endAt: number,
  seed = 7,
  config: DetectionConfig | Record<string, never> = {},
): { alerts: Alert[]; mentions: number } {
  const burstMinutes = 60;
  const burstStart = endAt - burstMinutes * MIN;
  // Whole days so the background keeps its daily rhythm; the engine needs two days to warm up.
  const start = Math.floor((burstStart - 7 * DAY) / DAY) * DAY;
  const background = backgroundMentions(
    { start, days: 7, perDay: 240, seed, dailySigma: 0.1 },
    {
      negativeShare: 0.25,
      topicShare: { [topic]: 0.1, customer_service: 0.15 },
      sources: ["reviews", "social"],
    },
  ).filter((m) => Date.parse(m.at) < burstStart);
  const burst = burstMentions(burstStart, burstMinutes, 45, seed, topic, "social");
  const events = mergeByTime(background, burst);
  const engine = new DetectionEngine(config);
  const alerts: Alert[] = [];
  for (const e of events) alerts.push(...engine.push(e));
  alerts.push(...engine.advance(endAt + 15 * MIN));
  return {
    alerts: alerts.filter((a) => a.phase === "open" && Date.parse(a.at) >= burstStart),
    mentions: events.length,
  };
}
