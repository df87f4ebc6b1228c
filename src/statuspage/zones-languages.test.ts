import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness.js";
import { shopHarness } from "../testing/shop.js";

let h: Harness;
beforeAll(async () => {
  h = await shopHarness({ time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" });
});
afterAll(async () => h.close());

const pub = (url: string) => h.app.inject({ method: "GET", url });
const incident = (payload: Record<string, unknown>) =>
  h.app.inject({ method: "POST", url: "/api/v1/status/incidents", headers: h.auth("responder"), payload });

// Warsaw is CET in winter and CEST in summer; either way never UTC.
const LOCAL_TIME = /\d{2}:\d{2} CES?T/;

describe("status page times and languages", () => {
  it("shows every time in the shop's zone with its abbreviation, in each language", async () => {
    const res = await incident({
      title: { pl: "Płatności kartą nie działają", en: "Card payments fail" },
      body: { pl: "Sprawdzamy.", en: "We are looking into it." },
      components: ["payments"],
      impact: "major",
    });
    expect(res.statusCode).toBe(201);
    for (const lang of ["pl", "en"]) {
      const page = await pub(`/status?lang=${lang}`);
      expect(page.body).toMatch(LOCAL_TIME);
      expect(page.body).not.toMatch(/\d{2}:\d{2} UTC/);
    }
    expect((await pub("/status?lang=en")).body).toContain("We are looking into it.");
    expect((await pub("/status?lang=pl")).body).toContain("Sprawdzamy.");
    const json = (await pub("/status.json")).json();
    expect(json.page).toMatchObject({ time_zone: "Europe/Warsaw", language: "pl", languages: ["pl", "en"] });
  });

  it("a visitor in a language without text reads English, which the shop also writes, with a note", async () => {
    // Changed on purpose (fourth pass): English before the Polish default for a German reader.
    const de = (await pub("/status?lang=de")).body;
    expect(de).toContain('<span lang="en">We are looking into it.</span>');
    expect(de).toContain("Noch nicht auf Deutsch verfügbar; angezeigt auf Englisch.");
    expect((await pub("/status?lang=en")).body).not.toContain("untranslated");
  });

  it("the Atom feed takes ?lang= and starts each entry with the local time", async () => {
    const en = (await pub("/status/feed.atom?lang=en")).body;
    expect(en).toContain("Card payments fail");
    expect(en).toMatch(new RegExp(`<content type="text">[^<]*${LOCAL_TIME.source}: We are looking into it.`));
    const def = (await pub("/status/feed.atom")).body;
    expect(def).toContain("Płatności kartą nie działają");
    expect(def).not.toContain("Card payments fail");
    // The page links the feed in the visitor's language.
    expect((await pub("/status?lang=en")).body).toContain("feed.atom?lang=en");
  });

  it("a change of time zone shows at once", async () => {
    await h.app.inject({
      method: "PATCH",
      url: "/api/v1/workspace",
      headers: h.auth("admin"),
      payload: { time_zone: "America/New_York" },
    });
    expect((await pub("/status?lang=en")).body).toMatch(/\d{2}:\d{2} E[SD]T/);
  });
});

describe("an update in every language the shop speaks", () => {
  it("refuses an incident or update without a text in one of the workspace's languages, naming it", async () => {
    await h.app.inject({
      method: "PATCH",
      url: "/api/v1/workspace",
      headers: h.auth("admin"),
      payload: { languages: ["pl", "en", "de"], default_language: "pl" },
    });
    const res = await incident({
      title: { pl: "Awaria", en: "Outage", de: "Störung" },
      body: { pl: "Sprawdzamy.", en: "Looking into it." },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("body.de");
    const ok = await incident({
      title: { pl: "Awaria", en: "Outage", de: "Störung" },
      body: { pl: "Sprawdzamy.", en: "Looking into it.", de: "Wir prüfen." },
    });
    expect(ok.statusCode).toBe(201);
    const update = await h.app.inject({
      method: "POST",
      url: `/api/v1/status/incidents/${ok.json().id}/updates`,
      headers: h.auth("responder"),
      payload: { status: "identified", body: { pl: "Znamy przyczynę." } },
    });
    expect(update.statusCode).toBe(400);
    expect(update.json().error.field).toBe("body.en");
  });
});
