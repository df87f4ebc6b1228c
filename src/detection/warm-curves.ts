import type { Logger } from "pino";
import { startThread } from "../core/thread.js";
import { type Curve, installAuxiliary } from "./detectors/calibration.js";
import { defaultDetectionConfig } from "./detectors/config.js";
import { installMixed, levelCap } from "./detectors/level-error.js";

interface Handed {
  auxiliary: [number, Curve][];
  mixed: [string, Float64Array];
}

/**
 * Builds, in a thread of its own, the simulated curves a young baseline's thresholds need
 * (level-error.ts: about 600 false-alarm curves of 15 ms each and a hundred averages of them), and
 * installs each in this thread's caches as it arrives. Without it the first firing at each new level
 * error builds its curves on the event loop: 1–3 s during which no request is answered, again after
 * every restart while a workspace is younger than two weeks. The curves are seeded: a curve built
 * there is the one this thread would build, so alerts do not depend on which thread got there first.
 * Resolves with the number of mixed curves handed over when the thread ends.
 */
export function warmCurves(
  log?: Logger,
  factors = defaultDetectionConfig().riseFactors,
  onMixed?: (key: string, curve: Float64Array) => void,
): Promise<number> {
  const worker = startThread(import.meta.url, "warm-curves-thread", {
    factors: [...factors],
    lifted: levelCap.lifted,
  });
  worker.unref();
  let handed = 0;
  worker.on("message", (m: Handed) => {
    for (const [k, curve] of m.auxiliary) installAuxiliary(k, curve);
    installMixed(m.mixed[0], m.mixed[1]);
    onMixed?.(m.mixed[0], m.mixed[1]);
    handed++;
  });
  return new Promise((resolve) => {
    worker.on("error", (err) =>
      log?.warn({ err }, "warming the detection curves failed; built on first use"),
    );
    const began = Date.now();
    worker.on("exit", () => {
      log?.debug({ curves: handed, ms: Date.now() - began }, "detection curves built");
      resolve(handed);
    });
  });
}
