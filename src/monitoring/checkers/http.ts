import { request } from "undici";
import { outboundAgent } from "../../core/outbound.js";
import type { HttpConfig } from "../schema.js";
import { type CheckResult, errorText, fail, failWith, pass } from "./types.js";

/** Bodies beyond this are not read: a keyword or JSON value has to be near the start of a health page. */
const MAX_BODY = 1024 * 1024;

/**
 * One connection pool for all checks. No per-origin connection cap, so a slow target only holds its own
 * connections and never queues another target's checks behind it.
 */
export const checkAgent = outboundAgent({ keepAliveTimeout: 10_000, connectTimeoutMs: 10_000 });

export function valueAtPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const part of path
    .replace(/^\$\.?/, "")
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const asText = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

async function readBody(body: AsyncIterable<Buffer | Uint8Array>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buf = Buffer.from(chunk);
    chunks.push(buf);
    size += buf.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8");
}

export async function checkHttp(cfg: HttpConfig, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  const needBody = cfg.keyword !== null || cfg.json_path !== null;
  try {
    const res = await request(cfg.url, {
      dispatcher: checkAgent,
      method: cfg.method,
      headers: { "user-agent": "Firebreak-Monitor/1", ...cfg.headers },
      ...(cfg.body !== null && cfg.method !== "GET" && cfg.method !== "HEAD" ? { body: cfg.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    let text = "";
    if (needBody) text = await readBody(res.body, MAX_BODY);
    else await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    const latency = Math.round((performance.now() - started) * 10) / 10;

    const expected = cfg.expected_status;
    const statusOk =
      expected.length > 0 ? expected.includes(res.statusCode) : res.statusCode >= 200 && res.statusCode < 400;
    if (!statusOk) return fail({ code: "http_status", status: res.statusCode }, latency);
    if (cfg.keyword !== null) {
      const found = text.includes(cfg.keyword);
      if (found && cfg.keyword_absent)
        return fail({ code: "keyword_present", keyword: cfg.keyword }, latency);
      if (!found && !cfg.keyword_absent)
        return fail({ code: "keyword_missing", keyword: cfg.keyword }, latency);
    }
    if (cfg.json_path !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return fail({ code: "not_json" }, latency);
      }
      const got = valueAtPath(parsed, cfg.json_path);
      if (got === undefined) return fail({ code: "json_missing", path: cfg.json_path }, latency);
      if (cfg.json_expected !== null && asText(got) !== cfg.json_expected) {
        const value = { path: cfg.json_path, got: asText(got).slice(0, 100), expected: cfg.json_expected };
        return fail({ code: "json_value", ...value }, latency);
      }
    }
    if (cfg.max_latency_ms !== null && latency > cfg.max_latency_ms) {
      return fail({ code: "slow", ms: Math.round(latency), max: cfg.max_latency_ms }, latency);
    }
    return pass(latency);
  } catch (err) {
    return failWith(errorText(err), null);
  }
}
