import { createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { type Cluster, clusterUnavailable, startCluster } from "../testing/pgcluster.js";
import { runCli } from "../testing/process.js";
import { isStoreUnavailable } from "./faults.js";

describe("a DATABASE_URL that accepts connections but never answers", () => {
  it("stops with a clear one-line reason instead of hanging", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const res = await runCli(["migrate"], {
        DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/firebreak`,
        FIREBREAK_DB_CONNECT_TIMEOUT_MS: "2000",
      });
      expect(res.code).not.toBe(0);
      expect(res.stderr.trim().split("\n")).toHaveLength(1);
      expect(res.stderr).toMatch(
        new RegExp(`the database at 127\\.0\\.0\\.1:${port}/firebreak did not answer within 2 s`),
      );
      expect(res.stderr).not.toContain("secret");
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("tells store outages from request errors", () => {
    expect(
      isStoreUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isStoreUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(
      true,
    );
    expect(isStoreUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isStoreUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });
});

const skip = clusterUnavailable();
describe.runIf(!skip)(`PostgreSQL going away under a running app${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let cluster: Cluster;
  let h: Harness;
  const saved = process.env["DATABASE_URL"];
  beforeAll(async () => {
    cluster = await startCluster();
    process.env["DATABASE_URL"] = cluster.url;
    process.env["FIREBREAK_DB_CONNECT_TIMEOUT_MS"] = "2000";
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
    cluster?.destroy();
    if (saved === undefined) delete process.env["DATABASE_URL"];
    else process.env["DATABASE_URL"] = saved;
  });

  const post = (id: string) =>
    h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: {
        mentions: [{ source: "api", external_id: id, text: `parcel ${id} never arrived, third week now` }],
      },
    });

  it("answers 503 with a reason while it is down, and resumes with nothing lost", async () => {
    expect((await post("before")).statusCode).toBe(202);
    cluster.stop();

    const list = await h.app.inject({ method: "GET", url: "/api/v1/mentions", headers: h.auth() });
    expect(list.statusCode).toBe(503);
    expect(list.json().error.code).toBe("unavailable");
    expect(list.headers["retry-after"]).toBe("5");
    const write = await post("during");
    expect(write.statusCode).toBe(503);
    const ready = await h.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().error.message).toMatch(/^the store does not answer: \S+/);
    expect((await h.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);

    cluster.start();
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await h.app.inject({ method: "GET", url: "/readyz" })).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect((await post("after")).statusCode).toBe(202);
    await h.ctx.jobs.drain();
    const ids = (await h.app.inject({ method: "GET", url: "/api/v1/mentions?limit=10", headers: h.auth() }))
      .json()
      .items.map((m: { external_id: string }) => m.external_id)
      .sort();
    expect(ids).toEqual(["after", "before"]);
  });
});
