import { generateKeyPairSync } from "node:crypto";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { openSecret } from "../core/secrets.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { htmlFromText } from "./compose.js";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
/** mailauth's DKIM verifier (a real receiver's check), with DNS answered by the key made above. */
const { dkimVerify } = createRequire(import.meta.url)("mailauth/lib/dkim/verify.js") as {
  dkimVerify(
    input: Buffer,
    o: { resolver: (name: string, type: string) => Promise<string[][]> },
  ): Promise<{ results: { signingDomain: string; status: { result: string } }[] }>;
};
const dkimRecord = `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`;
const resolver = async (name: string, type: string) => {
  if (name === "fb2026._domainkey.shop.example" && type === "TXT") return [[dkimRecord]];
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: "ENOTFOUND" });
};
const { h, smtp } = setupMailHarness({
  env: { MAIL_FROM: "Test shop <alerts@shop.example>" },
  // Read by the mail service from the process environment when it starts.
  processEnv: {
    DKIM_DOMAIN: "shop.example",
    DKIM_SELECTOR: "fb2026",
    DKIM_PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  },
});

const header = (m: { headerLines: readonly { key: string; line: string }[] } | undefined, name: string) =>
  m?.headerLines.find((l) => l.key === name)?.line ?? "";

describe("e-mail format", () => {
  it("notices carry the same words as text and escaped HTML, List-Id, Auto-Submitted, DKIM", async () => {
    const text =
      "Checkout is down <b>now</b> & we work on it.\n\nDetails: https://shop.example/status?lang=en";
    await h.ctx.services.mail.send(
      {
        workspaceId: h.workspaceId,
        to: "reader@example.org",
        subject: "Checkout — incident",
        text,
        listUnsubscribe: "https://shop.example/status/unsubscribe?token=t1",
        list: "status",
      },
      { key: "notice-1" },
    );
    await h.ctx.jobs.drain();
    const [m] = await smtp.waitFor(1);
    expect(m?.text?.trim()).toBe(text);
    const html = String(m?.html);
    expect(html).toContain("Checkout is down &lt;b&gt;now&lt;/b&gt; &amp; we work on it.");
    expect(html).not.toContain("<b>");
    expect(html).toContain('<a href="https://shop.example/status?lang=en">');
    expect(header(m, "list-id")).toMatch(/^List-Id: Test shop status <status\.test-shop\.shop\.example>$/i);
    expect(header(m, "auto-submitted")).toBe("Auto-Submitted: auto-generated");
    expect(header(m, "list-unsubscribe-post")).toContain("List-Unsubscribe=One-Click");
    expect(m?.messageId).toMatch(/@shop\.example>?$/);
    const dkim = header(m, "dkim-signature").replace(/\s+/g, " ");
    expect(dkim).toMatch(/d=shop\.example;/);
    expect(dkim).toMatch(/s=fb2026;/);
    expect(dkim).toMatch(/a=rsa-sha256;/);
    // A receiver verifies the signature over the message exactly as it arrived.
    const verified = await dkimVerify(smtp.raw[0] as Buffer, { resolver });
    expect(verified.results.map((r) => [r.signingDomain, r.status.result])).toEqual([
      ["shop.example", "pass"],
    ]);
    const tampered = Buffer.from(
      (smtp.raw[0] as Buffer).toString().replace("Checkout is down", "Checkout is up"),
    );
    expect(tampered.equals(smtp.raw[0] as Buffer)).toBe(false);
    // mailauth calls a body that no longer matches its hash "neutral" (RFC 6376 6.1.3): anything but pass.
    expect((await dkimVerify(tampered, { resolver })).results[0]?.status.result).toBe("neutral");
  });

  it("a person's reply is not marked automatic and keeps its own Message-ID", async () => {
    await h.ctx.services.mail.send(
      {
        workspaceId: h.workspaceId,
        to: "kasia@example.pl",
        subject: "Re: parcel",
        text: "Your parcel arrives tomorrow.",
        inReplyTo: "<q1@example.pl>",
        messageId: h.ctx.services.mail.messageId("case.123"),
      },
      { key: "reply-1" },
    );
    await h.ctx.jobs.drain();
    const msgs = await smtp.waitFor(2);
    const m = msgs.find((x) => x.subject === "Re: parcel");
    expect(header(m, "auto-submitted")).toBe("");
    expect(header(m, "list-id")).toBe("");
    expect(m?.messageId).toBe("<case.123@shop.example>");
    expect(String(m?.html)).toContain("Your parcel arrives tomorrow.");
  });

  it("HTML from text escapes everything and keeps paragraphs", () => {
    const html = htmlFromText('a "quote" <script>x</script>\nline two\n\nnext', "pl");
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain("<p>a &quot;quote&quot; &lt;script&gt;x&lt;/script&gt;<br>\nline two</p>");
    expect(html).toContain("<p>next</p>");
  });

  it("HTML from text wraps a very long word (a pasted link, a name) instead of widening the mail", () => {
    const html = htmlFromText(`Title ${"x".repeat(400)}`, "de");
    expect(/<body style="([^"]*)"/.exec(html)?.[1]).toContain("overflow-wrap:anywhere");
  });
});

describe("RFC 8058 one-click unsubscribe", () => {
  async function confirmedToken(email: string): Promise<string> {
    await h.ctx.services.statuspage.subscribe(h.workspaceId, email, "en");
    const row = await h.ctx.db
      .selectFrom("status_subscribers")
      .select(["token"])
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    // Stored sealed: the link in the e-mail carries the opened token.
    const token = openSecret(row.token);
    expect(await h.ctx.services.statuspage.confirm(token)).toBe(true);
    return token;
  }
  const unsubscribed = async (email: string) =>
    (
      await h.ctx.db
        .selectFrom("status_subscribers")
        .select(["unsubscribed_at"])
        .where("email", "=", email)
        .executeTakeFirstOrThrow()
    ).unsubscribed_at;

  it("accepts multipart/form-data as mail clients may send it", async () => {
    const token = await confirmedToken("multi@example.org");
    const boundary = "----fb1234";
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`;
    const res = await h.app.inject({
      method: "POST",
      url: `/status/unsubscribe?token=${token}`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(res.statusCode).toBe(200);
    expect(await unsubscribed("multi@example.org")).not.toBeNull();
  });

  it("accepts application/x-www-form-urlencoded too", async () => {
    const token = await confirmedToken("form@example.org");
    const res = await h.app.inject({
      method: "POST",
      url: `/status/unsubscribe?token=${token}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(res.statusCode).toBe(200);
    expect(await unsubscribed("form@example.org")).not.toBeNull();
  });

  it("the shop's own customer e-mails unsubscribe from a multipart/form-data POST too", async () => {
    await h.ctx.services.comms.contacts.upsert(h.workspaceId, { email: "buyer@example.org" }, "manual");
    const row = await h.ctx.db
      .selectFrom("comms_contacts")
      .select(["token", "unsubscribed_at"])
      .where("email", "=", "buyer@example.org")
      .executeTakeFirstOrThrow();
    expect(row.unsubscribed_at).toBeNull();
    const boundary = "----fb5678";
    const res = await h.app.inject({
      method: "POST",
      url: `/status/messages/unsubscribe?token=${openSecret(row.token)}`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(res.statusCode).toBe(200);
    const after = await h.ctx.db
      .selectFrom("comms_contacts")
      .select(["unsubscribed_at"])
      .where("email", "=", "buyer@example.org")
      .executeTakeFirstOrThrow();
    expect(after.unsubscribed_at).not.toBeNull();
  });

  it("a broken multipart body is a 400, not a 500", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/status/unsubscribe?token=x",
      headers: { "content-type": "multipart/form-data; boundary=nope" },
      payload: "garbage",
    });
    expect(res.statusCode).toBe(400);
  });
});
