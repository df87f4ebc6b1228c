// What a young workspace's first alarms hold the event loop for, building the level-error curves on it
// (cold) against after the start-up thread built them (warm). Prints JSON. npx tsx bench/warm-curves.ts
import { execFileSync } from "node:child_process";
import { levelThreshold } from "../src/detection/detectors/level-error.js";
import { warmCurves } from "../src/detection/warm-curves.js";

/** The day floor's questions of a young baseline's first night: three rise factors, three level errors. */
const ASKED = [0.1, 0.2, 0.3].flatMap((sigma) => [3, 6, 15].map((k) => ({ k, variance: sigma * sigma })));

function stalls(): number[] {
  return ASKED.map(({ k, variance }) => {
    const t = performance.now();
    levelThreshold(k, 2000, 0.05, variance);
    return performance.now() - t;
  });
}

const phase = process.argv[process.argv.indexOf("--phase") + 1];
if (phase === "cold" || phase === "warm") {
  let warmedMs = 0;
  if (phase === "warm") {
    const t = performance.now();
    // The thread does not hold a process open (a server's shutdown must not wait for it): this does.
    const alive = setInterval(() => {}, 1000);
    await warmCurves();
    clearInterval(alive);
    warmedMs = performance.now() - t;
  }
  process.stdout.write(JSON.stringify({ ms: stalls(), warmedMs }));
} else {
  const run = (p: string) =>
    JSON.parse(
      execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string, "--phase", p], {
        encoding: "utf8",
      }),
    ) as { ms: number[]; warmedMs: number };
  const cold = run("cold");
  const warm = run("warm");
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const r = (x: number) => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify(
      {
        asked: ASKED.length,
        cold: { totalMs: r(sum(cold.ms)), worstMs: r(Math.max(...cold.ms)) },
        warm: { totalMs: r(sum(warm.ms)), worstMs: r(Math.max(...warm.ms)), threadWallMs: r(warm.warmedMs) },
        ratioWarmToCold: r((sum(warm.ms) / sum(cold.ms)) * 1000) / 1000,
      },
      null,
      2,
    ),
  );
}
