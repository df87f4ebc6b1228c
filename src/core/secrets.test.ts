import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resealAll } from "../db/seal.js";
import { redactUrl } from "../server/redact.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { type Received, type Receiver, startReceiver } from "../testing/receiver.js";
import { signWebhook, verifyWebhook } from "../webhooks/signing.js";
import { installKeyring, KEY_FILE, loadKeyring, openSecret, resealSecret, sealSecret } from "./secrets.js";

let h: Harness;
let receiver: Receiver;
beforeAll(async () => {
  h = await createHarness();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await h.close();
});

describe("the key", () => {
  it("is created once in the data folder, readable by the owner only, or taken from the environment", () => {
    const dir = mkdtempSync(join(tmpdir(), "fb-key-"));
    try {
      const first = loadKeyring(dir, {});
      expect(first.source).toBe("file");
      expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
      expect(loadKeyring(dir, {}).current.id).toBe(first.current.id);
      const fromEnv = loadKeyring(dir, { FIREBREAK_SECRET_KEY: "an operator's long secret key" });
      expect(fromEnv.source).toBe("env");
      expect(fromEnv.current.id).not.toBe(first.current.id);
      expect(() => loadKeyring(dir, { FIREBREAK_SECRET_KEY: "short" })).toThrow(/too short/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("seals with AES-256-GCM: fresh nonce each time, tampering detected, rotation keeps old values readable", () => {
    const dir = mkdtempSync(join(tmpdir(), "fb-key-"));
    try {
      installKeyring(loadKeyring(dir, { FIREBREAK_SECRET_KEY: "the old key long enough" }));
      const old = sealSecret("whsec_abc");
      expect(old).not.toContain("abc");
      expect(sealSecret("whsec_abc")).not.toBe(old);
      expect(openSecret(old)).toBe("whsec_abc");
      expect(openSecret("whsec_plain_from_before")).toBe("whsec_plain_from_before");
      const tampered = `${old.slice(0, -4)}AAAA`;
      expect(() => openSecret(tampered)).toThrow();

      installKeyring(loadKeyring(dir, { FIREBREAK_SECRET_KEY: "the new key long enough" }));
      expect(() => openSecret(old)).toThrow(/FIREBREAK_SECRET_KEY_PREVIOUS/);
      installKeyring(
        loadKeyring(dir, {
          FIREBREAK_SECRET_KEY: "the new key long enough",
          FIREBREAK_SECRET_KEY_PREVIOUS: "the old key long enough",
        }),
      );
      const moved = resealSecret(old);
      expect(moved).not.toBe(old);
      expect(openSecret(moved)).toBe("whsec_abc");
      expect(resealSecret(moved)).toBe(moved);
    } finally {
      installKeyring(loadKeyring(h.ctx.config.dataDir));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("secrets at rest", () => {
  it("webhook endpoint secrets are sealed in the store and in queued jobs, and still sign", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: h.auth(),
      payload: { url: receiver.url("/hook"), events: ["crisis.opened"] },
    });
    expect(res.statusCode).toBe(201);
    const { id, secret } = res.json();
    expect(secret).toMatch(/^whsec_/);
    const row = await h.ctx.db
      .selectFrom("webhook_endpoints")
      .select("secret")
      .where("id", "=", id)
      .executeTakeFirst();
    expect(row?.secret).toMatch(/^fbenc:v1:/);
    expect(row?.secret).not.toContain(secret.slice(6));

    await h.ctx.services.webhooks.emit(h.workspaceId, "crisis.opened", { id: "c1" }, { key: "seal-test" });
    const jobs = await h.ctx.db.selectFrom("jobs").selectAll().execute();
    expect(JSON.stringify(jobs)).not.toContain(secret.slice(6));
    await h.ctx.jobs.drain();
    const got = receiver.received.find((r: Received) => r.path === "/hook");
    expect(got).toBeDefined();
    expect(() => verifyWebhook(secret, got?.headers ?? {}, got?.body ?? "")).not.toThrow();
  });

  it("inbound source secrets are sealed and still verify signed senders", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/sources",
      headers: h.auth(),
      payload: { name: "reviews", type: "webhook" },
    });
    const { id, secret } = created.json();
    const row = await h.ctx.db
      .selectFrom("listening_sources")
      .select("secret")
      .where("id", "=", id)
      .executeTakeFirst();
    expect(row?.secret).toMatch(/^fbenc:v1:/);
    const body = JSON.stringify({
      mentions: [{ external_id: "s1", text: "Parcel arrived broken, refund please" }],
    });
    const ok = await h.app.inject({
      method: "POST",
      url: `/api/v1/inbound/mentions/${id}`,
      headers: { ...signWebhook(secret, "msg_s1", body), "content-type": "application/json" },
      payload: body,
    });
    expect(ok.statusCode).toBe(202);
  });

  it("the migration seals secrets stored in clear by an earlier version", async () => {
    await h.ctx.db
      .updateTable("listening_sources")
      .set({ secret: "whsec_cleartextfromolderversion" })
      .where("name", "=", "reviews")
      .execute();
    expect(await resealAll(h.ctx.db)).toBeGreaterThanOrEqual(1);
    const row = await h.ctx.db
      .selectFrom("listening_sources")
      .select("secret")
      .where("name", "=", "reviews")
      .executeTakeFirst();
    expect(row?.secret).toMatch(/^fbenc:v1:/);
    expect(openSecret(row?.secret ?? "")).toBe("whsec_cleartextfromolderversion");
    expect(await resealAll(h.ctx.db)).toBe(0);
  });

  it("heartbeat tokens in URL paths never reach a log line", () => {
    expect(redactUrl("/api/v1/inbound/heartbeat/hb_s3cr3t?status=ok")).toBe(
      "/api/v1/inbound/heartbeat/[redacted]?status=ok",
    );
  });
});
