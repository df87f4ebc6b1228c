/**
 * The mixed curve's tail (thirty-first pass of issue 15, level-tail.ts): each member's threshold past
 * the 30-nat grid extrapolated (main) and priced by the model with runs bounded by MAX_RUN_MS, and the
 * bounded model's alarms a week at the extrapolated one.
 * Run: npx tsx bench/level-tail-probe.ts [--weekly 8000 --budget 0.05 --variances 0.04,0.088,0.12,0.2
 * --level-tail-peak 2]
 */

import { levelThreshold, sigmaStep, tailRate } from "../src/detection/detectors/level-error.js";
import { levelTail } from "../src/detection/detectors/level-tail.js";
import { arg } from "./cli-arg.js";

const W = Number(arg("weekly", "8000"));
const B = Number(arg("budget", "0.05"));
levelTail.peak = Number(arg("level-tail-peak", String(levelTail.peak)));
console.log("| σ² | k | extrapolated | bounded model's alarms a week there | priced by the model |");
for (const v of arg("variances", "0.04,0.088,0.12,0.2").split(",").map(Number))
  for (const k of [3, 6, 15]) {
    levelTail.on = false;
    const old = levelThreshold(k, W, B, v);
    levelTail.on = true;
    const priced = levelThreshold(k, W, B, v);
    const spent = W * tailRate(k, sigmaStep(v), old, W);
    console.log(`| ${v} | ${k} | ${old.toFixed(1)} | ${spent.toFixed(3)} | ${priced.toFixed(1)} |`);
  }
