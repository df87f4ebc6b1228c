import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

describe("the status page's component routes in the OpenAPI document", () => {
  it("declares each with an operationId, a request schema and its success answer", async () => {
    const doc = (await h.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    type Op = { operationId: string; requestBody?: unknown; responses: Record<string, unknown> };
    const path = (p: string) =>
      doc.paths[p] as Partial<Record<"get" | "post" | "put" | "patch" | "delete", Op>>;
    const list = path("/api/v1/status/components");
    expect(list.get?.operationId).toBe("getStatusComponents");
    expect(Object.keys(list.get?.responses ?? {})).toContain("200");
    expect(list.post?.operationId).toBe("postStatusComponents");
    expect(list.post?.requestBody).toBeDefined();
    expect(Object.keys(list.post?.responses ?? {})).toContain("201");
    const one = path("/api/v1/status/components/{id}");
    expect(Object.keys(one).sort()).toEqual(["delete", "patch", "put"]);
    expect(path("/api/v1/status/components/order").put?.requestBody).toBeDefined();
    expect(path("/api/v1/status/incidents/{id}/suggested-texts").get?.operationId).toBe(
      "getStatusIncidentsByIdSuggestedTexts",
    );
  });
});
