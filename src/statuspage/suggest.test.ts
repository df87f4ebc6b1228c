import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  const res = await h.app.inject({
    method: "PATCH",
    url: "/api/v1/workspace",
    headers: h.auth("admin"),
    payload: { languages: ["en", "de"], default_language: "en" },
  });
  expect(res.statusCode).toBe(200);
}, 60_000);
afterAll(async () => h.close());

const call = (
  method: "GET" | "POST",
  url: string,
  payload?: object,
  role: "responder" | "viewer" = "responder",
) => h.app.inject({ method, url, headers: h.auth(role), ...(payload ? { payload } : {}) });

describe("texts the update editor pre-fills", () => {
  it("renders the plan's status update template for the crisis's type in each language the shop speaks", async () => {
    const crisis = await call("POST", "/api/v1/crises", {
      title: "Card payments fail",
      type: "payment_failure",
      severity: "SEV2",
    });
    expect(crisis.statusCode).toBe(201);
    const inc = await call("POST", "/api/v1/status/incidents", {
      title: { en: "Card payments fail", de: "Kartenzahlungen schlagen fehl" },
      body: { en: "We are looking into it.", de: "Wir sehen nach." },
      components: ["payments"],
      crisis_id: crisis.json().id,
    });
    expect(inc.statusCode).toBe(201);
    const id = inc.json().id as string;
    const res = await call("GET", `/api/v1/status/incidents/${id}/suggested-texts?status=identified`);
    expect(res.statusCode).toBe(200);
    const { texts, crisis_type } = res.json();
    expect(crisis_type).toBe("payment_failure");
    expect(Object.keys(texts).sort()).toEqual(["de", "en"]);
    expect(texts.en.length).toBeGreaterThan(20);
    expect(texts.de).not.toBe(texts.en);
    // Rendered: no Liquid left for the team to clean up.
    expect(`${texts.en}${texts.de}`).not.toMatch(/\{\{|%ADVICE%/);

    const resolved = (
      await call("GET", `/api/v1/status/incidents/${id}/suggested-texts?status=resolved`)
    ).json();
    expect(resolved.texts.de).toContain("Kartenzahlungen schlagen fehl");
    expect(
      (await call("GET", `/api/v1/status/incidents/${id}/suggested-texts`, undefined, "viewer")).statusCode,
    ).toBe(403);
  });

  it("offers nothing for an incident without a crisis, and 404 for an unknown one", async () => {
    const inc = await call("POST", "/api/v1/status/incidents", {
      title: { en: "Slow pages", de: "Langsame Seiten" },
      body: { en: "Looking.", de: "Wir sehen nach." },
    });
    const res = await call(
      "GET",
      `/api/v1/status/incidents/${inc.json().id}/suggested-texts?status=monitoring`,
    );
    expect(res.json()).toEqual({ texts: {}, crisis_type: null });
    expect((await call("GET", "/api/v1/status/incidents/nope/suggested-texts")).statusCode).toBe(404);
  });
});
