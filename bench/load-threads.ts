/**
 * CPU time per thread of a process, from /proc/PID/task/TID/stat (Linux): the server's main thread (its
 * thread id is its process id) apart from its store threads, V8's helpers and the rest.
 */
import { readdirSync, readFileSync } from "node:fs";

const TICK = 100;

export type ThreadTimes = Map<number, number>;

/** CPU seconds (user + system) of each thread of `pid`, by thread id. */
export function threadTimes(pid: number): ThreadTimes {
  const out: ThreadTimes = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) / TICK);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

export const totalTime = (t: ThreadTimes) => [...t.values()].reduce((a, b) => a + b, 0);

/** Seconds each thread used since `before`: the main thread, all others, and the busiest three others. */
export function threadsSince(pid: number, before: ThreadTimes) {
  const used: { tid: number; s: number }[] = [];
  for (const [tid, s] of threadTimes(pid)) used.push({ tid, s: s - (before.get(tid) ?? 0) });
  const main = used.find((u) => u.tid === pid)?.s ?? 0;
  const all = used.reduce((a, u) => a + u.s, 0);
  const others = used.filter((u) => u.tid !== pid).sort((a, b) => b.s - a.s);
  // Thread ids relative to the process's: the store threads start after V8's and libuv's helpers.
  return {
    all,
    main,
    others: all - main,
    busiest: others.slice(0, 3).map((u) => ({ tid: u.tid - pid, s: u.s })),
  };
}
