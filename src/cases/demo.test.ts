import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { demoCases } from "./demo.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

describe("demo shop", () => {
  it("fills an inbox in several languages with a remedy waiting for approval", async () => {
    await demoCases(h.ctx, h.workspaceId);
    const res = await h.app.inject({ method: "GET", url: "/api/v1/cases", headers: h.auth() });
    const items = res.json().items as { language: string; status: string; remedies: { status: string }[] }[];
    expect(items.map((c) => c.language).sort()).toEqual(["de", "en", "it", "pl"]);
    expect(items.some((c) => c.status === "waiting")).toBe(true);
    expect(items.flatMap((c) => c.remedies).map((r) => r.status)).toEqual(
      expect.arrayContaining(["given", "awaiting_approval"]),
    );
    const policy = (
      await h.app.inject({ method: "GET", url: "/api/v1/cases/policy", headers: h.auth() })
    ).json();
    expect(policy.rules).toHaveLength(1);
  });
});
