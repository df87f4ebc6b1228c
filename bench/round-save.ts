/**
 * `tsx bench/round-save.ts`: what saving the detectors' state costs a live round as the hour's texts
 * grow (a rush's texts are nearly all distinct, and the copies rule keeps an hour of them). An engine is
 * fed BENCH_TEXTS (default 400,000) distinct mentions over an hour; at each size it times the state's
 * text as a round builds it, with ROUND mentions fed between two saves as in a rush: a structured copy
 * then JSON (as before the eleventh pass of docs/security.md) against JSON of the state itself. Prints
 * JSON (medians); both in the same process, alternated.
 */
import { DetectionEngine } from "../src/detection/detectors/engine.js";

const TEXTS = Number(process.env["BENCH_TEXTS"] ?? 400_000);
const REPEATS = Number(process.env["BENCH_REPEATS"] ?? 5);
/** Mentions between two saves: about a second of a rush (rounds start at most once a second). */
const ROUND = 6000;
const START = Date.parse("2026-12-01T10:00:00Z");

const engine = new DetectionEngine();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const timed = (f: () => string) => {
  const t0 = performance.now();
  const n = f().length;
  return { ms: performance.now() - t0, n };
};
const rows = [];
let fed = 0;
/** A round's worth of new mentions: the minute in progress grows by concatenation between two saves. */
const feed = (n: number) => {
  for (const end = fed + n; fed < end; fed++)
    engine.push({
      type: "mention",
      id: `m${fed}`,
      at: new Date(START + Math.floor((fed / (TEXTS + 20 * ROUND)) * 3_500_000)).toISOString(),
      sentiment: "neutral",
      topics: [],
      text: `Order ${fed} from Acme: parcel late refund courier, day ${fed % 30}`,
    });
};
for (const size of [50_000, 100_000, 200_000, TEXTS]) {
  feed(size - fed);
  const copied: number[] = [];
  const itself: number[] = [];
  let chars = 0;
  for (let i = 0; i < REPEATS; i++) {
    feed(ROUND);
    copied.push(timed(() => JSON.stringify({ engine: engine.toJSON() })).ms);
    feed(ROUND);
    const r = timed(() => JSON.stringify({ engine: engine.toJSON(false) }));
    itself.push(r.ms);
    chars = r.n;
  }
  rows.push({
    texts: fed,
    state_chars: chars,
    copy_then_json_ms: Math.round(median(copied) * 10) / 10,
    json_of_state_ms: Math.round(median(itself) * 10) / 10,
  });
}
process.stdout.write(`${JSON.stringify({ repeats: REPEATS, rows }, null, 2)}\n`);
