import { describe, expect, it } from "vitest";
import { CASE_TOPICS } from "../src/cases/policy.js";
import { buildReply, followUpPrivate, followUpPublic } from "../src/cases/replies.js";
import { PHRASES } from "../src/comms/templates/index.js";
import { PAGE_TEXT, shownInNote } from "../src/statuspage/i18n.js";

/** Every string inside a value, however deep. */
const strings = (v: unknown): string[] =>
  typeof v === "string"
    ? [v]
    : typeof v === "function"
      ? []
      : v && typeof v === "object"
        ? Object.values(v).flatMap(strings)
        : [];

/**
 * French sets a space before ; : ! ? and it must not break: a plain space lets a mail client or a phone
 * start a line with the colon ("… ouvrez ce lien\n: https://…"). The page's own labels use the narrow
 * no-break space (`colon`); every French text a customer reads does the same.
 */
describe("French punctuation a customer reads", () => {
  it("has a narrow no-break space before ; : ! ?, never a plain one", () => {
    const texts = [
      ...strings(PAGE_TEXT.fr),
      shownInNote("fr", "de"),
      ...strings(PHRASES.fr),
      ...CASE_TOPICS.map(
        (topic) =>
          buildReply({
            language: "fr",
            topic,
            dueAt: "2026-12-07T13:00:00Z",
            timezone: "Europe/Paris",
            shop: "Boutique",
            customerName: "Claire",
            remedy: { kind: "discount", amount: 1500, currency: "EUR" },
          }).text,
      ),
      followUpPrivate("fr", "Boutique", "Claire"),
      followUpPublic("fr", "une remise"),
    ];
    const plain = texts.filter((t) => / [;:!?](\s|$)/.test(t));
    // On the old code: "ouvrant ce lien :", "en français ; affiché", "Nous nous excusons :", "terminé ?".
    expect(plain).toEqual([]);
    expect(texts.join("\n")).toContain("Nous nous excusons\u202f:");
  });
});
