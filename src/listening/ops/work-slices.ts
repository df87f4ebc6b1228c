import { yieldToOthers } from "../../core/fair.js";

/**
 * Slices of a long loop measured in work, not only in wall time. A wall-clock slice (timeSlices) counts
 * the time this thread was not running at all: when the store's writer thread or another process takes
 * the core in the middle of a slice, the slice ends with less of the loop's work done, while the
 * requests answered between two slices (a status-page rush: dozens a turn) cost what they always cost.
 * On one shared core that gave ingest about half the work per turn that its slice says.
 *
 * Here a slice ends once `sliceMs` of wall time has passed AND the loop has done as many items as
 * `sliceMs` buys at the cheapest cost per item seen lately (its cost when nothing preempted it), or
 * once `maxMs` of wall time has passed whatever was done: so a preempted slice still does about
 * `sliceMs` of work, and no slice holds the event loop for longer than `maxMs`.
 */
export class WorkSlices {
  /** The least wall time per item over a whole slice lately: the cost of an item when not preempted. */
  private perItem = Number.POSITIVE_INFINITY;

  constructor(
    private readonly sliceMs: number,
    private readonly maxMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A checkpoint to await before each item of one loop (as timeSlices' is). */
  slices(): () => Promise<void> | undefined {
    let start = this.now();
    let items = 0;
    return () => {
      const wall = this.now() - start;
      const budget = this.sliceMs / this.perItem;
      if (wall <= this.sliceMs || (items < budget && wall <= this.maxMs)) {
        items++;
        return undefined;
      }
      // Drifts up 2 % a slice, so an estimate from cheaper items (shorter texts) does not last.
      if (items > 0) this.perItem = Math.min(this.perItem * 1.02, wall / items);
      return yieldToOthers().then(() => {
        // The item this checkpoint was awaited for is the new slice's first.
        start = this.now();
        items = 1;
      });
    };
  }

  /** The cost per item it works with, in ms (Infinity until a first slice has ended). */
  get itemMs(): number {
    return this.perItem;
  }
}
