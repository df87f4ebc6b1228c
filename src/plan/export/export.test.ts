import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { escapeHtml as esc } from "../../core/html.js";
import { cloneDefaultPlan, LANGS, localize, type Plan } from "../default-plan/index.js";
import { renderPlan } from "./index.js";
import { mdEscape } from "./markdown.js";

const hostile = "<script>alert('x')</script>";

const fixture = (): Plan => {
  const plan = cloneDefaultPlan();
  plan.shop.name = `Sklep Żółwik ${hostile}`;
  plan.review.lastReviewed = "2025-01-15";
  plan.suppliers.push({
    id: "mugs",
    name: "Fabryka Kubków Łódź",
    category: "goods",
    contact: { name: "", organisation: "", phone: "", email: "", notes: "" },
    products: [{ sku: "MUG-1", name: "Kubek emaliowany" }],
    singleSource: true,
    alternative: "",
  });
  const lead = plan.team[0];
  if (lead) lead.primary.name = `Anna ${hostile}`;
  return plan;
};

const now = new Date("2025-06-01T10:00:00Z");

describe("renderPlan md and html", () => {
  for (const lang of LANGS) {
    it(`lists every type and task in ${lang}`, async () => {
      const plan = fixture();
      const md = await renderPlan(plan, { format: "md", lang, now });
      const html = await renderPlan(plan, { format: "html", lang, now });
      for (const type of plan.crisisTypes) {
        expect(md).toContain(mdEscape(localize(type.name, lang)));
        expect(html).toContain(esc(localize(type.name, lang)));
        for (const task of type.playbook) {
          expect(md).toContain(`- [ ] **+`);
          expect(md).toContain(mdEscape(localize(task.title, lang)));
          expect(html).toContain(esc(localize(task.title, lang)));
        }
      }
    });
  }

  it("escapes user text in html", async () => {
    const html = await renderPlan(fixture(), { format: "html", lang: "en", now });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    // standalone: no external stylesheet or script
    expect(html).not.toMatch(/<link |<script/i);
  });

  it("neutralises markup in markdown", async () => {
    const md = await renderPlan(fixture(), { format: "md", lang: "en", now });
    expect(md).not.toContain("<script>");
    expect(md).toContain("\\<script\\>");
  });

  it("shows the review dates, the single-source flag and the 72-hour task", async () => {
    const md = await renderPlan(fixture(), { format: "md", lang: "pl", now });
    expect(md).toContain("2025-01-15");
    expect(md).toContain("2025-07-15");
    expect(md).toContain("⚠ tak");
    expect(md).toContain("72 godzin");
    expect(md).toContain("UODO");
  });
});

describe("renderPlan pdf", () => {
  it("renders a paged PDF whose text keeps the Polish letters", async () => {
    const pdf = await renderPlan(fixture(), { format: "pdf", lang: "pl", now });
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBeGreaterThan(12);
    const { text } = await extractText(doc, { mergePages: true });
    for (const letter of ["ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ł", "Ż"])
      expect(text).toContain(letter);
    expect(text).toContain("Plan kryzysowy");
    expect(text).toContain("Zgłoś naruszenie organowi nadzorczemu w ciągu 72 godzin");
    expect(text).toContain(`Strona 1 z ${doc.numPages}`);
    expect(text).toContain(`Strona ${doc.numPages} z ${doc.numPages}`);
    expect(text).toContain("Fabryka Kubków Łódź");
  }, 30_000);
});
