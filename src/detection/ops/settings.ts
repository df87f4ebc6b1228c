import type { AppContext } from "../../app/context.js";
import { ServiceError } from "../../core/errors.js";
import {
  type DetectionConfig,
  type DetectionConfigInput,
  parseDetectionConfig,
} from "../detectors/config.js";
import { DetectionEngine } from "../detectors/engine.js";
import { detectionStore as store } from "../store.js";

/**
 * Stores new detector settings. A new bucket size starts the baseline over: counts of another bucket
 * size cannot be carried across.
 */
export async function saveSettings(
  ctx: AppContext,
  workspaceId: string,
  input: DetectionConfigInput,
  config: DetectionConfig,
): Promise<void> {
  // Another process may move the detectors meanwhile (compare-and-set): read again and retry.
  for (let attempt = 0; attempt < 10; attempt++) {
    const row = await store.state(ctx.db, workspaceId);
    if (!row) {
      // No mention or shop event yet: the settings wait in a fresh state for the first round.
      const inserted = await store.insertState(ctx.db, {
        workspace_id: workspaceId,
        state: JSON.stringify({ engine: new DetectionEngine(config).toJSON(), seen: [] }),
        mention_cursor: null,
        shop_cursor: null,
        config: JSON.stringify(input),
        updated_at: ctx.clock.now().toISOString(),
      });
      if (inserted) return;
      continue;
    }
    const persisted = JSON.parse(row.state);
    const old = parseDetectionConfig(JSON.parse(row.config));
    if (old.bucketMinutes !== config.bucketMinutes) persisted.engine = new DetectionEngine(config).toJSON();
    const saved = await store.saveState(
      ctx.db,
      {
        ...row,
        state: JSON.stringify(persisted),
        config: JSON.stringify(input),
        updated_at: ctx.clock.now().toISOString(),
      },
      row.updated_at,
    );
    if (saved) return;
  }
  throw new ServiceError("conflict", "the detectors are busy; try again", "settings");
}
