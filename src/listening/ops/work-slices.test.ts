import { describe, expect, it } from "vitest";
import { WorkSlices } from "./work-slices.js";

/** Runs `items` checkpoints, each item taking `cost(i)` ms of the fake clock; answers the items per slice. */
async function run(work: WorkSlices, clock: { t: number }, items: number, cost: (i: number) => number) {
  const slice = work.slices();
  const perSlice: number[] = [0];
  for (let i = 0; i < items; i++) {
    const y = slice();
    if (y) {
      await y;
      perSlice.push(0);
    }
    clock.t += cost(i);
    perSlice[perSlice.length - 1] = (perSlice[perSlice.length - 1] ?? 0) + 1;
  }
  return perSlice;
}

describe("work slices", () => {
  it("yield after the slice's wall time while nothing preempts the loop, as time slices do", async () => {
    const clock = { t: 0 };
    const work = new WorkSlices(8, 16, () => clock.t);
    const perSlice = await run(work, clock, 100, () => 1);
    // 1 ms an item: a slice ends once more than 8 ms have passed, after 9 items.
    expect(perSlice.slice(0, -1).every((n) => n === 9)).toBe(true);
    expect(work.itemMs).toBe(1);
  });

  it("a slice the core was taken from goes on to do its work, up to the longest slice", async () => {
    const clock = { t: 0 };
    const work = new WorkSlices(8, 16, () => clock.t);
    await run(work, clock, 40, () => 1);
    // Now every item takes 1.5 ms of wall time (the thread runs two thirds of the time): a wall-clock
    // slice would end after 6 items; this one does the 8 items that 8 ms of work are.
    const preempted = await run(work, clock, 60, () => 1.5);
    expect(preempted[0]).toBe(8);
    // Taken two thirds of the time, the longest slice bounds it: no item starts after 16 ms of wall time.
    const halved = await run(work, clock, 30, () => 3);
    expect(halved[0]).toBe(6);
  });
});
