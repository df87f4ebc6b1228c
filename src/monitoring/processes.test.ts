import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type ServerProcess, startServerProcess } from "../testing/process.js";
import { freshStore, type TestStore } from "../testing/store.js";
import { nextSlotMs } from "./slots.js";

/**
 * Which process holds the client end of a loopback connection: Linux lists sockets with their inode in
 * /proc/net/tcp, and each process's open sockets in /proc/<pid>/fd. This tells the checks of one worker
 * process from another's without the product saying anything about itself to the target.
 */
function ownerOf(socket: Socket, pids: number[]): number | null {
  const port = socket.remotePort;
  if (!port) return null;
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  let inode: string | undefined;
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[1]?.endsWith(local)) inode = f[9];
    }
    if (inode) break;
  }
  if (!inode) return null;
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        try {
          if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return pid;
        } catch {
          // closed meanwhile
        }
      }
    } catch {
      // process gone
    }
  }
  return null;
}

let t: TestStore;
let target: Server;
let targetUrl: string;
let workerPids: number[] = [];
const owners = new WeakMap<Socket, number | null>();
const hitsByPid = new Map<number, number>();

beforeAll(async () => {
  t = await freshStore();
  target = createServer((req, res) => {
    let owner = owners.get(req.socket);
    if (owner === undefined) {
      owner = ownerOf(req.socket, workerPids);
      owners.set(req.socket, owner);
    }
    if (owner !== null) hitsByPid.set(owner, (hitsByPid.get(owner) ?? 0) + 1);
    req.resume();
    res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
  });
  target.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
});
afterAll(async () => {
  target.closeAllConnections();
  target.close();
  await t.drop();
});

describe("scaled out: monitors across worker processes", () => {
  it("two worker processes share the monitors and run each slot exactly once", async () => {
    const migrated = await runCli(["migrate"], t.env);
    expect(migrated.code, migrated.stderr).toBe(0);
    const api: ServerProcess = await startServerProcess(t.env, [], ["serve", "--role", "api"]);
    const processes: ServerProcess[] = [api];
    const ids: string[] = [];
    try {
      const token = (
        await runCli(["token", "create", "--name", "ops", "--role", "admin"], t.env)
      ).stdout.trim();
      const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      for (let i = 0; i < 30; i++) {
        const res = await fetch(`${api.url}/api/v1/monitors`, {
          method: "POST",
          headers: auth,
          body: JSON.stringify({
            name: `shard ${i}`,
            type: "http",
            url: `${targetUrl}/health?m=${i}`,
            interval_s: 5,
            retries: 0,
            // Held back until both workers run, so neither gets a head start.
            enabled: false,
          }),
        });
        expect(res.status).toBe(201);
        ids.push(((await res.json()) as { id: string }).id);
      }
      // Start both workers before the first slots come due, so they compete for every claim.
      const started = await Promise.allSettled([
        startServerProcess(t.env, [], ["serve", "--role", "worker"]),
        startServerProcess(t.env, [], ["serve", "--role", "worker"]),
      ]);
      for (const r of started) if (r.status === "fulfilled") processes.push(r.value);
      const [a, b] = started.map((r) => {
        if (r.status === "rejected") throw r.reason;
        return r.value;
      }) as [ServerProcess, ServerProcess];
      workerPids = [a.child.pid ?? -1, b.child.pid ?? -1];
      // Each monitor on its own spread slot, as in steady state.
      const slotsFrom = Date.now() + 1000;
      for (const id of ids) {
        const next = new Date(nextSlotMs(id, 5000, slotsFrom)).toISOString();
        await t.store.db
          .updateTable("monitors")
          .set({ next_run_at: next, enabled: 1 })
          .where("id", "=", id)
          .execute();
      }
      const waitUntil = slotsFrom + 5000 + 16_000;
      while (Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 250));
      // A graceful stop writes the checks still in flight and hands back the slots not started.
      await a.stop();
      await b.stop();

      const checks = await t.store.db
        .selectFrom("monitor_checks")
        .select(["monitor_id", "at", "lateness_ms", "ok"])
        .where("monitor_id", "in", ids)
        .execute();
      const perSlot = new Map<string, number>();
      for (const c of checks) {
        const k = `${c.monitor_id}:${Date.parse(c.at) - c.lateness_ms}`;
        perSlot.set(k, (perSlot.get(k) ?? 0) + 1);
      }
      expect([...perSlot.entries()].filter(([, n]) => n > 1)).toEqual([]);
      for (const id of ids) {
        const times = checks
          .filter((c) => c.monitor_id === id)
          .map((c) => Date.parse(c.at) - c.lateness_ms)
          .sort((x, y) => x - y);
        // Over 16 s of 5-second slots, every monitor ran three or four times, one interval apart.
        expect(times.length).toBeGreaterThanOrEqual(3);
        for (let i = 1; i < times.length; i++)
          expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThan(4000);
      }
      expect(checks.every((c) => c.ok === 1)).toBe(true);
      // Both processes did part of the work, and every request the target saw is a stored check.
      // (Linux only: elsewhere there is no /proc to tell the processes' connections apart.)
      if (!existsSync("/proc/net/tcp")) return;
      const byPid = workerPids.map((p) => hitsByPid.get(p) ?? 0);
      expect(
        byPid.every((n) => n > 0),
        `checks per worker: ${byPid.join(", ")}`,
      ).toBe(true);
      expect((byPid[0] ?? 0) + (byPid[1] ?? 0)).toBe(checks.length);
    } finally {
      for (const p of processes) await p.stop().catch(() => undefined);
    }
    // Three server processes and two CLI runs start from source (each may take up to 120 s to come up on
    // a loaded machine: startServerProcess's own limit) around 22 s of slots: 49 s on a quiet machine,
    // over 120 s with both stores' suites at once.
  }, 300_000);
});
