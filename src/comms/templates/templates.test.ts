import { describe, expect, it } from "vitest";
import { CRISIS_TYPE_IDS, LANGS, MESSAGE_KINDS } from "../../plan/default-plan/index.js";
import { checkTone } from "../tone/index.js";
import { allDefaultTemplates, checkTemplate, renderTemplate } from "./index.js";

const vars = {
  now: "23 November 2026",
  shop: {
    name: "Kites",
    url: "https://kites.test",
    status_url: "https://kites.test/status",
    contact_email: "help@kites.test",
  },
  crisis: {
    title: "Card payments failing",
    type: "payment_failure",
    type_name: "Payment provider failure",
    description: "Payments fail.",
    summary: "Card payments failed between 10:00 and 11:30 UTC.",
    severity: "SEV1",
    status: "mitigating",
    started_at: "2026-11-23 10:00 UTC",
    next_update_at: "13:00 UTC",
    next_update_day: null,
    next_update_time: "13:00 UTC",
    url: "https://kites.test/crises/1",
  },
  customer: { name: "Ola", email: "ola@example.com" },
  breach: {
    data: "names and e-mail addresses",
    consequences: "phishing e-mails",
    measures: "we closed the hole",
    contact: "dpo@kites.test",
  },
  vars: {},
};

describe("shipped templates", () => {
  it("cover every kind, crisis type and language, and all parse and render", async () => {
    const all = [...allDefaultTemplates()];
    expect(all).toHaveLength(MESSAGE_KINDS.length * CRISIS_TYPE_IDS.length * LANGS.length);
    for (const t of all) {
      const body = await renderTemplate(t.template.body, vars);
      expect(body, `${t.kind}/${t.crisis_type}/${t.language}`).not.toMatch(/%ADVICE%|\{\{|\{%/);
      expect(body.length).toBeGreaterThan(40);
    }
  });

  it("greet a Polish customer in the vocative, and without a name when it is not known for sure", async () => {
    const pl = [...allDefaultTemplates()].filter(
      (x) => x.language === "pl" && (x.kind === "customer_email" || x.kind === "breach_notice"),
    );
    expect(pl.length).toBeGreaterThan(0);
    for (const t of pl) {
      const greeting = async (name: string) =>
        (await renderTemplate(t.template.body, { ...vars, customer: { ...vars.customer, name } })).split(
          "\n",
        )[0];
      expect(await greeting("Ola"), t.kind).toBe("Dzień dobry, Olu,");
      expect(await greeting("Paweł Nowak"), t.kind).toBe("Dzień dobry, Pawle,");
      expect(await greeting("@ola_k"), t.kind).toBe("Dzień dobry,");
    }
  });

  it("the GDPR Art. 34 notice names what happened, the data, consequences, measures, advice and contact", async () => {
    for (const t of [...allDefaultTemplates()].filter(
      (x) => x.kind === "breach_notice" && x.crisis_type === "data_breach",
    )) {
      const body = await renderTemplate(t.template.body, vars);
      for (const part of [
        "names and e-mail addresses",
        "phishing e-mails",
        "we closed the hole",
        "dpo@kites.test",
      ])
        expect(body, t.language).toContain(part);
    }
  });

  it("customer e-mails of every language pass the tone check's apology and next-step rules", async () => {
    for (const t of [...allDefaultTemplates()].filter((x) => x.kind === "customer_email")) {
      const body = await renderTemplate(t.template.body, vars);
      const kinds = checkTone(body, t.language, { expectApology: true, expectNextStep: true }).remarks.map(
        (r) => r.kind,
      );
      expect(kinds, `${t.crisis_type}/${t.language}: ${body}`).not.toContain("missing_apology");
      expect(kinds, `${t.crisis_type}/${t.language}`).not.toContain("missing_next_step");
    }
  });

  it("a social post ends the crisis's name or summary with a full stop before the next sentence", async () => {
    for (const t of [...allDefaultTemplates()].filter((x) => x.kind === "social_post")) {
      const where = `${t.crisis_type}/${t.language}`;
      const bare = await renderTemplate(t.template.body, {
        ...vars,
        crisis: { ...vars.crisis, summary: "" },
      });
      expect(bare, where).toContain("Payment provider failure. ");
      const unended = { ...vars.crisis, summary: "Card payments failed between 10:00 and 11:30" };
      expect(await renderTemplate(t.template.body, { ...vars, crisis: unended }), where).toContain("11:30. ");
      const ended = await renderTemplate(t.template.body, vars);
      expect(ended, where).toContain("11:30 UTC. ");
      expect(ended, where).not.toContain("..");
    }
  });

  it("`sentence` reads a right-to-left name's end inside its isolate: one full stop, ours outside", async () => {
    const said = (name: string) => renderTemplate("{{ shop.name | sentence }}", { shop: { name } });
    expect(await said("\u2068חנות.\u2069")).toBe("\u2068חנות.\u2069");
    expect(await said("\u2068متجر؟\u2069")).toBe("\u2068متجر؟\u2069");
    expect(await said("\u2068חנות\u2069")).toBe("\u2068חנות\u2069.");
    expect(await said("Kites")).toBe("Kites.");
  });

  it("refuses templates that do not parse or read files, naming the field", async () => {
    expect(() => checkTemplate("{% if x %}", "body")).toThrow(/does not parse/);
    await expect(renderTemplate("{% include 'etc/passwd' %}", {})).rejects.toMatchObject({ field: "body" });
    // Own properties only: no reaching into prototypes.
    expect(await renderTemplate("{{ shop.constructor }}", { shop: {} })).toBe("");
  });
});
