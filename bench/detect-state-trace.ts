import type { DetectionEngine } from "../src/detection/detectors/engine.js";
import { excessVariance } from "../src/detection/detectors/level-excess.js";
import { divisorOf, type SeqState } from "../src/detection/detectors/sequential.js";

/**
 * `bench:detect --state-window SEED:FROM:TO` (twenty-fifth pass of issue 15): for one seed, at every hour
 * boundary from day FROM to day TO (days from the bench's start), the main series' divisors, level
 * excess and their tests' largest statistic, on stderr. The per-wave trace (detect-trace.ts) says a wave
 * was missed; this says which charge held it under its threshold.
 */
const SERIES = ["volume", "negative", "complaint", "topic:customer_service"];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface StateWindow {
  seed: number;
  from: number;
  to: number;
}

export function parseStateWindow(text: string): StateWindow | null {
  const [seed, from, to] = text.split(":").map(Number);
  if (seed === undefined || from === undefined || to === undefined) return null;
  return [seed, from, to].every(Number.isFinite) ? { seed, from, to } : null;
}

const f = (x: number | undefined, d = 2) => (x === undefined ? "-" : x.toFixed(d));

/** A callback for each event's time: prints the state once per hour inside the window. */
export function stateTracer(engine: DetectionEngine, w: StateWindow, start: number): (t: number) => void {
  let hour = Number.NaN;
  return (t) => {
    const h = Math.floor(t / HOUR);
    if (h === hour) return;
    hour = h;
    const day = (h * HOUR - start) / DAY;
    if (day < w.from || day >= w.to) return;
    const state = engine.toJSON(false);
    const scope = state.series["volume"]?.seq as SeqState | undefined;
    for (const key of SERIES) {
      const seq = state.series[key]?.seq as SeqState | undefined;
      if (!seq) continue;
      const s = seq.members.map((m) => f(m.s, 1)).join(",");
      process.stderr.write(
        `state d${day.toFixed(2)} ${new Date(h * HOUR).toISOString().slice(11, 13)}h ${key} φ ${f(seq.phi)} ` +
          `φm ${f(seq.phiMature)} φin ${f(seq.phiIn)} D ${f(divisorOf(seq))} excess ${f(excessVariance(seq), 4)} ` +
          `scope ${f(scope ? excessVariance(scope) : undefined, 4)} s[k] ${s}\n`,
      );
    }
  };
}
