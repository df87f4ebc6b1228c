import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { inboundEmail, rawMail } from "./test-mail.js";

/**
 * A French customer charged twice writes an e-mail: the case is a payment case and its draft offers the
 * payment policy's first remedy, a full refund, not the general apology and discount. Found by the
 * customer-texts pass. On main the plain sentence read as payment already, but typed as customers type
 * it ("debite 2x") it named no topic (a general case), and naming the bank account ("mon compte") added
 * security, the more severe topic, whose draft offers an apology only.
 */
const { h } = setupMailHarness();

const bodies = [
  "On m'a débité deux fois pour la commande 1234",
  "Bonjour, on m'a debite 2x pour la commande 1234. Cordialement, Claire",
  "Mon compte a été débité deux fois pour la commande 1234, c'est inadmissible",
];

describe("a payment problem by e-mail", () => {
  it("opens a payment case whose French draft offers the refund", async () => {
    for (const [n, body] of bodies.entries()) {
      const res = await inboundEmail(
        h,
        rawMail({
          // Three customers: a second e-mail from the same one joins her open case.
          from: `Client ${n} <client${n}@example.fr>`,
          subject: "Commande 1234",
          id: `<pay${n}@example.fr>`,
          body,
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json();
      expect(c.language, body).toBe("fr");
      expect(c.topics, body).toEqual(["payment"]);
      const reply = c.suggested_reply.text as string;
      expect(reply, body).toContain("un remboursement complet de votre paiement");
      expect(reply, body).not.toMatch(/remise/);
    }
  });
});
