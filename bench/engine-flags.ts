import { dayShape } from "../src/detection/detectors/day-shape.js";
import { daySpread } from "../src/detection/detectors/day-spread.js";
import { foldIntoVolume } from "../src/detection/detectors/in-step.js";
import { levelCap } from "../src/detection/detectors/level-error.js";
import { excessInUse, excessMature, levelExcess } from "../src/detection/detectors/level-excess.js";
import { levelTail } from "../src/detection/detectors/level-tail.js";
import { youngLine } from "../src/detection/detectors/rate-dispersion.js";
import { weekPooled } from "../src/detection/detectors/week-shape.js";
import { youngPhi } from "../src/detection/detectors/young-phi.js";
import { youthNet } from "../src/detection/detectors/youth-net.js";

/**
 * The engine's switches that bench:detect and the null bench both set from their arguments, so the two
 * compare the same settings:
 * - `--excess on`: the level's error beyond the divisor charged in the thresholds (nineteenth pass,
 *   level-excess.ts); `--excess scope` (the default since the twentieth pass, as the product): and every
 *   series pays at least the all-mentions series' shown excess; `--excess off`: neither.
 * - `--young-line both` (twenty-first pass, off in the product): a young series' line learns from its
 *   first hour (`early`) and, until its own is shown, is its scope's slope at its rate (`scope`);
 *   `--young-line off` (the default, as the product): neither (rate-dispersion.ts youngLine).
 * - `--week-pool off` (on, as the product, since the twenty-fourth pass): each weekday's hour shape cut at
 *   two standard errors, not shrunk by the week's own spread (week-shape.ts);
 *   `--week-pool-young off` (twenty-fourth pass, default on): a young weekday's hours not charged with it.
 * - `--young-phi off` (on, as the product, since the twenty-fourth pass): φ learns a young weekday's shape
 *   as noise and divides every hour by it, as before the twenty-second pass (young-phi.ts);
 *   `--young-phi-gate off` (twenty-third pass, default on): that φ divides even where the weekdays are not
 *   shown to differ (weekdays-differ.ts), as in the twenty-second pass.
 * - `--excess-in-use mature` (twenty-fourth pass, the default, as the product): the level excess measured
 *   against the divisor in use (the young-free φ on mature hours, level-excess.ts); `both`: times the
 *   youth divisor as well; `off`: against φ alone, as before.
 * - `--excess-mature on` (twenty-fifth pass's try, off): a mature hour pays an excess learned from mature
 *   hours only (level-excess.ts excessMature).
 * - `--youth-net on` (twenty-sixth pass, off): the youth divisor net of the young error φ learned, a
 *   total dispersion of max(Y·D₀, D) instead of Y·D (youth-net.ts).
 * - `--day-spread off` (on, as the product, since the twenty-seventh pass): the young day floor's variance
 *   by age alone, not from the spread of the days measured (day-spread.ts).
 * - `--day-shape off` (on, as the product, since the twenty-eighth pass): a young weekday's later hours
 *   not charged with its own hours' misfit to the week's shape before the weekdays are shown to differ
 *   (day-shape.ts).
 * - `--day-shape-carry on` (twenty-ninth pass): a young day's misfit, as its hours showed it at midnight,
 *   charged on the next young weekday's first hours until two of its own are complete (day-shape.ts).
 * - `--level-cap lifted` (thirtieth pass): the level variance a threshold pays capped at σ 0.7, not at the
 *   start-up thread's σ 0.35 (level-error.ts levelCap); `--level-cap warmed`: at σ 0.35, as before.
 * - `--level-tail on` (thirty-first pass, the product's since): past the mixed curve's 30-nat grid, the
 *   threshold from the model's rate summed over its nodes, each drifting node's run bounded by MAX_RUN_MS
 *   (level-tail.ts levelTail); `--level-tail off`: extrapolated at the curve's last slope, as before;
 *   `--level-tail-peak 2`: a run's 6 hours at twice the week's mean rate, not at it (RUN_PEAK).
 * - `--fold on` (off, as the product): a rise of negatives, complaints or a topic in step with all mentions
 *   on a day they rose is folded into the all-mentions alert (in-step.ts, bench/detect-sale.ts).
 */
export function setEngineFlags(arg: (name: string, dflt: string) => string): void {
  const excess = arg("excess", "scope");
  levelExcess.on = excess !== "off";
  levelExcess.scope = excess === "scope";
  const inUse = arg("excess-in-use", "mature");
  excessInUse.on = inUse !== "off";
  excessInUse.youth = inUse === "both";
  excessMature.on = arg("excess-mature", "off") === "on";
  const young = arg("young-line", "off");
  youngLine.scope = young === "scope" || young === "both";
  youngLine.early = young === "early" || young === "both";
  weekPooled.on = arg("week-pool", "on") !== "off";
  weekPooled.young = arg("week-pool-young", "on") !== "off";
  youngPhi.on = arg("young-phi", "on") !== "off";
  youngPhi.gate = arg("young-phi-gate", "on") !== "off";
  foldIntoVolume.on = arg("fold", "off") === "on";
  youthNet.on = arg("youth-net", "off") === "on";
  daySpread.on = arg("day-spread", "on") !== "off";
  dayShape.on = arg("day-shape", "on") !== "off";
  dayShape.carry = arg("day-shape-carry", "off") === "on";
  levelCap.lifted = arg("level-cap", levelCap.lifted ? "lifted" : "warmed") === "lifted";
  levelTail.on = arg("level-tail", levelTail.on ? "on" : "off") === "on";
  levelTail.peak = Number(arg("level-tail-peak", String(levelTail.peak)));
}
