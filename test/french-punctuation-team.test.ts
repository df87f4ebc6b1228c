import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labelsFor } from "../src/review/labels.js";
import { resolvedCrisis } from "../src/review/testing.js";
import { fr } from "../src/review/timeline-words/fr.js";
import type { Harness } from "../src/testing/harness.js";
import { shopHarness } from "../src/testing/shop.js";

/** A plain (breakable) space before ; : ! ?, which French sets with U+202F so no line starts with it. */
const PLAIN = / [;:!?](?=\s|$)/;
const plainIn = (texts: string[]) => texts.filter((t) => PLAIN.test(t));

/** Every string a words table gives: its strings, and each function called with filled and empty values. */
function said(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (typeof v === "function") {
    const f = v as (...a: unknown[]) => unknown;
    const full = Array.from({ length: f.length }, () => "X");
    const empty = Array.from({ length: f.length }, () => null);
    return [String(f(...full)), String(f(...empty))];
  }
  return v && typeof v === "object" ? Object.values(v).flatMap(said) : [];
}

/**
 * The team's French (post-mortem documents, the report, the dashboard) follows the rule the customer texts
 * already follow (test/french-punctuation.test.ts): a post-mortem may leave the team, and a colon at the
 * start of a line reads as a mistake in any of them.
 */
describe("French punctuation the team reads", () => {
  it("the post-mortem's timeline words and labels", () => {
    // On the old code: "Crise ouverte : …", "Statut : …", "Gravité : …", "C'était un exercice : …".
    expect(plainIn([...said(fr), ...said(labelsFor("fr"))])).toEqual([]);
    expect(fr.severity("SEV3", "SEV2")).toBe("Gravité\u202f: SEV3 → SEV2");
  });

  it("the dashboard's French catalogue", () => {
    const dir = fileURLToPath(new URL("../web/src/i18n/", import.meta.url));
    const cat = JSON.parse(readFileSync(`${dir}fr.json`, "utf8")) as Record<string, string>;
    // On the old code 211 messages, "Le serveur est injoignable : {message}" among them.
    expect(Object.entries(cat).filter(([, m]) => PLAIN.test(m))).toEqual([]);
    expect(cat["app.unreachable"]).toBe("Le serveur est injoignable\u202f: {message}");
  });

  describe("documents", () => {
    let h: Harness;
    let crisisId: string;
    const get = (url: string) => h.app.inject({ method: "GET", url, headers: h.auth("viewer") });
    const send = (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
      h.app.inject({ method, url, headers: h.auth("responder"), payload: payload ?? {} });

    beforeAll(async () => {
      h = await shopHarness({ time_zone: "Europe/Paris", currency: "EUR" });
      crisisId = await resolvedCrisis(send, "Hub down", 5);
    }, 60_000);
    afterAll(async () => h.close());

    it("the post-mortem and the report in French: labels joined by the narrow space", async () => {
      const md = (await get(`/api/v1/crises/${crisisId}/postmortem?format=md&lang=fr`)).body;
      const html = (await get(`/api/v1/crises/${crisisId}/postmortem?format=html&lang=fr`)).body;
      const report = (await get("/api/v1/reports/crises?format=md&lang=fr")).body;
      // On the old code: "# Post-mortem : Hub down", "Type : …", "Généré : …", "Réel : par type".
      expect(md).toContain("Hub down");
      expect(plainIn(md.split("\n"))).toEqual([]);
      expect(plainIn(html.split("\n"))).toEqual([]);
      expect(plainIn(report.split("\n"))).toEqual([]);
      // English keeps its bare colon.
      const en = (await get(`/api/v1/crises/${crisisId}/postmortem?format=md&lang=en`)).body;
      expect(en).toContain(": Hub down");
      expect(en).not.toContain("\u202f");
    });
  });
});
