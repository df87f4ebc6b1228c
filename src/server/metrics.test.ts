import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 60_000);
afterAll(async () => h.close());

interface Family {
  name: string;
  type?: string;
  help?: string;
  samples: { name: string; labels: string; value: number }[];
}

/** The text exposition format (version 0.0.4), as Prometheus reads it. */
function parseExposition(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const family = (name: string) => {
    let f = families.get(name);
    if (!f) {
      f = { name, samples: [] };
      families.set(name, f);
    }
    return f;
  };
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      const f = family(meta[2] as string);
      if (meta[1] === "HELP") f.help = meta[3] ?? "";
      else f.type = meta[3] ?? "";
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)( \d+)?$/.exec(line);
    if (!sample) throw new Error(`not a sample line: ${line}`);
    const name = sample[1] as string;
    const base = [...families.keys()].find(
      (k) =>
        name === k || (/_(bucket|sum|count)$/.test(name) && name.replace(/_(bucket|sum|count)$/, "") === k),
    );
    if (!base) throw new Error(`sample ${name} before its TYPE`);
    family(base).samples.push({ name, labels: sample[2] ?? "", value: Number(sample[3]) });
  }
  return families;
}

/** The checks of `promtool check metrics` (promlint) that apply to what we expose. */
function promlint(families: Map<string, Family>): string[] {
  const problems: string[] = [];
  for (const f of families.values()) {
    if (!f.help) problems.push(`${f.name}: no HELP`);
    if (!f.type) problems.push(`${f.name}: no TYPE`);
    if (!/^[a-z_:][a-z0-9_:]*$/.test(f.name)) problems.push(`${f.name}: not snake_case`);
    if (f.type === "counter" && !f.name.endsWith("_total"))
      problems.push(`${f.name}: counter without _total`);
    if (f.type !== "counter" && f.name.endsWith("_total"))
      problems.push(`${f.name}: non-counter with _total`);
    if (/_(ms|milliseconds|minutes|hours|bytes_total_total)$/.test(f.name))
      problems.push(`${f.name}: not a base unit`);
    const seen = new Set<string>();
    for (const s of f.samples) {
      const id = `${s.name}${s.labels}`;
      if (seen.has(id)) problems.push(`${f.name}: duplicate sample ${id}`);
      seen.add(id);
    }
  }
  return problems;
}

describe("/metrics", () => {
  it("passes promlint's rules and promtool check metrics", async () => {
    const mention = { source: "metrics-test", external_id: "m1", text: "Where is my parcel?" };
    const posted = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: { mentions: [mention, { ...mention, external_id: "m2" }] },
    });
    expect(posted.statusCode).toBe(202);
    const res = await h.app.inject({ method: "GET", url: "/metrics", headers: h.auth("viewer") });
    expect(res.statusCode).toBe(200);
    const families = parseExposition(res.body);
    expect(promlint(families)).toEqual([]);
    expect(families.has("firebreak_nodejs_active_handles_total")).toBe(false);
    expect(families.get("firebreak_nodejs_active_handles")?.type).toBe("gauge");

    // promtool itself (Debian's `prometheus` package, which .ci/run installs): CI must have it.
    const promtool = spawnSync("promtool", ["check", "metrics"], { input: res.body, encoding: "utf8" });
    if (process.env["FIREBREAK_REQUIRE_ALL"] === "1") expect(promtool.error).toBeUndefined();
    if (!promtool.error) {
      expect(`${promtool.stdout}${promtool.stderr}`.trim()).toBe("");
      expect(promtool.status).toBe(0);
    }
  });

  it("shows jobs, deliveries, detection, alerts, monitors and ingest", async () => {
    await h.ctx.jobs.enqueue("metrics.idle", {}, { key: "waiting", runAt: new Date(Date.now() - 60_000) });
    const families = parseExposition(
      (await h.app.inject({ method: "GET", url: "/metrics", headers: h.auth("viewer") })).body,
    );
    const value = (name: string, labels: string) =>
      families.get(name)?.samples.find((s) => s.labels.includes(labels))?.value;
    expect(value("firebreak_mentions_ingested_total", 'source="metrics-test"')).toBe(2);
    expect(value("firebreak_jobs_oldest_queued_age_seconds", 'queue="metrics.idle"')).toBeGreaterThanOrEqual(
      59,
    );
    for (const name of [
      "firebreak_mail_messages",
      "firebreak_detection_rounds",
      "firebreak_webhook_deliveries_last_hour",
      "firebreak_alerts",
      "firebreak_monitor_checks_last_5m",
      "firebreak_monitor_check_lateness_seconds",
      "firebreak_monitors_overdue",
      "firebreak_jobs",
    ])
      expect(families.get(name)?.type, name).toBe("gauge");
    expect(value("firebreak_mail_messages", 'outcome="failed"')).toBe(0);
    expect(value("firebreak_monitors_overdue", "")).toBe(0);
  });
});
