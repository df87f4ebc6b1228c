/**
 * bench:detect's background under an arrival condition of real traffic (`--background`, issue 15): the
 * null bench's generators (null-arrival.ts) with the scenario's texts drawn on them, so waves are looked
 * for on traffic whose rate is mixed within the hour, whose weekend has its own shape or whose shop
 * grows, not only on a Poisson stream. `poisson` is the bench's background as it always was, to the bit.
 */
import { z } from "zod";
import type { Rand } from "../src/detection/detectors/synthetic.js";
import type { Row } from "./detect-data.js";
import { type Arrival, arrivalPosts, arrivalRate, growth } from "./null-arrival.js";

export const BACKGROUNDS = ["poisson", "gamma", "weekend", "grow", "mixed"] as const;
export type Background = (typeof BACKGROUNDS)[number];
/** What one seed's background is drawn under. */
export type Condition = Exclude<Background, "mixed">;

/**
 * `mixed`: seed 1 gamma, 2 weekend, 3 grow, 4 poisson, and round again, so three seeds already put the
 * engine on each condition that is not Poisson.
 */
const MIXED: readonly Condition[] = ["gamma", "weekend", "grow", "poisson"];

/** Day-to-day level noise of every background (log-normal σ), as the bench has always drawn it. */
const DAY_SIGMA = 0.15;
const DAY = 86_400_000;

/** `--background NAME` from the command line; poisson when absent. */
export function backgroundOption(argv: readonly string[]): Background {
  const i = argv.indexOf("--background");
  return z.enum(BACKGROUNDS).parse(i >= 0 ? argv[i + 1] : "poisson");
}

export function conditionFor(b: Background, seed: number): Condition {
  return b === "mixed" ? (MIXED[(seed - 1) % MIXED.length] as Condition) : b;
}

const arrivalOf = (c: Condition): Arrival => (c === "poisson" ? "none" : c);

export interface Timed {
  t: number;
  row: Row;
  /** Who wrote it; rows without one each have an author of their own. */
  author?: string;
}

/** What a background needs of its scenario. */
export interface BackgroundOf {
  perDay: number;
  days: number;
  background: (rand: Rand) => Row;
}

/**
 * Background times under condition `c` from `start`, each post's text drawn from `rand` right after its
 * time (the order the bench always drew them in): a process following the shop's rhythm with log-normal
 * day-to-day noise, Poisson within the minute for `poisson`, and as null-arrival.ts says for the others.
 */
export function backgroundStream(s: BackgroundOf, rand: Rand, c: Condition, start: number): Timed[] {
  const out: Timed[] = [];
  const draw = { start, days: s.days, perDay: s.perDay, seed: 0, sigma: DAY_SIGMA, rand };
  arrivalPosts(arrivalOf(c), { ...draw, each: (p) => out.push({ t: p.t, row: s.background(rand) }) });
  return out.sort((a, b) => a.t - b.t);
}

/**
 * The background's expected rate at `t` as a multiple of its daily mean a minute, without the day's
 * noise: what the slow crisis's extra complaints are scaled by, so a ramp to 4× is 4× this shop's usual
 * rate on that day and hour whatever the condition.
 */
export function usualRate(c: Condition, t: number, start: number): number {
  const a = arrivalOf(c);
  const g = growth(a, Math.floor((t - start) / DAY));
  return g === 1 ? arrivalRate(a, t) : arrivalRate(a, t) * g;
}
