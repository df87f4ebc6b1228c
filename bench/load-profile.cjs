// Preload for the server of bench:load and bench/load-cost.ts (BENCH_PROFILE=1
// BENCH_NODE_OPTIONS="--require ./bench/load-profile.cjs"): the first SIGUSR2 starts a V8 CPU profile of
// the main thread, the next writes it to $BENCH_PROFILE_DIR (default /tmp) as a .cpuprofile file.
// `--cpu-prof` is refused in NODE_OPTIONS, and it would profile the whole run, warm-up included.
// BENCH_HEAP_PROFILE=1: a sampling allocation profile instead (.heapprofile, for Chrome's memory tab),
// which says who feeds the garbage collector; a CPU profile shows only that it runs.
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");

const session = new inspector.Session();
session.connect();
const dir = process.env.BENCH_PROFILE_DIR || "/tmp";
let running = false;
let n = 0;
process.on("SIGUSR2", () => {
  const heap = process.env.BENCH_HEAP_PROFILE === "1";
  if (heap) {
    if (!running)
      session.post("HeapProfiler.startSampling", {
        samplingInterval: 32768,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    else
      session.post("HeapProfiler.stopSampling", (err, r) => {
        if (!err)
          fs.writeFileSync(
            path.join(dir, `server-${process.pid}-${n++}.heapprofile`),
            JSON.stringify(r.profile),
          );
      });
    running = !running;
    return;
  }
  if (!running) {
    session.post("Profiler.enable");
    // 1 ms: finer sampling costs the server enough CPU to change what is measured.
    session.post("Profiler.setSamplingInterval", { interval: 1000 });
    session.post("Profiler.start");
    running = true;
    return;
  }
  session.post("Profiler.stop", (err, r) => {
    if (!err)
      fs.writeFileSync(path.join(dir, `server-${process.pid}-${n++}.cpuprofile`), JSON.stringify(r.profile));
  });
  running = false;
});
