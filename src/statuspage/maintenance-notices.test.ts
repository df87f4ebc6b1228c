import { beforeAll, describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { MAINTENANCE_QUEUE } from "./ops/maintenance-notices.js";
import { subscribeConfirmed } from "./testing.js";

/**
 * Scheduled maintenance reaches the confirmed subscribers as Statuspage and Better Stack send it: when it
 * is posted, when it begins and when it is over, each in the subscriber's language with the window in
 * the shop's zone, and never twice. A Polish/English shop in Warsaw; readers in Polish, French, German.
 */
const { h, smtp } = setupMailHarness();
beforeAll(async () => {
  // 10:00 in Warsaw (CET) on Saturday 5 December.
  h.clock.freeze(new Date("2026-12-05T09:00:00Z"));
  await setShop(h, { time_zone: "Europe/Warsaw", languages: ["pl", "en"], default_language: "pl" });
  for (const [email, lang] of [
    ["ola@example.com", "pl"],
    ["hans@example.com", "de"],
  ])
    await subscribeConfirmed(h, smtp, email as string, lang as string);
});

const schedule = (starts_at: string, ends_at: string) =>
  h.app.inject({
    method: "POST",
    url: "/api/v1/status/maintenance",
    headers: h.auth("responder"),
    payload: {
      title: { pl: "Przerwa w płatnościach <BLIK>", en: "Payments pause <BLIK>" },
      body: { pl: "Wymieniamy bramkę płatności.", en: "We are replacing the payment gateway." },
      components: ["payments"],
      starts_at,
      ends_at,
    },
  });

/** Calls a window off, as a responder would. */
async function cancel(id: string) {
  const del = await h.app.inject({
    method: "DELETE",
    url: `/api/v1/status/maintenance/${id}`,
    headers: h.auth("responder"),
  });
  expect(del.statusCode, del.body).toBeLessThan(300);
}

/** The mails sent since `before`, once the queue is drained, by recipient. */
async function mailsSince(before: number, expected: number) {
  await h.ctx.jobs.drain();
  await h.ctx.jobs.drain();
  const got = (await smtp.waitFor(before + expected)).slice(before);
  expect(got).toHaveLength(expected);
  const to = (who: string) => got.find((m) => JSON.stringify(m.to).includes(who));
  return { ola: to("ola@"), hans: to("hans@") };
}

describe("scheduled maintenance, mailed", () => {
  it("tells each subscriber when it is posted, begins and ends, in their language and Warsaw's time", async () => {
    let before = smtp.messages.length;
    // 23:50 tonight to 03:50 tomorrow, Warsaw time.
    const m = await schedule("2026-12-05T22:50:00Z", "2026-12-06T02:50:00Z");
    expect(m.statusCode, m.body).toBe(201);
    const posted = await mailsSince(before, 2);
    expect(posted.ola?.subject).toBe(
      "[Test shop] Przerwa w płatnościach <BLIK> — Zaplanowano prace serwisowe",
    );
    expect(posted.ola?.text).toContain("5 gru 2026, 23:50 CET – 6 gru 2026, 03:50 CET");
    expect(posted.ola?.text).toContain("Wymieniamy bramkę płatności.");
    expect(posted.ola?.text).toContain("?lang=pl");
    expect(posted.ola?.html || "").toContain('<html lang="pl">');
    // German is not written by the shop: English, which it also writes, before its default Polish.
    expect(posted.hans?.subject).toContain("Payments pause <BLIK> — Wartung geplant");
    expect(posted.hans?.text).toContain("We are replacing the payment gateway.");
    expect(posted.hans?.text).toContain("Noch nicht auf Deutsch verfügbar; angezeigt auf Englisch.");
    expect(posted.hans?.text).toContain("5. Dez. 2026, 23:50 MEZ");

    // A retried job (another key, the same window and phase) mails nobody twice.
    before = smtp.messages.length;
    await h.ctx.jobs.enqueue(
      MAINTENANCE_QUEUE,
      { maintenanceId: m.json().id, phase: "scheduled" },
      { key: "retry" },
    );
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);

    h.clock.freeze(new Date("2026-12-05T22:51:00Z"));
    const started = await mailsSince(before, 2);
    expect(started.ola?.subject).toContain("— Trwają prace serwisowe");
    expect(started.hans?.subject).toContain("— Wartung läuft");
    const feed = (await h.app.inject({ method: "GET", url: "/status/feed.atom?lang=pl" })).body;
    expect(feed).toContain("Przerwa w płatnościach &lt;BLIK&gt; — Zaplanowano prace serwisowe</title>");
    expect(feed).toContain("Przerwa w płatnościach &lt;BLIK&gt; — Trwają prace serwisowe</title>");

    before = smtp.messages.length;
    h.clock.freeze(new Date("2026-12-06T02:51:00Z"));
    const done = await mailsSince(before, 2);
    expect(done.ola?.subject).toContain("— Prace serwisowe zakończone");
    expect(done.hans?.subject).toContain("— Wartung abgeschlossen");
    const after = (await h.app.inject({ method: "GET", url: "/status/feed.atom?lang=de" })).body;
    expect(after).toContain("Payments pause &lt;BLIK&gt;</span> — Wartung abgeschlossen</div></title>");
    expect(after).toContain("(Noch nicht auf Deutsch verfügbar; angezeigt auf Englisch.)</div></content>");
  });

  it("a cancelled window says only that it is cancelled, and nothing at the time it would have begun", async () => {
    h.clock.freeze(new Date("2026-12-07T09:00:00Z"));
    let before = smtp.messages.length;
    const m = await schedule("2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z");
    await mailsSince(before, 2);
    before = smtp.messages.length;
    await cancel(m.json().id);
    const cancelled = await mailsSince(before, 2);
    expect(cancelled.ola?.subject).toContain("— Prace serwisowe odwołane");
    before = smtp.messages.length;
    h.clock.freeze(new Date("2026-12-08T10:30:00Z"));
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);
  });

  it("a window called off before its first notice mails nobody; the feed says it is cancelled", async () => {
    h.clock.freeze(new Date("2026-12-09T09:00:00Z"));
    const before = smtp.messages.length;
    // Posted and called off before the worker's next round: nobody heard of it, nobody hears it is off.
    const m = await schedule("2026-12-10T09:00:00Z", "2026-12-10T10:00:00Z");
    await cancel(m.json().id);
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);
    // The feed says it is off, in the reader's language: this window and the one cancelled above.
    const feed = (await h.app.inject({ method: "GET", url: "/status/feed.atom?lang=de" })).body;
    expect(feed.split("Payments pause &lt;BLIK&gt;</span> — Wartung abgesagt</div></title>")).toHaveLength(3);
  });

  it("a cancellation reaches those who heard of the window, not a reader who subscribed after", async () => {
    h.clock.freeze(new Date("2026-12-11T09:00:00Z"));
    let before = smtp.messages.length;
    const m = await schedule("2026-12-12T09:00:00Z", "2026-12-12T10:00:00Z");
    await mailsSince(before, 2);
    h.clock.freeze(new Date("2026-12-11T10:00:00Z"));
    await subscribeConfirmed(h, smtp, "claire@example.com", "fr");
    before = smtp.messages.length;
    await cancel(m.json().id);
    const cancelled = await mailsSince(before, 2);
    expect(cancelled.hans?.subject).toContain("— Wartung abgesagt");
    expect(smtp.messages.slice(before).some((x) => JSON.stringify(x.to).includes("claire@"))).toBe(false);
  });

  it("a moved window: 'rescheduled' once per change to those who heard of it, then notices at the new times", async () => {
    h.clock.freeze(new Date("2026-12-13T09:00:00Z"));
    let before = smtp.messages.length;
    const m = await schedule("2026-12-14T09:00:00Z", "2026-12-14T10:00:00Z");
    const id = m.json().id as string;
    await h.ctx.jobs.drain();
    expect((await smtp.waitFor(before + 3)).length - before).toBe(3);
    h.clock.freeze(new Date("2026-12-13T10:00:00Z"));
    await subscribeConfirmed(h, smtp, "dora@example.com", "de");
    const move = (starts_at: string, ends_at: string) =>
      h.app.inject({
        method: "PATCH",
        url: `/api/v1/status/maintenance/${id}`,
        headers: h.auth("responder"),
        payload: { starts_at, ends_at },
      });
    before = smtp.messages.length;
    const r = await move("2026-12-15T09:00:00Z", "2026-12-15T11:00:00Z");
    expect(r.statusCode, r.body).toBe(200);
    await h.ctx.jobs.drain();
    const moved = (await smtp.waitFor(before + 3)).slice(before);
    expect(moved).toHaveLength(3);
    const ola = moved.find((x) => JSON.stringify(x.to).includes("ola@"));
    expect(ola?.subject).toBe(
      "[Test shop] Przerwa w płatnościach <BLIK> — Zmieniono termin prac serwisowych",
    );
    expect(ola?.text).toContain("15 gru 2026, 10:00–12:00 CET");
    const hans = moved.find((x) => JSON.stringify(x.to).includes("hans@"));
    expect(hans?.subject).toContain("— Wartung verschoben");
    // Dora subscribed after the window was posted: she reads the new times when it begins.
    expect(moved.some((x) => JSON.stringify(x.to).includes("dora@"))).toBe(false);
    // A feed reader sees the move too, with the new window; the first entry keeps the window announced.
    const feed = (await h.app.inject({ method: "GET", url: "/status/feed.atom?lang=pl" })).body;
    const entries = feed.split("<entry>").filter((e) => e.includes(`#maintenance-${id}`));
    const moveEntry = entries.find((e) => e.includes("— Zmieniono termin prac serwisowych</title>"));
    expect(moveEntry).toContain("15 gru 2026, 10:00–12:00 CET: Wymieniamy bramkę płatności.</content>");
    expect(moveEntry).toContain("<published>2026-12-13T10:00:00.000Z</published>");
    expect(entries.find((e) => e.includes("— Zaplanowano prace serwisowe</title>"))).toContain(
      "14 gru 2026, 10:00–11:00 CET:",
    );

    // The same times again is no change: nothing is mailed.
    before = smtp.messages.length;
    expect((await move("2026-12-15T09:00:00Z", "2026-12-15T11:00:00Z")).statusCode).toBe(200);
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);
    // At the old start nothing begins; at the new one everybody hears it has.
    h.clock.freeze(new Date("2026-12-14T09:01:00Z"));
    await h.ctx.jobs.drain();
    await h.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);
    h.clock.freeze(new Date("2026-12-15T09:01:00Z"));
    await h.ctx.jobs.drain();
    const begun = (await smtp.waitFor(before + 4)).slice(before);
    expect(begun).toHaveLength(4);
    expect(
      begun.every((x) => /Trwają prace serwisowe|Wartung läuft|Maintenance en cours/.test(x.subject ?? "")),
    ).toBe(true);
    // Once begun, only the end can move; an overrun is told like any other change.
    expect((await move("2026-12-15T09:30:00Z", "2026-12-15T11:00:00Z")).statusCode).toBe(409);
    expect((await move("2026-12-15T09:00:00Z", "2026-12-15T12:00:00Z")).statusCode).toBe(200);
    // Each move is its own entry, in the feed's language; the "in progress" one keeps the end it had.
    const de = (await h.app.inject({ method: "GET", url: "/status/feed.atom?lang=de" })).body;
    const ours = de.split("<entry>").filter((e) => e.includes(`#maintenance-${id}`));
    expect(ours.filter((e) => e.includes("— Wartung verschoben</div></title>"))).toHaveLength(2);
    expect(ours.find((e) => e.includes("— Wartung läuft</div></title>"))).toContain(
      "15. Dez. 2026, 10:00–12:00 Uhr MEZ:",
    );
  });
});
