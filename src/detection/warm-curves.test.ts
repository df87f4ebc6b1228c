import { describe, expect, it } from "vitest";
import { buildMixed, youngDaySigmas } from "./detectors/level-error.js";
import { warmCurves } from "./warm-curves.js";

describe("the young baseline's curves, built in a thread at start-up", () => {
  it("hands over every σ step of the day floor, each the curve this thread would build", async () => {
    // Built here first: the thread's copy of this one must be the same numbers, bit for bit.
    const here = Float64Array.from(buildMixed(6, 0.1).curve);
    const handed = new Map<string, Float64Array>();
    const count = await warmCurves(undefined, [6], (key, curve) => handed.set(key, curve));

    expect(youngDaySigmas().at(-1)).toBeCloseTo(0.35, 10);
    expect(count).toBe(youngDaySigmas().length);
    const theirs = handed.get(`6|${0.1}`);
    expect(theirs && Buffer.from(theirs.buffer).equals(Buffer.from(here.buffer))).toBe(true);
    // One this thread never built: now read from what the thread handed over, not built again.
    const key = `6|${youngDaySigmas()[20]}`;
    expect(buildMixed(6, youngDaySigmas()[20] as number).curve).toBe(handed.get(key));
  });
});
