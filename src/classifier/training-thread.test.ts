import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { trainingThreads } from "./ops/learn-thread.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ listen: true });
});
afterAll(async () => h.close());

// Enough varied rated reviews that a training takes a while: words drawn from a seeded generator.
function reviews(n: number) {
  const good = ["great", "lovely", "fast", "zingly", "perfect", "solid"];
  const bad = ["broken", "late", "glorpy", "rude", "missing", "cracked"];
  const filler = ["parcel", "jacket", "lamp", "mug", "kettle", "order", "box", "colour", "size", "strap"];
  let seed = 42;
  const pick = <T>(a: T[]) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return a[seed % a.length] as T;
  };
  return Array.from({ length: n }, (_, i) => {
    const stars = (i % 5) + 1;
    const words = stars <= 2 ? bad : stars >= 4 ? good : filler;
    const text = `${pick(filler)} ${pick(words)} ${pick(filler)} ${pick(words)} ${pick(filler)} ${i}`;
    return { source: "reviews", external_id: `t-${i}`, text, language: "en", rating: stars };
  });
}

describe("training off the event loop", () => {
  it("answers /healthz while a training's thread is working, then answers the training", async () => {
    const rows = reviews(2000);
    for (let i = 0; i < rows.length; i += 1000) {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/v1/mentions",
        headers: h.auth("admin"),
        payload: { mentions: rows.slice(i, i + 1000) },
      });
      expect(res.statusCode).toBe(202);
    }
    const base = h.ctx.config.publicUrl;
    const training = fetch(`${base}/api/v1/classifier/train`, { method: "POST", headers: h.auth("admin") });
    let done = false;
    void training.then(() => {
      done = true;
    });
    await vi.waitFor(() => expect(trainingThreads()).toBe(1), { timeout: 30_000, interval: 20 });
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    // The health check was answered while the training still ran in its thread.
    expect(trainingThreads()).toBe(1);
    expect(done).toBe(false);
    const res = await training;
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      version: string;
      labels: number;
      languages: Record<string, unknown>;
    };
    expect(body).toMatchObject({ version: "learned-1", labels: 2000 });
    expect(body.languages["en"]).toMatchObject({ labels: 2000, active: true });
    expect(trainingThreads()).toBe(0);
  });
});
