import { beforeAll, describe, expect, it } from "vitest";
import { closeBidi } from "../core/text.js";
import { setupMailHarness } from "../testing/mail-harness.js";

/**
 * A name or title from the internet with an unclosed right-to-left override (U+202E) must not turn the
 * words we write after it around: the status word in a notice's subject, "Status" in the page's heading,
 * the feed entry's phase.
 */
const RLO = "\u202E";
const PDF = "\u202C";
const { h, smtp } = setupMailHarness();
beforeAll(async () => {
  h.clock.freeze(new Date("2026-04-04T14:30:00Z"));
  const ws = await h.app.inject({
    method: "PATCH",
    url: "/api/v1/workspace",
    headers: h.auth("admin"),
    payload: {
      name: `Shop ${RLO}live`,
      time_zone: "Australia/Lord_Howe",
      languages: ["en"],
      default_language: "en",
    },
  });
  expect(ws.statusCode).toBe(200);
});

/** Whether what a line shows after `text` (and the closers right after it) is still inside its override. */
const openAfter = (line: string, text: string) => {
  const at = line.indexOf(text);
  expect(at, line).toBeGreaterThanOrEqual(0);
  let end = at + text.length;
  while (line[end] === PDF || line[end] === "\u2069") end++;
  return closeBidi(line.slice(0, end)) !== line.slice(0, end);
};

/** Subscribes an address to the page and returns the confirmation mail it is sent. */
async function subscribe(email: string, lang: string) {
  const before = smtp.messages.length;
  const sub = await h.app.inject({ method: "POST", url: "/status/subscribe", payload: { email, lang } });
  expect(sub.statusCode).toBe(202);
  await h.ctx.jobs.drain();
  return (await smtp.waitFor(before + 1))[before];
}

describe("direction controls in what customers read", () => {
  it("a notice's subject, the page and the feed close the shop's and the title's override before our words", async () => {
    const confirm = await subscribe("a@example.com", "en");
    expect(openAfter(confirm?.subject ?? "", "live")).toBe(false);
    const token = /\/status\/confirm\?token=([A-Za-z0-9_-]+)/.exec(confirm?.text ?? "")?.[1];
    await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` });

    const inc = await h.app.inject({
      method: "POST",
      url: "/api/v1/status/incidents",
      headers: h.auth("responder"),
      payload: { title: { en: `Payments ${RLO}exe.gnp` }, body: { en: "Looking into it." }, impact: "major" },
    });
    expect(inc.statusCode).toBe(201);
    await h.ctx.jobs.drain();
    const mails = await smtp.waitFor(2);
    const subject = mails[1]?.subject ?? "";
    expect(subject).toContain("Investigating");
    // "[Shop ⟨RLO⟩live] Payments ⟨RLO⟩exe.gnp — Investigating" showed "gnitagitsevnI — png.exe" to the reader.
    expect(openAfter(subject, "exe.gnp")).toBe(false);
    expect(openAfter(subject, "live")).toBe(false);

    const page = (await h.app.inject({ method: "GET", url: "/status?lang=en" })).body;
    // Closed, and since the tenth pass its own isolate.
    expect(page).toContain(`<h1><bdi>Shop ${RLO}live${PDF}</bdi> — Status</h1>`);
    const feed = (await h.app.inject({ method: "GET", url: "/status/feed.atom?lang=en" })).body;
    const entry = /<entry>[\s\S]*?<title>([^<]*)<\/title>/.exec(feed)?.[1] ?? "";
    expect(openAfter(entry, "exe.gnp")).toBe(false);
  });

  it("a name stored before the edge closed it (or by another path) is closed in the plain-text mail too", async () => {
    await h.ctx.db
      .updateTable("workspaces")
      .set({ name: `Old ${RLO}pohs` })
      .where("id", "=", h.workspaceId)
      .execute();
    const mail = await subscribe("b@example.com", "de");
    expect(mail?.subject).toContain("pohs");
    expect(openAfter(mail?.subject ?? "", "pohs")).toBe(false);
    const intro = (mail?.text ?? "").split("\n")[0] ?? "";
    expect(openAfter(intro, "pohs")).toBe(false);
  });

  it("closes what is open in the order it was opened, and leaves text without controls alone", () => {
    expect(closeBidi("plain עברית 😀")).toBe("plain עברית 😀");
    expect(closeBidi(`a${RLO}b${PDF}c`)).toBe(`a${RLO}b${PDF}c`);
    expect(closeBidi(`\u202Ba\u2067b`)).toBe(`\u202Ba\u2067b\u2069${PDF}`);
    // A PDI closes the embeddings opened since its isolate.
    expect(closeBidi(`\u2068a${RLO}b\u2069${RLO}`)).toBe(`\u2068a${RLO}b\u2069${RLO}${PDF}`);
    // A stray closer closes nothing of ours.
    expect(closeBidi(`${PDF}\u2069x`)).toBe(`${PDF}\u2069x`);
  });
});
