import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { openByMailAndReply, rawMail } from "./test-mail.js";

/** A reply by e-mail is in the case's language down to its subject line and the HTML part's `lang`. */
const { h, smtp } = setupMailHarness();

describe("a reply to a Polish customer who wrote without a subject", () => {
  it("has a Polish subject and says its language", async () => {
    const { created, mail } = await openByMailAndReply(
      h,
      smtp,
      rawMail({
        subject: "",
        id: "<pl1@example.pl>",
        body: "Dzień dobry, moja paczka nie dotarła, czekam już dwa tygodnie i nikt nie odpowiada na wiadomości.",
      }),
      "Dzień dobry, przepraszamy. Sprawdzamy przesyłkę i odpiszemy do piątku.",
    );
    expect(created.language).toBe("pl");
    expect(mail?.subject).toBe("Twoja wiadomość");
    expect(mail?.html || "").toContain('<html lang="pl">');
  });
});
