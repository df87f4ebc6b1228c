import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Madrid", languages: ["es"], default_language: "es" });
});
afterAll(async () => h.close());

const api = (url: string, payload: object) =>
  h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload });

/**
 * The Spanish page calls its incidents "incidencias" (feminine): a resolved one is "Resuelta", as the
 * post-mortem already says. The page (and the subscribers' subject line, from the same word) read "Resuelto".
 */
describe("Spanish incident statuses agree with 'incidencia'", () => {
  it("a resolved incident is 'Resuelta' on the page", async () => {
    const inc = await api("/api/v1/status/incidents", {
      title: { es: "Pagos con tarjeta" },
      body: { es: "Lo estamos revisando." },
      components: ["payments"],
      impact: "minor",
    });
    expect(inc.statusCode).toBe(201);
    const up = await api(`/api/v1/status/incidents/${inc.json().id}/updates`, {
      status: "resolved",
      body: { es: "Ya funciona." },
    });
    expect(up.statusCode).toBe(201);
    const page = (await h.app.inject({ method: "GET", url: "/status?lang=es" })).body;
    expect(page).toContain("<h2>Incidencias</h2>");
    // On the old code: "Resuelto" beside the title and before the update.
    expect(page).toContain('<span class="state t-operational">Resuelta</span>');
    expect(page).toContain("<strong>Resuelta</strong> — Ya funciona.");
    expect(page).not.toContain("Resuelto");
  });
});
