import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundEmail, rawMail } from "../../src/cases/test-mail.js";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";
import { isolated, leftEdges } from "./left-edges.js";

/**
 * Text from the internet among the dashboard's own words: a Hebrew author or title, or a sender's name
 * with an unclosed U+202E (an e-mail's From does not pass the JSON edge that closes it), must be drawn
 * as its own run, so the row around it reads in our order. Word positions as Chromium draws them.
 */
const AUTHOR = "דנה כהן";
const TITLE = "תקלה בתשלומים";
const BODY = "בודקים את התשלומים";
const COMPONENT = "תשלומים";
const RLO = "\u202E";

describe.runIf(hasBrowser)("right-to-left text in the dashboard, in Chromium", () => {
  let b: BrowserHarness;
  let mentionId = "";
  let caseId = "";
  beforeAll(async () => {
    b = await openDashboard();
    const { h } = b;
    const auth = h.auth("admin");
    const posted = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: auth,
      payload: {
        mentions: [
          {
            source: "twitter",
            external_id: "rtl-1",
            text: "החבילה לא הגיעה, 3 שבועות!",
            author: AUTHOR,
            author_followers: 1200,
          },
        ],
      },
    });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    const list = await h.app.inject({ method: "GET", url: "/api/v1/mentions", headers: auth });
    mentionId = list.json().items[0].id;
    const mail = await inboundEmail(
      h,
      rawMail({
        from: `${RLO}Ola <ola@example.com>`,
        subject: "Order 321",
        id: "<rtl-dash@example.com>",
        body: "Hello, my parcel has not arrived, I have been waiting two weeks and nobody answers.",
      }),
    );
    expect(mail.statusCode, mail.body).toBe(201);
    caseId = mail.json().id;
    const named = await h.app.inject({
      method: "PATCH",
      url: "/api/v1/status/components/payments",
      headers: auth,
      payload: { name: { en: COMPONENT } },
    });
    expect(named.statusCode, named.body).toBe(200);
    const inc = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: auth,
      payload: { title: { en: TITLE }, body: { en: BODY }, impact: "major", components: ["payments"] },
    });
    expect(inc.statusCode, inc.body).toBe(201);
    await login(b);
  }, 180_000);
  afterAll(async () => b?.close());

  it("a mention: the author's Hebrew name stays left of our follower count, the text its own paragraph", async () => {
    const { page, url } = b;
    await page.goto(`${url}/mentions/${encodeURIComponent(mentionId)}`);
    await page.getByTestId("mention-detail-reach").waitFor();
    const x = await leftEdges(page, "main p.muted", [AUTHOR, "1,200"]);
    // On the old screen "1,200 · ןהכ הנד followers": the count drawn into the name's run, left of it.
    expect(Object.keys(x)).toHaveLength(2);
    expect(x[AUTHOR]).toBeLessThan(x["1,200"] as number);
    expect((await isolated(page, ["החבילה", AUTHOR])).every((n) => n.isolated)).toBe(true);
    await page.goto(`${url}/mentions`);
    await page.getByTestId("mentions-table-row").first().waitFor();
    const list = await isolated(page, ["החבילה", AUTHOR]);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.filter((n) => !n.isolated)).toEqual([]);
  });

  it("a case from an e-mail whose sender wrote an open override: our channel and time are not turned around", async () => {
    const { page, url } = b;
    await page.goto(`${url}/cases/${encodeURIComponent(caseId)}`);
    await page.getByTestId("case-msg-in").first().waitFor();
    const x = await leftEdges(page, '[data-testid="case-msg-in"] .cases-muted', ["Ola", "email"]);
    // On the old screen the override ran to the line's end: "<time> · liame · alO", our words backwards.
    expect(Object.keys(x)).toHaveLength(2);
    expect(x["Ola"]).toBeLessThan(x["email"] as number);
    const found = await isolated(page, [`${RLO}Ola`]);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.filter((n) => !n.isolated)).toEqual([]);
  });

  it("the status page's admin screen: the Hebrew update text and component name, each its own run", async () => {
    const { page, url } = b;
    await page.goto(`${url}/statuspage`);
    await page.getByTestId("status-incident").first().waitFor();
    const time = await page.locator('[data-testid="status-incident"] li .muted').first().textContent();
    expect(time).toMatch(/\d/);
    const x = await leftEdges(page, '[data-testid="status-incident"] li', [BODY, time as string]);
    // On the old screen the time's first digits were drawn into the Hebrew run, left of it.
    expect(Object.keys(x)).toHaveLength(2);
    expect(x[BODY]).toBeLessThan(x[time as string] as number);
    const found = await isolated(page, [TITLE, BODY, COMPONENT]);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.filter((n) => !n.isolated)).toEqual([]);
  });
});
