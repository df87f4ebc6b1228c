import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtp, type TestSmtp } from "../../src/testing/smtp.js";
import { waitFor } from "../../src/testing/wait.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("cases inbox in Chromium", () => {
  let b: BrowserHarness;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    b = await openDashboard(smtp.env);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await smtp?.close();
  });

  it("answers a Polish complaint from the inbox and gives a discount that needs approval", async () => {
    const { h, page } = b;
    const api = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
      h.app.inject({ method, url, headers: h.auth(), ...(payload ? { payload } : {}) });
    // A one-person Polish shop: money in złoty, discounts above 80 zł wait for an approval step, which
    // the owner may give their own requests (self-approval on; four eyes is tested on /approvals below).
    const put = await api("PUT", "/api/v1/cases/policy", {
      currency: "PLN",
      limits: { discount: 8000 },
      allow_self_approval: true,
    });
    expect(put.statusCode).toBe(200);
    const older = await api("POST", "/api/v1/cases", {
      customer: { name: "Earlier <b>customer</b>" },
      text: "Charged twice, payment failed, <script>alert(1)</script> nobody answers.",
      followers: 150_000,
    });
    expect(older.statusCode).toBe(201);
    const created = await api("POST", "/api/v1/cases", {
      customer: { name: "Ola Nowak", email: "ola@example.pl" },
      subject: "Gdzie jest moja paczka?",
      text: "Paczka nie dotarła, czekam dwa tygodnie. Fatalna obsługa, nikt nie odpowiada na maile.",
    });
    expect(created.statusCode).toBe(201);
    const caseId = created.json().id as string;

    await login(b);
    await page.getByTestId("nav-cases").click();
    await expect.poll(() => page.getByTestId("case-link").count()).toBe(2);
    // Hostile text shows as text.
    expect(await page.getByTestId("cases-list").textContent()).toContain("<script>alert(1)</script>");
    await expect.poll(() => page.getByTestId("cases-live").textContent()).toBe("live");

    // Keyboard: j opens the newest case (the Polish one), j again the next, k back.
    await page.keyboard.press("j");
    await page.getByTestId("case-view").waitFor();
    await expect.poll(() => page.url()).toContain(caseId);
    await page.keyboard.press("j");
    await expect.poll(() => page.url()).not.toContain(caseId);
    await page.keyboard.press("k");
    await expect.poll(() => page.url()).toContain(caseId);
    await page.getByTestId("clock").first().waitFor();
    // Newest first by default; most urgent first puts the older, louder case on top.
    expect(await page.getByTestId("case-customer").first().textContent()).toBe("Ola Nowak");
    await page.getByTestId("cases-sort").selectOption("urgent");
    await expect
      .poll(() => page.getByTestId("case-customer").first().textContent())
      .toBe("Earlier <b>customer</b>");
    await expect.poll(() => page.url()).toContain("sort=urgent");

    // The composer starts from the Polish suggestion, which passes the tone check.
    const reply = page.getByTestId("reply-text");
    // One composer, the selected case's (a stale one of the previous case once stayed beside it).
    await expect.poll(() => page.getByTestId("reply-composer").count()).toBe(1);
    await expect.poll(() => reply.inputValue()).toMatch(/dziękujemy/i);
    await page.getByTestId("tone-ok").waitFor();
    // Blaming the courier is flagged inline, on the very words.
    await page.keyboard.press("r");
    await reply.press("Control+End");
    await reply.pressSequentially(" To wina kuriera.");
    await expect.poll(() => page.getByTestId("tone-remark").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId("tone-remark").first().getAttribute("data-kind")).toBe("blaming");
    expect(await page.getByTestId("tone-mark").first().textContent()).toMatch(/wina kuriera/);
    await b.screenshot("case-tone-remark");
    await page.getByTestId("reply-suggested").click();
    await page.getByTestId("tone-ok").waitFor();
    expect(await page.getByTestId("reply-channel").inputValue()).toBe("email");
    await page.getByTestId("reply-send").click();
    await expect.poll(() => page.getByTestId("case-status").textContent()).toMatch(/answered/);
    await expect.poll(() => page.getByTestId("case-msg-out").count()).toBe(1);

    await waitFor(() => smtp.messages.length > 0, {
      each: () => h.ctx.jobs.drain(),
      what: "the reply e-mail",
    });
    const mail = smtp.messages.find((m) => JSON.stringify(m.to).includes("ola@example.pl"));
    expect(mail?.subject).toBe("Re: Gdzie jest moja paczka?");
    expect(mail?.text).toMatch(/Przepraszamy/);

    // A discount of 150 zł is above the 80 zł limit: it waits, the admin approves, a code appears.
    await page.getByTestId("remedy-kind").selectOption("discount");
    await page.getByTestId("remedy-amount").fill("150");
    await expect.poll(() => page.getByTestId("remedy-limit").textContent()).toMatch(/approver/);
    await page.getByTestId("remedy-give").click();
    await expect
      .poll(() => page.getByTestId("remedy").first().getAttribute("data-status"))
      .toBe("awaiting_approval");
    await b.screenshot("case-remedy-awaiting");
    await page.getByTestId("remedy-approve").click();
    await expect.poll(() => page.getByTestId("remedy").first().getAttribute("data-status")).toBe("given");
    const code = await page.getByTestId("remedy-code").textContent();
    expect(code).toMatch(/^SORRY-[A-Z]{4}-\d{4}$/);
    await expect.poll(() => page.getByTestId("remedy-cost").textContent()).toMatch(/150/);
    await b.screenshot("case-answered");

    const after = (await api("GET", `/api/v1/cases/${caseId}`)).json();
    expect(after.status).toBe("answered");
    expect(after.remedies[0]).toMatchObject({ kind: "discount", amount: 15000, currency: "PLN", code });
    const kinds = after.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["reply.sent", "remedy.requested", "remedy.given"]));
    expect(b.pageErrors).toEqual([]);
  }, 180_000);

  it("opens a case by hand, escalates it, and shows the month's remedy cost and the policy", async () => {
    const { h, page } = b;
    await page.getByTestId("cases-tab-new").click();
    // Bad input comes back on the field it concerns.
    await page.getByTestId("new-case-name").fill("Jan Kowalski");
    await page.getByTestId("new-case-email").fill("jan@example.pl");
    await page.getByTestId("new-case-submit").click();
    await page.getByTestId("field-text-error").waitFor();
    await page
      .getByTestId("new-case-text")
      .fill("Zadzwoniłem trzy razy, nikt nie pomógł. Produkt jest uszkodzony.");
    await page.getByTestId("new-case-submit").click();
    await page.getByTestId("case-view").waitFor();
    const id = page.url().split("/cases/")[1]?.split("?")[0] ?? "";
    await page.getByTestId("case-escalate").click();
    await page.getByTestId("case-escalated").waitFor();
    const c = (await h.app.inject({ method: "GET", url: `/api/v1/cases/${id}`, headers: h.auth() })).json();
    expect(c).toMatchObject({ language: "pl", source: "email", channel: "email" });
    expect(c.escalated_at).toBeTruthy();

    // From the feed: a negative mention becomes a case by hand.
    const ingest = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth(),
      payload: {
        mentions: [
          {
            source: "twitter",
            external_id: "tw-77",
            text: "Zamówiłem tydzień temu, paczka nie dotarła. Fatalna obsługa!",
            author: "@marek",
          },
        ],
      },
    });
    expect(ingest.json()).toMatchObject({ accepted: 1 });
    const negative = await h.app.inject({
      method: "GET",
      url: "/api/v1/mentions?sentiment=negative",
      headers: h.auth(),
    });
    expect(negative.json().items.length).toBeGreaterThan(0);
    await page.getByTestId("cases-tab-new").click();
    await expect.poll(() => page.getByTestId("feed-mention").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId("feed-open-case").first().click();
    await page.getByTestId("case-view").waitFor();
    await expect.poll(() => page.getByTestId("case-view").textContent()).toContain("@marek");
    expect(await page.getByTestId("reply-channel").inputValue()).toBe("webhook");

    await page.getByTestId("cases-tab-costs").click();
    await expect.poll(() => page.getByTestId("costs-totals").textContent()).toMatch(/150/);
    await page.getByTestId("cases-tab-policy").click();
    await page.getByTestId("policy-form").waitFor();
    expect(await page.getByTestId("policy-form").textContent()).toContain("PLN");
    await page.getByTestId("policy-save").click();
    await expect.poll(() => page.getByTestId("toasts").textContent()).toMatch(/Policy saved/);
    expect(b.pageErrors).toEqual([]);
  }, 180_000);

  it("four eyes: a responder's large remedy waits in the approvals queue, counted in the menu", async () => {
    const { h, page } = b;
    await h.app.inject({
      method: "PUT",
      url: "/api/v1/cases/policy",
      headers: h.auth(),
      payload: { allow_self_approval: false },
    });
    const c = (
      await h.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: h.auth("responder"),
        payload: { customer: { name: "Queue <i>Quentin</i>" }, text: "Charged twice, payment failed." },
      })
    ).json();
    const r = (
      await h.app.inject({
        method: "POST",
        url: `/api/v1/cases/${c.id}/remedies`,
        headers: h.auth("responder"),
        payload: { kind: "discount", amount: 50_000 },
      })
    ).json();
    expect(r.status).toBe("awaiting_approval");
    await page.goto(`${b.url}/approvals`);
    await page.getByTestId("approvals-page").waitFor();
    await expect.poll(() => page.getByTestId("nav-approvals-count").textContent()).toMatch(/^\d+/);
    const card = page.getByTestId("approval").filter({ hasText: "Queue <i>Quentin</i>" });
    await card.getByTestId("approval-approve").click();
    await expect.poll(() => card.count()).toBe(0);
    const after = (
      await h.app.inject({ method: "GET", url: `/api/v1/cases/${c.id}`, headers: h.auth() })
    ).json();
    expect(after.remedies[0].status).toBe("given");
    expect(b.pageErrors).toEqual([]);
  }, 120_000);

  it("a copied reply is not an answer until someone marks it sent by hand", async () => {
    const { h, page } = b;
    const created = await h.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: h.auth(),
      payload: { customer: { name: "Walk-in Wanda" }, text: "Rude staff on the phone, nobody helped me." },
    });
    const caseId = created.json().id as string;
    await page.goto(`${b.url}/cases/${caseId}`);
    await page.getByTestId("case-view").waitFor();
    expect(await page.getByTestId("reply-channel").inputValue()).toBe("clipboard");
    // Without a reply that went out, the case offers no "Mark answered".
    expect(await page.getByTestId("case-status-answered").count()).toBe(0);
    await page.getByTestId("reply-send").click();
    await page.getByTestId("case-msg-unsent").waitFor();
    expect(await page.getByTestId("case-status").textContent()).toMatch(/new/i);
    await page.getByTestId("case-mark-sent").click();
    await expect.poll(() => page.getByTestId("case-status").textContent()).toMatch(/answered/i);
    expect(await page.getByTestId("case-msg-unsent").count()).toBe(0);
    await expect.poll(() => page.getByTestId("case-timeline").textContent()).toMatch(/sent by hand/i);
    const after = (
      await h.app.inject({ method: "GET", url: `/api/v1/cases/${caseId}`, headers: h.auth() })
    ).json();
    expect(after.first_response_at).toBeTruthy();
    expect(b.pageErrors).toEqual([]);
  }, 120_000);
});
