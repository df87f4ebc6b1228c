/**
 * Day-stamped review sources (issue 15, tenth pass): false alarms a week, and a day of 1-star reviews
 * found or not, on synthetic review streams dated to the day (`created_at` a bare date, as review
 * platforms export), replayed through `replayFile` as `firebreak detect --replay` reads a file. The
 * day's count swings log-normally between days (`--sigma`, 0.5 by default) and Sundays are at half.
 * `--shape reviews`: one source of reviews; `mixed`: the same reviews beside a minute-stamped Twitter
 * source (`--twitter` a day, σ = 0.15). Modes in the same run: `old` (every mention read by its minute,
 * the engine before the daily test) and `new`.
 * Run: npx tsx bench/detect-daily.ts [--per-day 300 --sigma 0.5 --seeds 4 --days 120 --shape reviews
 * --twitter 3000 --wave 3 --modes old,new]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dailyTest } from "../src/detection/detectors/daily.js";
import { normal, poisson, rhythm, seededRandom } from "../src/detection/detectors/synthetic.js";
import { type Alert, SPIKE_KINDS } from "../src/detection/detectors/types.js";
import { replayFile } from "../src/detection/replay.js";
import { oneLinePerRise } from "../src/detection/replay-collapse.js";
import { arg } from "./cli-arg.js";

const DAY = 86_400_000;
const MINUTE = 60_000;
const START = Date.parse("2025-01-06T00:00:00Z"); // a Monday
const WARMUP_DAYS = 14;
const PER_DAY = Number(arg("per-day", "300"));
const SIGMA = Number(arg("sigma", "0.5"));
const SEEDS = Number(arg("seeds", "4"));
const FIRST = Number(arg("first-seed", "1"));
const DAYS = Number(arg("days", "120"));
const SHAPE = arg("shape", "reviews");
const TWITTER = Number(arg("twitter", "3000"));
/** The wave day's extra 1-star reviews, as a multiple of a usual day's negative reviews. */
const WAVE = Number(arg("wave", "3"));
const MODES = arg("modes", "old,new").split(",");
const NEGATIVE = 0.25;

interface Row {
  t: number;
  line: string;
}

const review = (id: string, t: number, negative: boolean, rand: () => number) =>
  JSON.stringify({
    id,
    text: negative ? "terrible, never again" : "fine",
    created_at: new Date(t).toISOString().slice(0, 10),
    source: "reviews",
    sentiment: negative ? "negative" : rand() < 0.5 ? "neutral" : "positive",
    topics: [],
    rating: negative ? 1 : 4,
  });

/** A day-stamped review stream: each day's count log-normal around its weekday's, Sundays at half. */
function reviews(seed: number, waveDay: number | null): Row[] {
  const rand = seededRandom(seed * 7919 + PER_DAY);
  const rows: Row[] = [];
  for (let d = 0; d < DAYS; d++) {
    const day = START + d * DAY;
    const sunday = d % 7 === 6;
    const n = poisson(rand, PER_DAY * (sunday ? 0.5 : 1) * Math.exp(SIGMA * normal(rand)));
    for (let i = 0; i < n; i++)
      rows.push({ t: day, line: review(`r${d}-${i}`, day, rand() < NEGATIVE, rand) });
    if (d === waveDay) {
      const extra = Math.round(WAVE * PER_DAY * NEGATIVE);
      for (let i = 0; i < extra; i++) rows.push({ t: day, line: review(`w${d}-${i}`, day, true, rand) });
    }
  }
  return rows;
}

/** Minute-stamped tweets with the bench's rhythm and σ = 0.15 between days. */
function tweets(seed: number): Row[] {
  const rand = seededRandom(seed * 104_729 + TWITTER);
  const rows: Row[] = [];
  let factor = 1;
  for (let t = START; t < START + DAYS * DAY; t += MINUTE) {
    if ((t - START) % DAY === 0) factor = Math.exp(0.15 * normal(rand));
    const n = poisson(rand, (TWITTER / 1440) * rhythm(t) * factor);
    for (let i = 0; i < n; i++) {
      const negative = rand() < NEGATIVE;
      const line = JSON.stringify({
        id: `t${t}-${i}`,
        text: negative ? "awful service" : "ok",
        created_at: new Date(t).toISOString(),
        source: "twitter",
        sentiment: negative ? "negative" : "neutral",
        topics: [],
      });
      rows.push({ t, line });
    }
  }
  return rows;
}

async function run(file: string): Promise<{ openings: Alert[]; printed: Alert[] }> {
  const openings: Alert[] = [];
  const printed: Alert[] = [];
  const print = oneLinePerRise();
  for await (const a of replayFile(file, { allPhases: true })) {
    const line = print(a);
    if (a.phase !== "open" || !(SPIKE_KINDS as readonly string[]).includes(a.kind)) continue;
    openings.push(a);
    if (line) printed.push(a);
  }
  return { openings, printed };
}

const dayOf = (a: Alert) => Math.floor((Date.parse(a.at) - START) / DAY);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "detect-daily-"));
  const weeks = (SEEDS * (DAYS - WARMUP_DAYS)) / 7;
  const out: Record<string, unknown> = {};
  const rows = Object.fromEntries(
    MODES.map((m) => [
      m,
      { openings: 0, printed: 0, found: 0, hours: [] as number[], alarms: [] as string[] },
    ]),
  );
  for (let seed = FIRST; seed < FIRST + SEEDS; seed++) {
    const waveDay = 60 + seed;
    const fine = SHAPE === "mixed" ? tweets(seed) : [];
    for (const [name, wave] of [
      ["null", null],
      ["wave", waveDay],
    ] as const) {
      const all = [...reviews(seed, wave), ...fine].sort((a, b) => a.t - b.t);
      const file = join(dir, `${name}-${seed}.jsonl`);
      writeFileSync(file, `${all.map((r) => r.line).join("\n")}\n`);
      for (const mode of MODES) {
        dailyTest.on = mode === "new";
        const r = rows[mode] as (typeof rows)[string];
        const { openings, printed } = await run(file);
        if (name === "null") {
          const settled = (a: Alert) => dayOf(a) >= WARMUP_DAYS;
          r.openings += openings.filter(settled).length;
          r.printed += printed.filter(settled).length;
          for (const a of printed.filter(settled))
            r.alarms.push(`s${seed} d${dayOf(a)} ${a.series} ${a.observed}/${a.expected.toFixed(1)}`);
        } else {
          const hit = openings.find((a) => dayOf(a) === waveDay);
          if (hit) {
            r.found++;
            r.hours.push(Math.round((Date.parse(hit.at) - (START + waveDay * DAY)) / 360_000) / 10);
          }
        }
      }
      process.stderr.write(`detect-daily: seed ${seed} ${name} done\n`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  for (const mode of MODES) {
    const r = rows[mode] as (typeof rows)[string];
    out[mode] = {
      false_alarms_per_week: Math.round((r.openings / weeks) * 100) / 100,
      replay_lines_per_week: Math.round((r.printed / weeks) * 100) / 100,
      waves_found_the_same_day: `${r.found}/${SEEDS}`,
      hours_into_the_wave_day: r.hours,
      alarms: r.alarms.slice(0, 40),
    };
  }
  const setup = { shape: SHAPE, per_day: PER_DAY, sigma: SIGMA, days: DAYS, seeds: SEEDS, wave: WAVE };
  process.stdout.write(`${JSON.stringify({ ...setup, ...out }, null, 2)}\n`);
}

await main();
