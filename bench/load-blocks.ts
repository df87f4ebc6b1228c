/**
 * `bench:load`'s rush in blocks with ingest alone between them (BENCH_BLOCKS). One solo phase before a
 * minute's rush compared two different stores (the rush stores several times more than the solo phase
 * had) and a 10-second solo rate swung 6,170–10,915 a second between runs on a quiet machine; each rush
 * block set against the solo blocks on either side of it measures the rush's cost on the same store, and
 * drift in the machine or the store falls on both sides alike.
 */
import type { Phase } from "./load-phase.js";
import type { ProbeResult } from "./load-probe.js";

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Each rush block against the mean of the solo blocks before and after it, and all blocks together. */
export function interleaved(solos: readonly Phase[], rushes: readonly Phase[]) {
  const around = rushes.map((_, i) => ((solos[i]?.steady ?? 0) + (solos[i + 1]?.steady ?? 0)) / 2);
  const rushSum = rushes.reduce((s, p) => s + p.steady, 0);
  const soloSum = around.reduce((s, x) => s + x, 0);
  return {
    all: ratio(rushSum, soloSum),
    per_block: rushes.map((p, i) => ratio(p.steady, around[i] ?? 1)),
    solo_per_s: solos.map((p) => Math.round(p.steady)),
    rush_per_s: rushes.map((p) => Math.round(p.steady)),
  };
}

/** The rush blocks as one phase: rates and cores averaged, timelines end to end. */
export function mergePhases(phases: readonly Phase[]): Phase {
  const mean = (f: (p: Phase) => number) =>
    Math.round((phases.reduce((s, p) => s + f(p), 0) / phases.length) * 100) / 100;
  return {
    steady: mean((p) => p.steady),
    whole: mean((p) => p.whole),
    timeline: phases.flatMap((p) => p.timeline),
    cores: {
      server: mean((p) => p.cores.server),
      clients: mean((p) => p.cores.clients),
      server_main_thread: mean((p) => p.cores.server_main_thread),
      server_other_threads: mean((p) => p.cores.server_other_threads),
    },
  };
}

/** The probe's samples of every rush block together (each block's warm-up left out of `afterWarmup`). */
export function mergeProbes(results: readonly ProbeResult[]): ProbeResult {
  const byPath: Record<string, number[]> = {};
  for (const r of results)
    for (const [k, v] of Object.entries(r.byPath)) byPath[k] = [...(byPath[k] ?? []), ...v];
  return {
    health: results.flatMap((r) => r.health),
    byPath,
    afterWarmup: {
      health: results.flatMap((r) => r.afterWarmup.health),
      dashboard: results.flatMap((r) => r.afterWarmup.dashboard),
    },
    slowest: results
      .flatMap((r, block) => r.slowest.map((c) => ({ ...c, block })))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
    probeLagP99: Math.max(0, ...results.map((r) => r.probeLagP99)),
  };
}

/**
 * The samples a single rush gives: every call of the first block, and the later blocks' after their
 * warm-up. Each block opens a rush again (8 ingesters and 50 visitors at once, the visitors' connections
 * idle since the last block), so counting every block's opening would count four openings where a rush
 * has one; BENCH_BLOCKS=1 gives exactly the earlier passes' samples.
 */
export function oneOpening(results: readonly ProbeResult[]) {
  return {
    health: results.flatMap((r, i) => (i === 0 ? r.health : r.afterWarmup.health)),
    dashboard: results.flatMap((r, i) =>
      i === 0 ? Object.values(r.byPath).flat() : r.afterWarmup.dashboard,
    ),
  };
}
