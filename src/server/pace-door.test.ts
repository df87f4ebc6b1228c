import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Pacer } from "../core/pace.js";
import { createHarness, type Harness } from "../testing/harness.js";

/**
 * The listening server sends the status page's front-door answers through its pacer (core/pace.ts):
 * while ingest classifies they may wait, and nothing else does. This pacer never ticks, so only the
 * end of the "batch" lets held answers out, and its share lets only the first through on its own.
 */
const pace = new Pacer({ later: () => {}, share: 0, costFactor: 1e9 });
let h: Harness;
let base: string;
beforeAll(async () => {
  h = await createHarness({ pace, env: { FIREBREAK_PUBLIC_RATE_LIMIT: "1000" } });
  base = await h.app.listen({ port: 0, host: "127.0.0.1" });
  // Built once, so the front door (not the route) answers what follows.
  expect((await fetch(`${base}/status`)).status).toBe(200);
}, 60_000);
afterAll(async () => h.close());

describe("status answers paced behind ingest", () => {
  it("holds status visitors while a batch classifies, answers health checks meanwhile, then every visitor", async () => {
    pace.enter();
    let answered = 0;
    const visits = Array.from({ length: 4 }, () =>
      fetch(`${base}/status`).then(async (r) => {
        answered++;
        await r.text();
        return r.status;
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    // One goes out on the token a batch starts with; three wait for the batch.
    expect(answered).toBe(1);
    expect(pace.state.held).toBe(3);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const api = await fetch(`${base}/api/v1/alerts`, { headers: h.auth() });
    expect(api.status).toBe(200);
    pace.leave();
    expect(await Promise.all(visits)).toEqual([200, 200, 200, 200]);
    expect(pace.state.held).toBe(0);
  });
});
