import { invalid } from "../../core/errors.js";
import { localize } from "../../plan/default-plan/index.js";
import { replayDrillBurst } from "../drill.js";
import type { CrisisRecord } from "../schema.js";
import { addEvent } from "./events.js";
import { getRecord, type OpCtx, planOf } from "./internal.js";
import { openCrisis } from "./open.js";

export interface DrillInput {
  type: string;
  severity?: CrisisRecord["severity"] | undefined;
  title?: string | undefined;
  replay?: boolean | undefined;
}

/**
 * A rehearsal: a crisis marked drill, opened from a type. With `replay`, a synthetic burst of
 * complaints about the type's topic runs through the detectors and what they raise lands on the
 * timeline, as it would from the live alerts. Resolving it scores the team against the plan.
 */
export async function startDrill(c: OpCtx, input: DrillInput): Promise<CrisisRecord> {
  const { app, actor } = c;
  const { plan, lang } = await planOf(app, actor.workspaceId);
  const type = plan.crisisTypes.find((t) => t.id === input.type);
  if (!type) throw invalid(`type "${input.type}" is not in the plan's catalogue`, "type");
  const rec = await openCrisis(c, {
    title: input.title ?? `Drill: ${localize(type.name, lang)}`,
    type: type.id,
    severity: input.severity ?? type.defaultSeverity,
    drill: true,
    summary: "Exercise. Nothing is happening to customers; no message leaves Firebreak.",
  });
  const topic = type.topics[0];
  if (input.replay !== false && topic) {
    const detection = app.services.detection as typeof app.services.detection | undefined;
    const settings = detection ? await detection.settings(actor.workspaceId) : {};
    const { alerts, mentions } = replayDrillBurst(topic, app.clock.now().getTime(), 7, settings);
    await addEvent(c, {
      crisisId: rec.id,
      event: {
        kind: "drill.replay",
        text: `Replayed ${mentions} synthetic mentions with a burst about ${topic}: the detectors raised ${alerts.length} alert(s)`,
        data: { mentions, alerts: alerts.length, topic },
        key: "drill.replay",
      },
    });
    for (const a of alerts) {
      await addEvent(c, {
        crisisId: rec.id,
        event: {
          kind: "drill.alert",
          text: `Detector: ${a.kind}${a.topic ? ` on ${a.topic}` : ""}, observed ${a.observed} against ${a.expected.toFixed(1)} expected`,
          data: a,
          key: `drill.alert:${a.episodeId}`,
          keyEvent: true,
        },
      });
    }
  }
  return getRecord(c, rec.id);
}
