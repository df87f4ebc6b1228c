import { parentPort, workerData } from "node:worker_threads";
import { auxiliaryBuilt } from "./detectors/calibration.js";
import { buildMixed, youngDaySigmas } from "./detectors/level-error.js";

// Builds the curves a young baseline's thresholds read (warm-curves.ts) and hands each over as soon as
// it exists, smallest σ first: the day floor asks for small ones most.
const { factors, lifted } = workerData as { factors: number[]; lifted?: boolean };
let sent = 0;
for (const sigma of youngDaySigmas(lifted === true))
  for (const k of factors) {
    const mixed = buildMixed(k, sigma);
    const auxiliary = auxiliaryBuilt().slice(sent);
    sent += auxiliary.length;
    parentPort?.postMessage({ auxiliary, mixed: [mixed.key, mixed.curve] });
  }
