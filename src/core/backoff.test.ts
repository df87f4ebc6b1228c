import { describe, expect, it } from "vitest";
import { backoff } from "./backoff.js";

describe("backoff", () => {
  it("doubles from the first delay and stops at the cap", () => {
    const b = backoff({ first: 500, max: 30_000 });
    expect([1, 2, 3, 4].map(b)).toEqual([500, 1000, 2000, 4000]);
    expect(b(7)).toBe(30_000);
    expect(b(1000)).toBe(30_000);
  });

  it("jitter stays within its share either side", () => {
    const b = backoff({ first: 1000, max: 60_000, jitter: 0.25 });
    for (let i = 0; i < 200; i++) {
      const d = b(3);
      expect(d).toBeGreaterThanOrEqual(3000);
      expect(d).toBeLessThanOrEqual(5000);
    }
  });
});
