import { describe, expect, it } from "vitest";
import { createHarness } from "../testing/harness.js";
import { setupMailHarness } from "../testing/mail-harness.js";

const { h, smtp } = setupMailHarness();

describe("mail", () => {
  it("delivers over SMTP through the job runner, with threading and one-click unsubscribe", async () => {
    await h.ctx.services.mail.send(
      {
        workspaceId: h.workspaceId,
        to: "kasia@example.pl",
        subject: "Twoja przesyłka — przepraszamy",
        text: "Dzień dobry, przesyłka dotrze jutro do 12:00.",
        inReplyTo: "<orig-1@shop.test>",
        references: ["<orig-1@shop.test>"],
        listUnsubscribe: "http://127.0.0.1/unsubscribe?token=abc",
      },
      { key: "reply-1" },
    );
    // The same key again sends nothing more.
    await h.ctx.services.mail.send(
      { workspaceId: h.workspaceId, to: "kasia@example.pl", subject: "dup", text: "dup" },
      { key: "reply-1" },
    );
    await h.ctx.jobs.drain();
    const [m] = await smtp.waitFor(1);
    expect(smtp.messages).toHaveLength(1);
    expect(m?.subject).toBe("Twoja przesyłka — przepraszamy");
    expect(m?.text).toContain("dotrze jutro");
    expect(m?.inReplyTo).toBe("<orig-1@shop.test>");
    const raw = (name: string) => m?.headerLines.find((l) => l.key === name)?.line ?? "";
    expect(raw("list-unsubscribe")).toContain("unsubscribe?token=abc");
    expect(raw("list-unsubscribe-post")).toContain("List-Unsubscribe=One-Click");
  });

  it("without an SMTP server the job keeps the message and says what to set", async () => {
    const bare = await createHarness();
    try {
      await bare.ctx.services.mail.send(
        { workspaceId: bare.workspaceId, to: "a@b.c", subject: "s", text: "t" },
        { key: "k" },
      );
      await bare.ctx.jobs.drain(1);
      const job = await bare.ctx.db.selectFrom("jobs").selectAll().where("key", "=", "k").executeTakeFirst();
      expect(job?.status).toBe("queued");
      expect(job?.last_error).toMatch(/SMTP_HOST/);
    } finally {
      await bare.close();
    }
  });
});
