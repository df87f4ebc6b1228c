import { CONFIG_SCHEMAS } from "../schema.js";
import type { MonitorsTable } from "../tables.js";
import { checkHttp } from "./http.js";
import { checkDns, checkTcp, checkTls } from "./net.js";
import { checkProvider } from "./provider.js";
import { type CheckResult, fail, failWith, pass } from "./types.js";

export type { CheckResult } from "./types.js";

/** The monitor as a checker needs it (a row with its config parsed). */
export type CheckTarget = Pick<
  MonitorsTable,
  "id" | "type" | "interval_s" | "timeout_ms" | "last_beat_at" | "created_at"
> & { config: unknown };

/**
 * Runs one check of any type. Never throws: a failure is a result. `now` is the app clock in ms:
 * heartbeats, certificate expiry and feed ages are measured against it.
 */
export async function runCheck(m: CheckTarget, now: number): Promise<CheckResult> {
  try {
    switch (m.type) {
      case "http":
        return await checkHttp(CONFIG_SCHEMAS.http.parse(m.config), m.timeout_ms);
      case "tcp":
        return await checkTcp(CONFIG_SCHEMAS.tcp.parse(m.config), m.timeout_ms);
      case "tls":
        return await checkTls(CONFIG_SCHEMAS.tls.parse(m.config), m.timeout_ms, now);
      case "dns":
        return await checkDns(CONFIG_SCHEMAS.dns.parse(m.config), m.timeout_ms);
      case "provider":
        return await checkProvider(CONFIG_SCHEMAS.provider.parse(m.config), m.timeout_ms, now);
      case "heartbeat": {
        const cfg = CONFIG_SCHEMAS.heartbeat.parse(m.config);
        const since = Date.parse(m.last_beat_at ?? m.created_at);
        const lateBy = now - since - (m.interval_s + cfg.grace_s) * 1000;
        if (lateBy > 0) {
          return fail({ code: "no_beat", since: m.last_beat_at });
        }
        return pass(null);
      }
    }
  } catch (err) {
    return failWith(err instanceof Error ? err.message : String(err));
  }
}
