import type { AppContext } from "../app/context.js";
import { handleTransition } from "./ops/notify.js";
import { type Execution, recordChecks } from "./ops/record.js";

export { type Execution, type MonitorStateEvent, TRANSITION_QUEUE } from "./ops/record.js";

// Recording (ops/record.ts) and telling the world (ops/notify.ts, ops/crisis.ts) live apart; this binds
// them to the context for the service and the transition job.
export function createTransitions(ctx: AppContext) {
  return {
    record: (batch: Execution[]) => recordChecks(ctx, batch),
    handle: (payload: { eventId: string }) => handleTransition(ctx, payload),
  };
}
