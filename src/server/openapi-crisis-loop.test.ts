import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

// The contract rows of issue 17 (CONTRACT.md), as the OpenAPI document describes them: a client generated
// from the document must be able to call each exactly as the contract says.
type Schema = {
  type?: string;
  enum?: string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
};
type Op = {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
  responses: Record<string, { content?: { "application/json": { schema: Schema } } }>;
};

let h: Harness;
let paths: Record<string, Record<string, Op>>;
beforeAll(async () => {
  h = await createHarness();
  const res = await h.app.inject({ method: "GET", url: "/api/openapi.json" });
  expect(res.statusCode).toBe(200);
  paths = res.json().paths;
}, 60_000);
afterAll(async () => h.close());

const op = (path: string, method: string): Op => {
  const o = paths[path]?.[method];
  if (!o) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  return o;
};
const body = (o: Op) => o.requestBody?.content["application/json"].schema ?? {};
const answer = (o: Op, code: string) => o.responses[code]?.content?.["application/json"].schema ?? {};
const keys = (s: Schema) => Object.keys(s.properties ?? {}).sort();

describe("issue 17's contract rows in the OpenAPI document", () => {
  it("GET and PATCH /api/v1/workspace carry the settings the contract names", () => {
    const settings = [
      "brand",
      "currency",
      "default_language",
      "languages",
      "name",
      "public_url",
      "time_zone",
    ];
    const read = answer(op("/api/v1/workspace", "get"), "200");
    expect(keys(read)).toEqual(settings);
    expect(read.required?.sort()).toEqual(settings);
    expect(keys(read.properties?.["brand"] ?? {})).toEqual(["color", "logo_url"]);
    expect(read.properties?.["languages"]?.items?.enum).toEqual(expect.arrayContaining(["pl", "en"]));
    const change = op("/api/v1/workspace", "patch");
    // Every setting may be changed alone: nothing in the body is required.
    expect(keys(body(change))).toEqual(settings);
    expect(body(change).required ?? []).toEqual([]);
    expect(keys(answer(change, "200"))).toEqual(settings);
  });

  it("POST /api/v1/alerts/{id}/crisis takes an optional crisis_id and answers the crisis, 200 or 201", () => {
    const o = op("/api/v1/alerts/{id}/crisis", "post");
    expect(body(o).properties?.["crisis_id"]?.type).toBe("string");
    expect(body(o).required ?? []).not.toContain("crisis_id");
    for (const code of ["200", "201"]) {
      const crisis = answer(o, code);
      expect(keys(crisis), code).toEqual(
        expect.arrayContaining(["id", "title", "type", "severity", "status", "tasks", "timeline", "links"]),
      );
      expect(crisis.properties?.["status"]?.enum).toContain("declined");
    }
  });

  it("PATCH /api/v1/crises/{id} knows declined with a reason, public: keep, and answers public_resolution", () => {
    const o = op("/api/v1/crises/{id}", "patch");
    const b = body(o);
    expect(b.properties?.["status"]?.enum).toEqual([
      "detected",
      "acknowledged",
      "mitigating",
      "monitoring",
      "resolved",
      "closed",
      "declined",
    ]);
    expect(keys(b)).toEqual(
      expect.arrayContaining(["status", "severity", "title", "summary", "reason", "public", "final_update"]),
    );
    expect(b.properties?.["public"]?.enum).toEqual(["resolve", "keep"]);
    expect(keys(answer(o, "200"))).toEqual(
      expect.arrayContaining(["public_resolution", "declined_at", "declined_reason", "resolved_at"]),
    );
  });

  it("the public status page, its Atom feed and the Statuspage v2 routes take ?lang=", () => {
    for (const path of [
      "/status",
      "/status/feed.atom",
      "/api/v2/summary.json",
      "/api/v2/status.json",
      "/api/v2/components.json",
      "/api/v2/incidents.json",
      "/api/v2/incidents/unresolved.json",
      "/api/v2/scheduled-maintenances.json",
    ]) {
      const lang = op(path, "get").parameters?.find((p) => p.in === "query" && p.name === "lang");
      expect(lang, path).toBeDefined();
      expect(lang?.required ?? false, path).toBe(false);
    }
  });
});

describe("the same rows answer as documented (this store)", () => {
  it("PATCH then GET /api/v1/workspace round-trips every setting", async () => {
    const patch = {
      name: "Sklep Ola",
      time_zone: "Europe/Warsaw",
      languages: ["pl", "en"],
      default_language: "pl",
      currency: "PLN",
      brand: { logo_url: "https://shop.example/logo.png", color: "#aa3300" },
      public_url: "https://status.shop.example",
    };
    const changed = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/workspace",
      headers: h.auth("admin"),
      payload: patch,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual(patch);
    const read = await h.app.inject({ method: "GET", url: "/api/v1/workspace", headers: h.auth("viewer") });
    expect(read.json()).toEqual(patch);
  });

  it("declining needs a reason and lands on the crisis record the document describes", async () => {
    const crisis = (
      await h.app.inject({
        method: "POST",
        url: "/api/v1/crises",
        headers: h.auth("responder"),
        payload: { title: "Payments, or not", type: "payment_failure", severity: "SEV3" },
      })
    ).json();
    const url = `/api/v1/crises/${crisis.id}`;
    const bare = await h.app.inject({
      method: "PATCH",
      url,
      headers: h.auth("responder"),
      payload: { status: "declined" },
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.field).toBe("reason");
    const res = await h.app.inject({
      method: "PATCH",
      url,
      headers: h.auth("responder"),
      payload: { status: "declined", reason: "A test order from the team" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "declined", declined_reason: "A test order from the team" });
    expect(res.json().declined_at).not.toBeNull();
  });
});
