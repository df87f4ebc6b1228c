import { Readable } from "node:stream";
import FeedParser from "feedparser";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "./model.js";
import { renderAtom } from "./render.js";

/**
 * A feed entry whose text is in another language than the feed: the text is marked as its language
 * (`xml:lang`), our time and note stay in the feed's, and a strict feed parser still reads it.
 */
const snap = (body: Record<string, string>, maintenance: Record<string, string> | null = null): Snapshot =>
  ({
    workspace: { slug: "s", name: "Sklep", language: "pl", time_zone: "Europe/Warsaw", languages: ["pl"] },
    url: "https://shop.example/status",
    generated_at: "2026-12-06T09:30:00.000Z",
    status: "operational",
    components: [],
    incidents: [
      {
        id: "i1",
        title: { pl: "Płatności" },
        status: "investigating",
        impact: "minor",
        components: [],
        created_at: "2026-12-06T09:00:00.000Z",
        resolved_at: null,
        updates: [{ id: "u1", status: "investigating", body, published_at: "2026-12-06T09:00:00.000Z" }],
      },
    ],
    maintenance: maintenance
      ? [
          {
            id: "m1",
            title: { pl: "Przerwa" },
            body: maintenance,
            components: [],
            starts_at: "2026-12-07T01:00:00.000Z",
            ends_at: "2026-12-07T02:00:00.000Z",
            created_at: "2026-12-06T08:00:00.000Z",
          },
        ]
      : [],
  }) as unknown as Snapshot;

async function items(xml: string): Promise<FeedParser.Item[]> {
  const parser = new FeedParser({ strict: true });
  const out: FeedParser.Item[] = [];
  Readable.from([xml]).pipe(parser);
  for await (const item of parser) out.push(item);
  return out;
}

describe("an Atom entry in another language than the feed", () => {
  it("marks the shop's Polish text as Polish inside a German feed, our time and note German", async () => {
    const de = renderAtom(
      snap({ pl: "Sprawdzamy płatności.\nWracamy za godzinę." }),
      "https://x/feed.atom",
      "de",
    );
    expect(de).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(de).toContain(
      '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">6. Dez. 2026, 10:00 MEZ: ' +
        '<span xml:lang="pl" lang="pl">Sprawdzamy płatności.<br/>Wracamy za godzinę.</span> ' +
        "(Noch nicht auf Deutsch verfügbar; angezeigt auf Polnisch.)</div></content>",
    );
    const [entry] = await items(de);
    expect(entry?.description).toContain('lang="pl"');
    expect(entry?.description).toContain("Sprawdzamy płatności.");
  });

  it("marks a maintenance window's text the same way, escaped once", () => {
    const de = renderAtom(snap({ pl: "Sprawdzamy." }, { pl: "Przerwa <BLIK> & karty" }), "https://x/f", "de");
    expect(de).toContain('<span xml:lang="pl" lang="pl">Przerwa &lt;BLIK&gt; &amp; karty</span>');
    expect(de).not.toContain('<content type="text">');
  });

  it("leaves an entry in the feed's own language plain text, as before", () => {
    const pl = renderAtom(snap({ pl: "Sprawdzamy płatności." }), "https://x/feed.atom", "pl");
    expect(pl).toContain('<content type="text">6 gru 2026, 10:00 CET: Sprawdzamy płatności.</content>');
    expect(pl).not.toContain("xhtml");
  });

  it("keeps a right-to-left text isolated inside its marked span", () => {
    const en = renderAtom(snap({ pl: "תקלה 24" }), "https://x/feed.atom", "en");
    expect(en).toContain('<span xml:lang="pl" lang="pl">\u2068תקלה 24\u2069</span>');
  });

  it("marks an entry's title in another language too, our status word in the feed's", async () => {
    const de = renderAtom(snap({ pl: "Sprawdzamy." }, { pl: "Przerwa w BLIK" }), "https://x/feed.atom", "de");
    expect(de).toContain(
      '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><span xml:lang="pl" lang="pl">' +
        "Płatności</span> — Wird untersucht</div></title>",
    );
    expect(de).toContain('<span xml:lang="pl" lang="pl">Przerwa</span> — Wartung geplant</div></title>');
    // A strict parser reads the title as text, the words in order.
    const titles = (await items(de)).map((e) => e.title);
    expect(titles).toContain("Płatności — Wird untersucht");
    // The feed's own title and an entry in the feed's language stay plain text, byte for byte.
    const pl = renderAtom(snap({ pl: "Sprawdzamy." }), "https://x/feed.atom", "pl");
    expect(pl).toContain("<title>Płatności — Sprawdzamy</title>");
    expect(pl).not.toContain('type="xhtml"');
  });

  it("keeps a right-to-left title isolated inside its marked span", () => {
    const s = snap({ pl: "Sprawdzamy." });
    (s.incidents[0] as { title: Record<string, string> }).title = { pl: "תקלה 24" };
    const en = renderAtom(s, "https://x/feed.atom", "en");
    expect(en).toContain(
      '<span xml:lang="pl" lang="pl">\u2068תקלה 24\u2069</span> — Investigating</div></title>',
    );
  });
});
