import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { operationIdOf } from "./openapi.js";

const run = promisify(execFile);
const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);
// The tools must not reach the internet from a test run.
const quiet = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

type Op = { operationId?: string; security?: unknown[]; responses: Record<string, { $ref?: string }> };
let h: Harness;
let dir: string;
let doc: { paths: Record<string, Record<string, Op>> };

beforeAll(async () => {
  h = await createHarness();
  dir = mkdtempSync(join(tmpdir(), "fb-openapi-"));
  const res = await h.app.inject({ method: "GET", url: "/api/openapi.json" });
  expect(res.statusCode).toBe(200);
  doc = res.json();
  writeFileSync(join(dir, "openapi.json"), res.body);
}, 60_000);
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );

describe("the OpenAPI document", () => {
  it("is public and names every operation once", () => {
    const ids = operations().map((o) => o.op.operationId);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdOf("GET", "/api/v1/crises/:id/postmortem")).toBe("getCrisesByIdPostmortem");
    expect(operationIdOf("GET", "/status/:slug/api/v2/summary.json")).toBe("getStatusBySlugApiV2SummaryJson");
  });

  it("declares the error answers with the error shape, and the real success codes", () => {
    for (const { path, method, op } of operations()) {
      const codes = Object.keys(op.responses);
      expect(
        codes.some((c) => c.startsWith("4")),
        `${method} ${path}`,
      ).toBe(true);
      expect(op.responses["500"]?.$ref).toBe("#/components/responses/Error500");
    }
    const create = doc.paths["/api/v1/status/incidents"]?.["post"];
    expect(Object.keys(create?.responses ?? {}).filter((c) => c.startsWith("2"))).toEqual(["201"]);
    expect(create?.responses["401"]?.$ref).toBe("#/components/responses/Error401");
    const pub = doc.paths["/api/v2/summary.json"]?.["get"];
    expect(pub?.security).toEqual([]);
    expect(pub?.responses["401"]).toBeUndefined();
  });

  it("describes every JSON answer; only pages, feeds, streams and files answer something else", () => {
    const notJson = new Set([
      "get /status",
      "get /status/{slug}",
      "get /status/feed.atom",
      "get /status/{slug}/feed.atom",
      "get /status/confirm",
      "post /status/confirm",
      "get /status/unsubscribe",
      "post /status/unsubscribe",
      "get /status/messages/unsubscribe",
      "post /status/messages/unsubscribe",
      "get /api/v1/mentions/stream",
      "get /api/v1/alerts/stream",
      "get /api/v1/cases/stream",
      "get /api/v1/crises/{id}/stream",
      "get /api/v1/plan/export",
      "get /api/v1/discount-codes.csv",
    ]);
    const undescribed = operations()
      .filter(({ path, method }) => !notJson.has(`${method} ${path}`))
      .flatMap(({ path, method, op }) =>
        Object.entries(op.responses as Record<string, { content?: Record<string, { schema?: object }> }>)
          .filter(([code]) => code.startsWith("2") && code !== "204")
          .filter(([, r]) => Object.keys(r.content?.["application/json"]?.schema ?? {}).length === 0)
          .map(([code]) => `${method} ${path} ${code}`),
      );
    expect(undescribed).toEqual([]);
    // A subscription answers 202 (it waits for the confirmation link), and the document says so.
    const subscribe = doc.paths["/status/subscribe"]?.["post"];
    expect(Object.keys(subscribe?.responses ?? {}).filter((c) => c.startsWith("2"))).toEqual(["202"]);
  });

  it("passes redocly lint with the recommended rules", async () => {
    const { stdout } = await run(
      bin("redocly"),
      [
        "lint",
        join(dir, "openapi.json"),
        "--config",
        join(process.cwd(), "redocly.yaml"),
        "--format",
        "json",
      ],
      { env: quiet, maxBuffer: 64 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? "{}" }));
    const report = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number };
      problems: unknown[];
    };
    expect(report.problems.slice(0, 5)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);

  it("generates a client with openapi-typescript that compiles under tsc --strict", async () => {
    await run(bin("openapi-typescript"), [join(dir, "openapi.json"), "-o", join(dir, "api.d.ts")], {
      env: quiet,
    });
    writeFileSync(
      join(dir, "use.ts"),
      `import type { components, operations, paths } from "./api.js";
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Created = Json<paths["/api/v1/status/incidents"]["post"]["responses"][201]>;
type Failed = Json<operations["getCrisesById"]["responses"][404]>;
type Summary = Json<paths["/api/v2/summary.json"]["get"]["responses"][200]>;
export function describe(s: Summary, e: Failed): string {
  const worst = s.components.find((c) => c.status !== "operational");
  return \`\${s.status.indicator} \${worst?.name ?? ""} \${e.error.code}: \${e.error.message} \${e.error.field ?? ""}\`;
}
const err: components["schemas"]["Error"] = { error: { code: "invalid", message: "no title", field: "title" } };
// @ts-expect-error: the generated types know the indicator's closed set
const wrong: Summary["status"]["indicator"] = "purple";
export const used: [Created | undefined, typeof err, typeof wrong] = [undefined, err, wrong];
`,
    );
    const tsc = await run(
      bin("tsc"),
      [
        "--strict",
        "--noEmit",
        "--module",
        "nodenext",
        "--target",
        "es2022",
        "--skipLibCheck",
        join(dir, "use.ts"),
      ],
      { env: quiet },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? "failed" }));
    expect(tsc.stdout).toBe("");
  }, 120_000);
});
