import { beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { subscribeConfirmed } from "./testing.js";

/**
 * A Hebrew shop name and incident among our words in the notices and the feed: each its own isolate
 * (FSI … PDI), so our brackets, status word and digits are drawn where we wrote them, and a mail app
 * that takes a subject's direction from its first letter reads our English. And a title stored with an
 * open override before the JSON edge closed it: closed in `status.json` and v2 too.
 */
const FSI = "\u2068";
const PDI = "\u2069";
const RLO = "\u202E";
const PDF = "\u202C";
const { h, smtp } = setupMailHarness();
let incidentId = "";

beforeAll(async () => {
  h.clock.freeze(new Date("2026-12-06T08:00:00Z"));
  await setShop(h, {
    name: "חנות 24",
    time_zone: "Asia/Jerusalem",
    languages: ["en"],
    default_language: "en",
  });
  await subscribeConfirmed(h, smtp, "a@example.com", "en");
  const inc = await h.app.inject({
    method: "POST",
    url: "/api/v1/status/incidents",
    headers: h.auth("responder"),
    payload: {
      title: { en: "תקלה בתשלומים" },
      body: { en: "אנחנו בודקים.\nעוד פרטים בקרוב." },
      impact: "major",
    },
  });
  expect(inc.statusCode).toBe(201);
  incidentId = inc.json().id;
  await h.ctx.jobs.drain();
});

describe("right-to-left text in the notices and the feed", () => {
  it("isolates the shop's name, the title and each line of the text in the notice", async () => {
    const [confirm, mail] = await smtp.waitFor(2);
    // The confirmation too: "[⁨חנות 24⁩] Get updates by e-mail".
    expect(confirm?.subject?.startsWith(`[${FSI}חנות 24${PDI}] `)).toBe(true);
    // On the old code "[חנות 24] תקלה בתשלומים — Investigating": a first-letter reader set it right to left.
    expect(mail?.subject).toBe(`[${FSI}חנות 24${PDI}] ${FSI}תקלה בתשלומים${PDI} — Investigating`);
    expect(mail?.text).toContain(`${FSI}אנחנו בודקים.${PDI}\n${FSI}עוד פרטים בקרוב.${PDI}`);
    // The HTML part carries the same isolates (it is made from the text).
    expect(mail?.html).toContain(`${FSI}אנחנו בודקים.${PDI}`);
  });

  it("isolates the feed's title, author and entry titles", async () => {
    const feed = (await h.app.inject({ method: "GET", url: "/status/feed.atom?lang=en" })).body;
    expect(feed).toContain(`<title>${FSI}חנות 24${PDI} — Status</title>`);
    expect(feed).toContain(`<title>${FSI}תקלה בתשלומים${PDI} — Investigating</title>`);
    expect(feed).toContain(`<name>${FSI}חנות 24${PDI}</name>`);
  });
});

describe("a title stored with its override open (before the JSON edge closed it)", () => {
  it("is closed in status.json and in v2", async () => {
    await h.ctx.db
      .updateTable("status_incidents")
      .set({ title: JSON.stringify({ en: `Payments ${RLO}exe.gnp` }) })
      .where("id", "=", incidentId)
      .execute();
    h.ctx.services.statuspage.pages.invalidate(h.workspaceId);
    const json = (await h.app.inject({ method: "GET", url: "/status.json" })).json();
    expect(json.incidents[0].title.en).toBe(`Payments ${RLO}exe.gnp${PDF}`);
    const v2 = (await h.app.inject({ method: "GET", url: "/api/v2/incidents.json" })).json();
    expect(v2.incidents[0].name).toBe(`Payments ${RLO}exe.gnp${PDF}`);
  });
});
