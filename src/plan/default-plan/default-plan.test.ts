import { describe, expect, it } from "vitest";
import {
  CRISIS_TYPE_IDS,
  cloneDefaultPlan,
  defaultPlan,
  LANGS,
  type LocalizedText,
  localize,
  nextReviewDate,
  planSchema,
  ROLE_IDS,
} from "./index.js";

const isLocalized = (v: unknown): v is LocalizedText =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "en" in v && "pl" in v && "de" in v;

/** Every localised string in the plan, with where it sits. */
const collect = (v: unknown, path = "plan", out: { path: string; text: LocalizedText }[] = []) => {
  if (isLocalized(v)) out.push({ path, text: v });
  else if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) collect(x, `${path}[${i}]`, out);
  } else if (typeof v === "object" && v !== null)
    for (const [k, x] of Object.entries(v)) collect(x, `${path}.${k}`, out);
  return out;
};

const texts = collect(defaultPlan);

/** Strings that may legitimately read the same in another language: ids, acronyms, loanwords. */
const SAME_AS_ENGLISH_OK = new Set(["Checkout", "DDoS attack"]);
const isProperNameOrCode = (s: string) => /^(SEV\d|[A-Z0-9 –-]+$)/.test(s) || SAME_AS_ENGLISH_OK.has(s);

describe("default plan", () => {
  it("has a non-empty string in all six languages for every localised text", () => {
    expect(texts.length).toBeGreaterThan(200);
    const missing = texts.flatMap(({ path, text }) =>
      LANGS.filter((l) => typeof text[l] !== "string" || text[l].trim() === "").map((l) => `${path}.${l}`),
    );
    expect(missing).toEqual([]);
  });

  it("does not copy English into the other languages", () => {
    const copied = texts.flatMap(({ path, text }) =>
      LANGS.filter((l) => l !== "en" && text[l] === text.en && !isProperNameOrCode(text.en)).map(
        (l) => `${path}.${l}: ${text.en}`,
      ),
    );
    expect(copied).toEqual([]);
  });

  it("ships exactly the twelve crisis types, each with a playbook of 6–12 tasks", () => {
    expect(defaultPlan.crisisTypes.map((t) => t.id).sort()).toEqual([...CRISIS_TYPE_IDS].sort());
    for (const t of defaultPlan.crisisTypes) {
      expect(t.playbook.length, t.id).toBeGreaterThanOrEqual(6);
      expect(t.playbook.length, t.id).toBeLessThanOrEqual(12);
      expect(t.messages.length, t.id).toBeGreaterThan(0);
      expect(t.topics.length, t.id).toBeGreaterThan(0);
      expect(t.escalation.length, t.id).toBeGreaterThan(0);
    }
  });

  it("keeps ids unique across types, tasks and escalation rules", () => {
    const all = [
      ...defaultPlan.crisisTypes.map((t) => t.id),
      ...defaultPlan.crisisTypes.flatMap((t) => t.playbook.map((p) => p.id)),
      ...defaultPlan.crisisTypes.flatMap((t) => t.escalation.map((e) => e.id)),
      ...defaultPlan.continuity.map((c) => `continuity:${c.id}`),
      ...defaultPlan.authorities.map((a) => `authority:${a.id}`),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it("keeps likelihood and impact within 1–5", () => {
    for (const t of defaultPlan.crisisTypes) {
      expect(t.likelihood).toBeGreaterThanOrEqual(1);
      expect(t.likelihood).toBeLessThanOrEqual(5);
      expect(t.impact).toBeGreaterThanOrEqual(1);
      expect(t.impact).toBeLessThanOrEqual(5);
    }
  });

  it("runs the GDPR clocks for a personal-data breach", () => {
    const breach = defaultPlan.crisisTypes.find((t) => t.id === "data_breach");
    expect(breach?.personal_data).toBe(true);
    const art33 = breach?.playbook.find((p) => p.clock === "gdpr_art33_72h");
    expect(art33?.dueMinutes).toBe(72 * 60);
    expect(art33?.role).toBe("legal_data_protection");
    expect(art33?.title.en).toMatch(/72 hours/);
    expect(art33?.title.pl).toMatch(/72 godzin/);
    expect(breach?.playbook.some((p) => p.clock === "gdpr_art34_without_delay")).toBe(true);
    expect(defaultPlan.crisisTypes.filter((t) => t.personal_data).map((t) => t.id)).toEqual(["data_breach"]);
  });

  it("orders each playbook by due time and fills every role in the team template", () => {
    for (const t of defaultPlan.crisisTypes) {
      const due = t.playbook.map((p) => p.dueMinutes);
      expect(due, t.id).toEqual([...due].sort((a, b) => a - b));
    }
    expect(defaultPlan.team.map((s) => s.role)).toEqual([...ROLE_IDS]);
    expect(defaultPlan.roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
  });

  it("tightens targets from SEV4 to SEV1", () => {
    const [s1, s2, s3, s4] = defaultPlan.severities;
    for (const [hi, lo] of [
      [s1, s2],
      [s2, s3],
      [s3, s4],
    ] as const) {
      expect(hi?.targets.acknowledgeMinutes).toBeLessThan(lo?.targets.acknowledgeMinutes ?? 0);
      expect(hi?.updateCadenceMinutes).toBeLessThan(lo?.updateCadenceMinutes ?? 0);
      expect(hi?.page.length).toBeGreaterThanOrEqual(lo?.page.length ?? 0);
    }
  });

  it("lists the supervisory authorities of the six markets", () => {
    const countries = defaultPlan.authorities
      .filter((a) => a.kind === "data_protection")
      .map((a) => a.country);
    expect(countries.sort()).toEqual(["DE", "ES", "FR", "GB", "IT", "PL"]);
    expect(defaultPlan.review.intervalMonths).toBe(6);
  });

  it("rejects a plan with a duplicate task id or an unknown field", () => {
    const plan = cloneDefaultPlan();
    const first = plan.crisisTypes[0];
    if (!first?.playbook[0] || !first.playbook[1]) throw new Error("fixture");
    first.playbook[1].id = first.playbook[0].id;
    expect(planSchema.safeParse(plan).success).toBe(false);
    expect(planSchema.safeParse({ ...cloneDefaultPlan(), extra: 1 }).success).toBe(false);
    expect(planSchema.safeParse(cloneDefaultPlan()).success).toBe(true);
  });
});

describe("localize", () => {
  const text = { en: "Hello", pl: "Cześć", it: "", fr: "Bonjour", de: "", es: "Hola" };
  it("returns the language, then the fallback, then English", () => {
    expect(localize(text, "pl")).toBe("Cześć");
    expect(localize(text, "it")).toBe("Hello");
    expect(localize(text, "de", "fr")).toBe("Bonjour");
    expect(localize(text, "de", "it")).toBe("Hello");
  });
});

describe("nextReviewDate", () => {
  it("adds the interval to the last review", () => {
    const plan = cloneDefaultPlan();
    expect(nextReviewDate(plan)).toBeNull();
    plan.review.lastReviewed = "2025-03-31";
    expect(nextReviewDate(plan)).toBe("2025-10-01");
  });
});
