import { afterEach, describe, expect, it } from "vitest";
import { queueDispersion } from "./detectors/dispersion.js";
import { firing, newSeq, type SeqState } from "./detectors/sequential.js";
import { youthFor, youthNet, youthOf } from "./detectors/youth-net.js";

/**
 * The youth divisor net of the young error φ learned (twenty-sixth pass). A young series whose
 * expectation is off by a known, smooth error learns it into φ; the youth divisor stands for that same
 * error, so the tests should pay max(Y·D₀, φ), D₀ the young-free φ, not Y·φ.
 */

const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 5);

/** A series fed `hours` young hours of counts `o(h)` against 20 expected: φ and the young-free φ learn them. */
function learned(hours: number, o: (h: number) => number): SeqState {
  const seq = newSeq(3, START);
  for (let h = 1; h <= hours + 4; h++) {
    seq.hourObserved = h <= hours ? o(h) : 0;
    seq.hourExpected = h <= hours ? 20 : 0;
    queueDispersion(seq, START + h * HOUR, h <= hours, undefined, () => true);
  }
  return seq;
}

afterEach(() => {
  youthNet.on = false;
});

describe("the youth divisor net of the young error (twenty-sixth pass)", () => {
  it("charges a young level's smooth error once: max(Y·D₀, φ), not Y·φ", () => {
    // Every hour 30 against 20: the level off by half, (o − e)²/e = 5 an hour, smooth, no noise.
    const seq = learned(96, () => 30);
    expect(seq.phi).toBeGreaterThan(4);
    expect(seq.phiMature).toBe(1);
    const y = youthOf(5);
    youthNet.on = false;
    expect(youthFor(seq, y, seq.phi, undefined)).toBe(y);
    youthNet.on = true;
    // Y·D₀ = 1.6 is under φ: φ holds the young error already, the divisor adds nothing to it.
    expect(youthFor(seq, y, seq.phi, undefined)).toBe(1);
  });

  it("keeps the youth divisor where φ learned noise, not a smooth error", () => {
    // 30 and 10 in turn: (o − e)²/e = 5 an hour, but from one hour to the next independent-looking.
    const seq = learned(96, (h) => (h % 2 ? 30 : 10));
    youthNet.on = true;
    const y = youthOf(5);
    expect(seq.phiMature).toBeGreaterThan(seq.phi * 0.9);
    expect(youthFor(seq, y, seq.phi, undefined)).toBeCloseTo(y, 2);
  });

  it("fires on a run the double charge held back, and not on one φ alone holds back", () => {
    const seq = learned(96, () => 30);
    const y = youthOf(5);
    const weekly = 20 * 168;
    const m = seq.members[0];
    if (!m) throw new Error("no member");
    m.start = START;
    m.observed = 60;
    youthNet.on = true;
    const net = youthFor(seq, y, seq.phi, undefined);
    // Evidence of 50 nats undivided: ÷φ alone it passes, ÷(Y·φ) it does not.
    m.s = 50 / seq.phi;
    youthNet.on = false;
    expect(firing(seq, [3, 6, 15], weekly, 0.05, 3, y, undefined, seq.phi)).toBeNull();
    expect(firing(seq, [3, 6, 15], weekly, 0.05, 3, net, undefined, seq.phi)).not.toBeNull();
    m.s = 30 / seq.phi;
    expect(firing(seq, [3, 6, 15], weekly, 0.05, 3, net, undefined, seq.phi)).toBeNull();
  });
});
