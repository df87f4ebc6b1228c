// Preload for the server of bench/load-cost.ts and bench:load (BENCH_NODE_OPTIONS="--require
// /abs/path/bench/load-gc.cjs", BENCH_GC_FILE=/tmp/gc.json): counts the main thread's garbage
// collections by kind over the whole life of the server (warm-up included) and writes them as JSON when
// it exits. Scavenges (minor) are what the rush's batches in flight cost: their time is what survives
// them, and the longest ones are the event loop's worst pauses (docs/security.md, twelfth pass).
const { PerformanceObserver, constants } = require("node:perf_hooks");
const fs = require("node:fs");

const kinds = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "scavenge",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "mark_compact",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental_mark",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak_callbacks",
};
const seen = {};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = kinds[e.detail?.kind ?? e.kind] ?? "other";
    seen[kind] ??= { count: 0, ms: 0, max_ms: 0, over_50ms: 0 };
    const s = seen[kind];
    s.count++;
    s.ms += e.duration;
    s.max_ms = Math.max(s.max_ms, e.duration);
    if (e.duration > 50) s.over_50ms++;
  }
}).observe({ entryTypes: ["gc"] });

process.on("exit", () => {
  const file = process.env.BENCH_GC_FILE;
  if (!file) return;
  for (const s of Object.values(seen)) {
    s.ms = Math.round(s.ms);
    s.max_ms = Math.round(s.max_ms);
  }
  fs.writeFileSync(file, JSON.stringify(seen));
});
