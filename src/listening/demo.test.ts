import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { listeningModule } from "./module.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe("demo mentions", () => {
  it("fill the mentions list in six languages through the service, once", async () => {
    await listeningModule.demo?.(h.ctx, h.workspaceId);
    const res = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions?limit=200",
      headers: h.auth("viewer"),
    });
    const items = res.json().items as {
      language: string;
      duplicate_of: string | null;
      copies: number;
      url: string;
    }[];
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((m) => m.language))).toEqual(new Set(["pl", "en", "de", "fr", "it", "es"]));
    // The carrier warning was reposted twice: one original with two copies.
    expect(items.filter((m) => m.duplicate_of !== null)).toHaveLength(2);
    expect(items.some((m) => m.copies === 2)).toBe(true);
    expect(items.every((m) => new URL(m.url).hostname.endsWith(".example"))).toBe(true);

    await listeningModule.demo?.(h.ctx, h.workspaceId);
    const again = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions?limit=200",
      headers: h.auth("viewer"),
    });
    expect(again.json().items).toHaveLength(items.length);
  });
});
