import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const get = (role: "admin" | "viewer" = "viewer") =>
  h.app.inject({ method: "GET", url: "/api/v1/workspace", headers: h.auth(role) });
const patch = (payload: Record<string, unknown>, role: "admin" | "responder" | "viewer" = "admin") =>
  h.app.inject({ method: "PATCH", url: "/api/v1/workspace", headers: h.auth(role), payload });

describe("workspace settings", () => {
  it("any member reads them; a new workspace speaks its one language in UTC", async () => {
    const res = await get("viewer");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      time_zone: "UTC",
      languages: ["en"],
      default_language: "en",
      currency: "EUR",
      brand: { logo_url: null, color: null },
      public_url: null,
    });
  });

  it("an admin changes them; the zone is stored by its canonical IANA name", async () => {
    const res = await patch({
      name: "Sklep Ola",
      time_zone: "europe/warsaw",
      languages: ["pl", "en"],
      default_language: "pl",
      currency: "pln",
      brand: { logo_url: "https://cdn.example.com/logo.png", color: "#AA3300" },
      public_url: "https://status.example.com/",
    });
    expect(res.statusCode).toBe(200);
    const want = {
      name: "Sklep Ola",
      time_zone: "Europe/Warsaw",
      languages: ["pl", "en"],
      default_language: "pl",
      currency: "PLN",
      brand: { logo_url: "https://cdn.example.com/logo.png", color: "#aa3300" },
      public_url: "https://status.example.com",
    };
    expect(res.json()).toEqual(want);
    expect((await get()).json()).toEqual(want);
    // The service other domains read gives the same.
    expect(await h.ctx.services.accounts.settings(h.workspaceId)).toEqual(want);
  });

  it("a partial change keeps the rest; null clears the brand colour", async () => {
    const res = await patch({ brand: { color: null } });
    expect(res.statusCode).toBe(200);
    expect(res.json().brand).toEqual({ logo_url: "https://cdn.example.com/logo.png", color: null });
    expect(res.json().time_zone).toBe("Europe/Warsaw");
  });

  it("refuses bad values naming the field, and changes nothing", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ time_zone: "Mars/Olympus" }, "time_zone"],
      [{ languages: ["pl", "xx"] }, "languages.1"],
      [{ languages: [] }, "languages"],
      [{ languages: ["pl", "pl"] }, "languages"],
      [{ default_language: "de" }, "default_language"],
      [{ languages: ["en", "de"] }, "default_language"],
      [{ currency: "EURO" }, "currency"],
      [{ currency: "ABC" }, "currency"],
      [{ brand: { color: "red" } }, "brand.color"],
      [{ brand: { logo_url: "javascript:alert(1)" } }, "brand.logo_url"],
      [{ public_url: "ftp://example.com" }, "public_url"],
      [{ name: "" }, "name"],
    ];
    for (const [body, field] of cases) {
      const res = await patch(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field, JSON.stringify(body)).toBe(field);
    }
    expect((await get()).json()).toMatchObject({
      time_zone: "Europe/Warsaw",
      languages: ["pl", "en"],
      default_language: "pl",
      currency: "PLN",
    });
  });

  it("changing languages and default together is accepted", async () => {
    const res = await patch({ languages: ["de", "fr"], default_language: "fr" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ languages: ["de", "fr"], default_language: "fr" });
  });

  it("only an admin changes them", async () => {
    expect((await patch({ name: "x" }, "responder")).statusCode).toBe(403);
    expect((await patch({ name: "x" }, "viewer")).statusCode).toBe(403);
    expect((await get()).json().name).toBe("Sklep Ola");
  });
});
