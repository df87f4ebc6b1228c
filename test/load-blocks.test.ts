import { describe, expect, it } from "vitest";
import { interleaved, oneOpening } from "../bench/load-blocks.js";
import type { Phase } from "../bench/load-phase.js";
import type { ProbeResult } from "../bench/load-probe.js";

const phase = (steady: number): Phase => ({
  steady,
  whole: steady,
  timeline: [],
  cores: { server: 1, clients: 0, server_main_thread: 0.5, server_other_threads: 0.5 },
});

const probe = (health: number[], warm: number[], dashboard: number[], warmDash: number[]): ProbeResult => ({
  health,
  byPath: { "/api/v1/overview": dashboard },
  afterWarmup: { health: warm, dashboard: warmDash },
  slowest: [],
  probeLagP99: 0,
});

describe("bench:load in blocks", () => {
  it("sets each rush block against the mean of the solo blocks on either side", () => {
    // The store slows ingest through the run: solo 100 → 60; the rush keeps 90% of its neighbours.
    const r = interleaved([phase(100), phase(80), phase(60)], [phase(81), phase(63)]);
    expect(r.per_block).toEqual([0.9, 0.9]);
    expect(r.all).toBe(0.9);
    // Against the first solo block alone the same rush reads 0.72: the store's growth, not the rush.
    expect(Math.round(((81 + 63) / 2 / 100) * 100) / 100).toBe(0.72);
  });

  it("counts one rush's opening: the first block whole, the later ones after their warm-up", () => {
    const o = oneOpening([probe([300, 10], [10], [400, 20], [20]), probe([500, 11], [11], [600, 21], [21])]);
    expect(o.health).toEqual([300, 10, 11]);
    expect(o.dashboard).toEqual([400, 20, 21]);
  });
});
