import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { giveRefund, mexicanMailCase } from "./test-mail.js";

/**
 * A complaint that came by e-mail was private: resolving it must not prepare "could you update or remove
 * your post?" for the customer, nor a public outcome line to post under a post that does not exist.
 */
const { h } = setupMailHarness();

const resolve = (id: string) =>
  h.app.inject({
    method: "PATCH",
    url: `/api/v1/cases/${id}`,
    headers: h.auth("admin"),
    payload: { status: "resolved" },
  });

describe("the follow-up after a resolved case", () => {
  it("is not prepared for a case that came by e-mail (a Mexican shop's Spanish customer)", async () => {
    h.clock.freeze(new Date("2026-12-31T23:30:00Z"));
    const { id } = await mexicanMailCase(h, {
      subject: "Pedido 4411",
      id: "<mx-follow@example.mx>",
      body: "Hola, mi pedido 4411 no ha llegado después de dos semanas y me cobraron dos veces.",
    });
    await giveRefund(h, id, 45_000);
    const sent = await h.app.inject({
      method: "POST",
      url: `/api/v1/cases/${id}/replies`,
      headers: h.auth("admin"),
      payload: { text: "Hola Lupita, te devolvemos $450.00 hoy mismo." },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const done = await resolve(id);
    expect(done.statusCode, done.body).toBe(200);
    // On the old code: "¿podrías actualizar o eliminar tu publicación…?" and "(un reembolso de $450.00)".
    expect(done.json().follow_up).toBeNull();
    expect(done.json().timeline.map((e: { kind: string }) => e.kind)).not.toContain("follow_up.prepared");
  });

  it("is still prepared for a complaint entered by hand (it may stand in public somewhere)", async () => {
    const c = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth("admin"),
      payload: { customer: { name: "Walk-in" }, text: "Rude staff on the phone, nobody helped me at all." },
    });
    expect(c.statusCode, c.body).toBe(201);
    const done = await resolve(c.json().id);
    expect(done.json().follow_up.public_text).toBeTruthy();
  });
});
