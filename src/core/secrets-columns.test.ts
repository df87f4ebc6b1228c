import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealLegacySecrets } from "../db/migrations/0140_seal_more_secrets.js";
import { sealMonitorHeaders } from "../db/migrations/0142_seal_monitor_headers.js";
import { redactSlackUrls } from "../db/migrations/0143_redact_slack_urls.js";
import { resealAll, SECRET_COLUMNS } from "../db/seal.js";
import { hmacBase64 } from "../detection/shop-events/signature.js";
import { openConfig } from "../monitoring/config-secrets.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { startReceiver } from "../testing/receiver.js";
import { installKeyring, isSealed, loadKeyring, openSecret, redactSecretUrl, sealSecret } from "./secrets.js";

/** Secrets of other domains sealed at rest (migration 0140): shop, alert channels, case webhooks, link tokens. */
let h: Harness;
let slug: string;
beforeAll(async () => {
  h = await createHarness();
  slug = (await h.ctx.services.accounts.workspace(h.workspaceId)).slug;
});
afterAll(() => h.close());

const whsec = () => `whsec_${randomBytes(24).toString("base64")}`;
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const db = () => h.ctx.db;
const SLACK = "https://hooks.slack.com/services/T000/B000/s3cr3tslackpath";
const SHOP_SECRET = "shpss_the-shop-app-secret";
const REPLY_SECRET = whsec();
const CHANNEL_SECRET = whsec();

async function shopify(secret: string) {
  const body = JSON.stringify({ id: 1, name: "#1001" });
  return h.app.inject({
    method: "POST",
    url: `/api/v1/inbound/shopify/${slug}`,
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": "app/uninstalled",
      "x-shopify-hmac-sha256": hmacBase64(secret, body),
    },
    payload: body,
  });
}

const ruleRow = async () =>
  db().selectFrom("alert_rules").select(["id", "channels"]).executeTakeFirstOrThrow();
const policyRow = async () =>
  db()
    .selectFrom("case_settings")
    .select("policy")
    .where("workspace_id", "=", h.workspaceId)
    .executeTakeFirstOrThrow();

describe("secrets of other domains at rest", () => {
  it("are sealed when saved, never the plain text in the row, and everything still works", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/v1/shop-integrations/shopify",
      headers: h.auth(),
      payload: { secret: SHOP_SECRET },
    });
    expect(put.statusCode).toBeLessThan(300);
    const shop = await db().selectFrom("shop_integrations").select("secret").executeTakeFirstOrThrow();
    expect(isSealed(shop.secret)).toBe(true);
    expect(shop.secret).not.toContain("the-shop-app-secret");
    expect((await shopify(SHOP_SECRET)).statusCode).toBe(200);
    expect((await shopify("a wrong secret")).statusCode).toBe(401);

    const rule = await h.app.inject({
      method: "POST",
      url: "/api/v1/alert-rules",
      headers: h.auth(),
      payload: {
        name: "sealed channels",
        channels: [
          { type: "webhook", url: "https://hooks.example.org/alerts", secret: CHANNEL_SECRET },
          { type: "slack", url: SLACK },
        ],
      },
    });
    expect(rule.statusCode).toBe(201);
    const stored = await ruleRow();
    expect(stored.channels).not.toContain("s3cr3tslackpath");
    expect(stored.channels).not.toContain(CHANNEL_SECRET.slice(6));
    expect(stored.channels).toContain("https://hooks.example.org/alerts");
    const listed = (await h.app.inject({ url: "/api/v1/alert-rules", headers: h.auth() })).json();
    expect(listed.items[0].channels).toEqual([
      { type: "webhook", url: "https://hooks.example.org/alerts", secret: CHANNEL_SECRET },
      { type: "slack", url: SLACK },
    ]);

    const policy = await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth(),
      payload: { reply_webhook: { url: "https://replies.example.org/hook", secret: REPLY_SECRET } },
    });
    expect(policy.statusCode).toBe(200);
    const p = await policyRow();
    expect(p.policy).not.toContain(REPLY_SECRET.slice(6));
    expect(JSON.parse(p.policy).reply_webhook.secret).toMatch(/^fbenc:v1:/);
    // Saved back with the mask, the stored secret is kept (and still sealed).
    const again = await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth(),
      payload: { reply_webhook: policy.json().reply_webhook },
    });
    expect(again.statusCode).toBe(200);
    expect(openSecret(JSON.parse((await policyRow()).policy).reply_webhook.secret)).toBe(REPLY_SECRET);
  });

  it("link tokens are stored as a hash to find and a sealed copy to send, and the links work", async () => {
    await h.ctx.services.statuspage.subscribe(h.workspaceId, "reader@example.org", "en");
    const sub = await db()
      .selectFrom("status_subscribers")
      .select(["token", "token_hash"])
      .where("email", "=", "reader@example.org")
      .executeTakeFirstOrThrow();
    expect(isSealed(sub.token)).toBe(true);
    const plain = openSecret(sub.token);
    expect(sub.token_hash).toBe(sha(plain));
    expect(await h.ctx.services.statuspage.confirm(plain)).toBe(true);
    expect(await h.ctx.services.statuspage.confirm(sub.token_hash)).toBe(false);

    await h.ctx.services.comms.contacts.upsert(h.workspaceId, { email: "buyer@example.org" }, "manual");
    const c = await db()
      .selectFrom("comms_contacts")
      .select(["token", "token_hash"])
      .where("email", "=", "buyer@example.org")
      .executeTakeFirstOrThrow();
    expect(isSealed(c.token)).toBe(true);
    expect(c.token_hash).toBe(sha(openSecret(c.token)));
    const unsub = await h.app.inject({
      method: "POST",
      url: `/status/messages/unsubscribe?token=${openSecret(c.token)}`,
    });
    expect(unsub.statusCode).toBe(200);
  });

  it("HTTP monitor headers are sealed, read back whole, and sealed by migration 0142 when stored in clear", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/monitors",
      headers: h.auth(),
      payload: {
        type: "http",
        name: "api",
        url: "https://api.shop.invalid/health",
        headers: { authorization: "Bearer s3cr3t-monitor-token" },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const stored = async () =>
      (await db().selectFrom("monitors").select("config").where("id", "=", id).executeTakeFirstOrThrow())
        .config;
    expect(await stored()).not.toContain("s3cr3t-monitor-token");
    expect(openConfig(await stored())["headers"]).toEqual({ authorization: "Bearer s3cr3t-monitor-token" });
    const read = await h.app.inject({ url: `/api/v1/monitors/${id}`, headers: h.auth() });
    expect(read.json().headers).toEqual({ authorization: "Bearer s3cr3t-monitor-token" });
    const patched = await h.app.inject({
      method: "PATCH",
      url: `/api/v1/monitors/${id}`,
      headers: h.auth(),
      payload: { method: "HEAD" },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await stored()).not.toContain("s3cr3t-monitor-token");
    expect(patched.json().headers).toEqual({ authorization: "Bearer s3cr3t-monitor-token" });

    await db()
      .updateTable("monitors")
      .set({ config: JSON.stringify(openConfig(await stored())) })
      .where("id", "=", id)
      .execute();
    expect(await stored()).toContain("s3cr3t-monitor-token");
    await sealMonitorHeaders.up(db(), h.ctx.store.dialect);
    expect(await stored()).not.toContain("s3cr3t-monitor-token");
    expect(openConfig(await stored())["headers"]).toEqual({ authorization: "Bearer s3cr3t-monitor-token" });
  });

  it("a Slack URL is sealed in its queued job, named by origin and hash in the logs, and still posted to", async () => {
    const receiver = await startReceiver();
    try {
      const slack = receiver.url("/services/T000/B000/s3cr3tslackpath");
      await h.ctx.services.webhooks.deliver(
        h.workspaceId,
        { url: slack, secret: null, channel: "slack" },
        "alert.opened",
        null,
        { key: "slack-seal-test", rawBody: { text: "hello" } },
      );
      const jobs = await db().selectFrom("jobs").select(["key", "payload"]).execute();
      expect(JSON.stringify(jobs)).not.toContain("s3cr3tslackpath");
      await h.ctx.jobs.drain();
      expect(receiver.received.some((r) => r.path === "/services/T000/B000/s3cr3tslackpath")).toBe(true);
      const log = await db()
        .selectFrom("webhook_deliveries")
        .select("url")
        .where("channel", "=", "slack")
        .execute();
      expect(log.length).toBeGreaterThan(0);
      expect(JSON.stringify(log)).not.toContain("s3cr3tslackpath");
      expect(log[0]?.url).toBe(redactSecretUrl(slack));

      // A log line and a notification written by an earlier version are redacted by migration 0143.
      await db()
        .updateTable("webhook_deliveries")
        .set({ url: slack })
        .where("channel", "=", "slack")
        .execute();
      await redactSlackUrls.up(db(), h.ctx.store.dialect);
      const after = await db()
        .selectFrom("webhook_deliveries")
        .select("url")
        .where("channel", "=", "slack")
        .execute();
      expect(JSON.stringify(after)).not.toContain("s3cr3tslackpath");
    } finally {
      await receiver.close();
    }
  });

  it("migration 0140 seals what an earlier version stored in clear, and it keeps working", async () => {
    // Put every row back the way an earlier version wrote it.
    await db().updateTable("shop_integrations").set({ secret: SHOP_SECRET }).execute();
    const rule = await ruleRow();
    await db()
      .updateTable("alert_rules")
      .set({
        channels: JSON.stringify([
          { type: "webhook", url: "https://hooks.example.org/alerts", secret: CHANNEL_SECRET },
          { type: "slack", url: SLACK },
        ]),
      })
      .where("id", "=", rule.id)
      .execute();
    const clearPolicy = JSON.parse((await policyRow()).policy);
    clearPolicy.reply_webhook.secret = REPLY_SECRET;
    await db()
      .updateTable("case_settings")
      .set({ policy: JSON.stringify(clearPolicy) })
      .execute();
    await db()
      .updateTable("status_subscribers")
      .set({ token: "legacy-subscriber-token", token_hash: null as unknown as string })
      .where("email", "=", "reader@example.org")
      .execute();

    await sealLegacySecrets(
      db(),
      new Set(["shop_integrations", "alert_rules", "case_settings", "status_subscribers", "comms_contacts"]),
    );

    const shop = await db().selectFrom("shop_integrations").select("secret").executeTakeFirstOrThrow();
    expect(isSealed(shop.secret)).toBe(true);
    expect((await shopify(SHOP_SECRET)).statusCode).toBe(200);
    const channels = (await ruleRow()).channels;
    expect(channels).not.toContain("s3cr3tslackpath");
    expect(channels).not.toContain(CHANNEL_SECRET.slice(6));
    const listed = (await h.app.inject({ url: "/api/v1/alert-rules", headers: h.auth() })).json();
    expect(listed.items[0].channels[1]).toEqual({ type: "slack", url: SLACK });
    expect((await policyRow()).policy).not.toContain(REPLY_SECRET.slice(6));
    const sub = await db()
      .selectFrom("status_subscribers")
      .select(["token", "token_hash"])
      .where("email", "=", "reader@example.org")
      .executeTakeFirstOrThrow();
    expect(isSealed(sub.token)).toBe(true);
    expect(sub.token_hash).toBe(sha("legacy-subscriber-token"));
    expect(await h.ctx.services.statuspage.unsubscribe("legacy-subscriber-token")).toBe(true);
  });

  it("`secrets reseal` moves every one of them to a new key", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fb-reseal-"));
    const oldKey = loadKeyring(h.ctx.config.dataDir);
    // A paging tool's page keeps the key it was sent with (for its acknowledgement and resolution).
    const pagingKey = "R0ut1ngKeyR0ut1ngKeyR0ut1ngKey12";
    const alertId = await h.ctx.services.alerts.raise(h.workspaceId, {
      kind: "monitor_down",
      key: "monitor:reseal",
      open: true,
      title: "Reseal test",
      source: { type: "monitor", id: "reseal" },
    });
    await db()
      .insertInto("alert_notifications")
      .values({
        id: "reseal-page",
        workspace_id: h.workspaceId,
        alert_id: String(alertId),
        rule_id: "reseal-rule",
        reason: "opened",
        step: 0,
        channel: "pagerduty",
        target: "https://events.pagerduty.com/v2/enqueue",
        key: "reseal-page",
        created_at: new Date().toISOString(),
        error: null,
        credential: sealSecret(pagingKey),
      })
      .execute();
    try {
      const material = "a brand new key for the rotation test";
      installKeyring(loadKeyring(dir, { FIREBREAK_SECRET_KEY: material }));
      const next = loadKeyring(dir, { FIREBREAK_SECRET_KEY: material });
      // The old key is only readable as "previous": give its material through the key file's content.
      next.byId.set(oldKey.current.id, oldKey.current.key);
      installKeyring(next);
      expect(await resealAll(db())).toBeGreaterThanOrEqual(6);
      const prefix = `fbenc:v1:${next.current.id}:`;
      for (const c of SECRET_COLUMNS.filter((c) => c.table !== "jobs")) {
        const rows = (await db()
          .selectFrom(c.table as "shop_integrations")
          .select(c.column as "secret")
          .where(c.column as "secret", "is not", null)
          .execute()) as Record<string, string>[];
        for (const r of rows) {
          const v = r[c.column] as string;
          const sealed = c.shape === "text" ? [v] : (v.match(/fbenc:v1:[^"]+/g) ?? []);
          for (const s of sealed) expect(s.startsWith(prefix)).toBe(true);
        }
      }
      expect(await resealAll(db())).toBe(0);
      const page = await db()
        .selectFrom("alert_notifications")
        .select("credential")
        .where("id", "=", "reseal-page")
        .executeTakeFirstOrThrow();
      expect(page.credential?.startsWith(prefix)).toBe(true);
      expect(openSecret(page.credential ?? "")).toBe(pagingKey);
      expect((await shopify(SHOP_SECRET)).statusCode).toBe(200);
      const listed = (await h.app.inject({ url: "/api/v1/alert-rules", headers: h.auth() })).json();
      expect(listed.items[0].channels[1]).toEqual({ type: "slack", url: SLACK });
    } finally {
      installKeyring(oldKey);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
