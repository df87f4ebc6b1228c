import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type ServerProcess, startServerProcess } from "../src/testing/process.js";
import { freshStore, type TestStore } from "../src/testing/store.js";
import { waitFor } from "../src/testing/wait.js";

let t: TestStore;
let receiver: Server;
let hookUrl: string;
const ids: string[] = [];

beforeAll(async () => {
  t = await freshStore();
  await t.store.close();
  receiver = createServer((req, res) => {
    ids.push(String(req.headers["webhook-id"]));
    req.resume();
    res.end();
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  receiver.close();
  await t.drop();
});

describe("scaled out: serve --role api and --role worker on one store", () => {
  it("the API takes the write, a worker process delivers the job, once", async () => {
    const migrated = await runCli(["migrate"], t.env);
    expect(migrated.code, migrated.stderr).toBe(0);
    const api: ServerProcess = await startServerProcess(t.env, [], ["serve", "--role", "api"]);
    const processes: ServerProcess[] = [api];
    try {
      const token = (
        await runCli(["token", "create", "--name", "ops", "--role", "admin"], t.env)
      ).stdout.trim();
      const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const endpoint = await fetch(`${api.url}/api/v1/webhooks`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ url: hookUrl, events: ["crisis.opened"] }),
      });
      const { id } = (await endpoint.json()) as { id: string };
      const ping = await fetch(`${api.url}/api/v1/webhooks/${id}/test`, {
        method: "POST",
        headers: auth,
        body: "{}",
      });
      expect(ping.status).toBe(202);
      const { message_id } = (await ping.json()) as { message_id: string };

      // The API process runs no jobs. Absence can only be seen over a while: several of its poll periods.
      await new Promise((r) => setTimeout(r, 1500));
      expect(ids).toEqual([]);

      // Two workers share the queue; the message arrives exactly once.
      processes.push(await startServerProcess(t.env, [], ["serve", "--role", "worker"]));
      processes.push(await startServerProcess(t.env, [], ["serve", "--role", "worker"]));
      await waitFor(() => ids.length > 0, { timeoutMs: 20_000, what: "the delivery" });
      // The job is finished only once its attempt is logged; a second claim would have delivered by then.
      const log = await waitFor(
        async () => {
          const res = await fetch(`${api.url}/api/v1/webhooks/${id}/deliveries`, { headers: auth });
          const { items } = (await res.json()) as { items: { ok: boolean }[] };
          return items.length > 0 && items;
        },
        { what: "the delivery log" },
      );
      expect(log).toHaveLength(1);
      expect(ids).toEqual([message_id]);
    } finally {
      for (const p of processes) await p.stop();
    }
    // Three server processes and two CLI runs start from source, each allowed 120 s to come up on a
    // loaded machine (startServerProcess): more than the suite's default limit.
  }, 300_000);
});
