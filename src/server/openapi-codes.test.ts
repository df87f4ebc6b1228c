import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

/**
 * The document's success codes are the ones the handlers answer: every 2xx a handler writes in
 * `reply.status(…)`/`reply.code(…)` (a ternary's too) is declared, and a handler that never sets one
 * (so answers 200) declares 200. Read from each route's handler as the OpenAPI transform sees it.
 */
const routes: { method: string; url: string; handler: string }[] = [];
vi.mock("./openapi.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("./openapi.js")>();
  const openapiTransform: typeof real.openapiTransform = (input) => {
    const route = input.route as { method: string | string[]; handler?: unknown };
    const out = real.openapiTransform(input);
    routes.push({ method: [route.method].flat()[0] ?? "GET", url: out.url, handler: String(route.handler) });
    return out;
  };
  return { ...real, openapiTransform };
});

let h: Harness;
let paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
beforeAll(async () => {
  h = await createHarness();
  paths = (await h.app.inject({ method: "GET", url: "/api/openapi.json" })).json().paths;
}, 60_000);
afterAll(async () => h.close());

const CALL = /\.(?:status|code)\(([^)]*)\)/g;
/** A handler that never touches its reply answers 200 (one that passes it on is left to its own tests). */
const answers200 = (src: string, calls: string[]) => calls.length === 0 && !/\breply\b/.test(src);

function problemsOf(handler: string, declared: string[]): string[] {
  const calls = [...handler.matchAll(CALL)].map((m) => m[1] ?? "");
  const written = calls.flatMap((a) => [...a.matchAll(/\b(2\d\d)\b/g)].map((m) => m[1] as string));
  const out = written.filter((code) => !declared.includes(code)).map((code) => `answers ${code}`);
  if (answers200(handler, calls) && !declared.includes("200")) out.push("answers 200");
  return out;
}

describe("success codes in the OpenAPI document", () => {
  it("the check sees a code the document leaves out", () => {
    expect(problemsOf("async (req, reply) => reply.status(201).send(x)", ["200"])).toEqual(["answers 201"]);
    expect(problemsOf("async (req, reply) => reply.status(r.created ? 201 : 200).send(x)", ["200"])).toEqual([
      "answers 201",
    ]);
    expect(problemsOf("async (req) => svc.get(req.params.id)", ["201"])).toEqual(["answers 200"]);
    expect(problemsOf("async (req, reply) => reply.code(204).send()", ["204"])).toEqual([]);
  });

  it("declare what each handler answers", () => {
    const wrong: string[] = [];
    for (const r of routes) {
      const path = r.url.replace(/:(\w+)/g, "{$1}");
      const op = paths[path]?.[r.method.toLowerCase()];
      if (!op) continue; // hidden from the document (the document itself, the dashboard's files)
      const declared = Object.keys(op.responses).filter((c) => c.startsWith("2"));
      for (const p of problemsOf(r.handler, declared))
        wrong.push(`${r.method} ${path}: ${p}, declares ${declared}`);
    }
    expect(routes.length).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
  });
});
