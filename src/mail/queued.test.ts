import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";

const { h, smtp } = setupMailHarness();

describe("a queued e-mail", () => {
  it("waits sealed in the job table, so its one-time link is not in a copy of the database", async () => {
    const token = "login-8f3a1c9e2b7d4f60";
    await h.ctx.services.mail.send(
      {
        workspaceId: h.workspaceId,
        to: "ola@example.pl",
        subject: "Twój link do logowania",
        text: `Zaloguj się: http://127.0.0.1/login/${token}`,
        listUnsubscribe: `http://127.0.0.1/unsubscribe?token=${token}`,
      },
      { key: "login-ola" },
    );
    const job = await h.ctx.db
      .selectFrom("jobs")
      .select("payload")
      .where("key", "=", "login-ola")
      .executeTakeFirstOrThrow();
    expect(job.payload).not.toContain(token);
    expect(job.payload).not.toContain("ola@example.pl");

    await h.ctx.jobs.drain();
    const [m] = await smtp.waitFor(1);
    expect(JSON.stringify(m?.to)).toContain("ola@example.pl");
    expect(m?.text).toContain(`/login/${token}`);
  });
});
