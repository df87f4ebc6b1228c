import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { giveRefund, mexicanMailCase } from "./test-mail.js";

/**
 * The reply drafted for a Spanish customer of a Mexican shop, after the team gave her a refund of 450
 * pesos: the draft names that refund as given, in pesos as Mexico writes them, not the policy's "full
 * refund of your payment".
 */
const { h } = setupMailHarness();

describe("the drafted reply once a remedy is given", () => {
  it("names the refund given ($450.00), not the policy's full refund", async () => {
    h.clock.freeze(new Date("2026-12-31T23:30:00Z"));
    const created = await mexicanMailCase(h, {
      subject: "Cobro doble",
      id: "<mx-draft@example.mx>",
      body: "Hola, me cobraron dos veces el pedido 4411 y nadie me responde. Quiero que me devuelvan el dinero.",
    });
    const id = created.id;
    expect(created.suggested_reply.text).toContain("reembolso completo");
    await giveRefund(h, id, 45_000);
    const c = await h.app.inject({ method: "GET", url: `/api/v1/cases/${id}`, headers: h.auth("admin") });
    const draft = c.json().suggested_reply.text as string;
    // On the old code: "te ofrecemos el reembolso completo de tu pago" beside a given $450.00.
    expect(draft).toContain("un reembolso de $450.00");
    expect(draft).not.toContain("reembolso completo");
    expect(draft).toContain("a las 17:30 CST");
  });
});
