import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webRoot } from "../../src/server/static.js";
import { createHarness, type Harness } from "../../src/testing/harness.js";
import { hasBrowser } from "./browser.js";

// The build exists wherever the browser tests run (npm test builds it first).
describe.runIf(hasBrowser)("dashboard assets: compressed and cached", () => {
  let h: Harness;
  const root = webRoot();
  const main = readdirSync(join(root, "assets")).find((f) => /^index-.*\.js$/.test(f)) ?? "";
  const original = () => readFileSync(join(root, "assets", main));
  beforeAll(async () => {
    h = await createHarness({ dashboard: true });
  });
  afterAll(async () => h.close());

  const get = (url: string, encoding?: string) =>
    h.app.inject({ method: "GET", url, headers: encoding ? { "accept-encoding": encoding } : {} });

  it("sends hashed assets brotli- or gzip-compressed, byte for byte the file, cached for a year", async () => {
    expect(main).not.toBe("");
    const br = await get(`/assets/${main}`, "gzip, deflate, br");
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(String(br.headers["content-type"])).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).equals(original())).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(original().length / 3);

    const gz = await get(`/assets/${main}`, "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).equals(original())).toBe(true);

    const plain = await get(`/assets/${main}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.equals(original())).toBe(true);
  });

  it("index.html is never cached, so a new build is picked up at once; client routes answer it", async () => {
    const res = await get("/mentions?q=platnosc", "br");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.body.length === 0 ? "" : "html").toBe("html");
  });

  it("the API is left alone: JSON and event streams are not compressed by the dashboard's scope", async () => {
    const res = await h.app.inject({
      method: "GET",
      url: "/api/v1/overview",
      headers: { ...h.auth(), "accept-encoding": "br" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
  });
});
