import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { PAGE_TEXT, pickText, shownInNote } from "./i18n.js";
import type { Snapshot } from "./model.js";
import { renderAtom, renderHtml } from "./render.js";

/** The page's own sentences read as each language writes them, with no foreign word left in them. */
/** One incident, resolved at 07:00 UTC on 5 December, written in `lang` only. */
const resolvedIncident = (lang: string, title: string, body: string) =>
  [
    {
      id: "i1",
      title: { [lang]: title },
      status: "resolved",
      impact: "minor",
      components: [],
      created_at: "2026-12-05T06:00:00.000Z",
      resolved_at: "2026-12-05T07:00:00.000Z",
      updates: [
        { id: "u1", status: "resolved", body: { [lang]: body }, published_at: "2026-12-05T07:00:00.000Z" },
      ],
    },
  ] as unknown as Snapshot["incidents"];

describe("the note beside a text in another language", () => {
  it("names that language in the reader's language, as the sentence takes it", () => {
    expect(shownInNote("de", "pl")).toBe("Noch nicht auf Deutsch verfügbar; angezeigt auf Polnisch.");
    expect(shownInNote("fr", "pl")).toBe("Pas encore disponible en français\u202f; affiché en polonais.");
    expect(shownInNote("es", "pl")).toBe("Todavía no disponible en español; se muestra en polaco.");
    expect(shownInNote("it", "de")).toBe("Non ancora disponibile in italiano; mostrato in tedesco.");
    expect(shownInNote("en", "pl")).toBe("Not yet written in English; shown in Polish.");
    expect(shownInNote("pl", "en")).toBe("Jeszcze nie ma tekstu po polsku; pokazujemy go po angielsku.");
  });

  it("never puts a language's own name (polski, English, Deutsch…) into another language's sentence", () => {
    const selfNames = {
      en: "English",
      pl: "polski",
      de: "Deutsch",
      fr: "français",
      it: "italiano",
      es: "español",
    };
    for (const reader of LANGS)
      for (const shown of LANGS) {
        // Spanish calls Italian "italiano" too: the same word, rightly.
        if (shown === reader || (reader === "es" && shown === "it")) continue;
        const note = shownInNote(reader, shown);
        expect(note, `${reader}/${shown}`).not.toContain(selfNames[shown]);
        expect(note, `${reader}/${shown}`).not.toContain("{language}");
      }
  });
});

describe("the uptime line", () => {
  const snap: Snapshot = {
    workspace: { slug: "s", name: "Tienda", language: "es", time_zone: "Europe/Madrid", languages: ["es"] },
    url: "https://shop.example/status",
    generated_at: "2026-12-05T07:00:00.000Z",
    status: "operational",
    components: [
      {
        id: "checkout",
        name: { es: "Caja", it: "Cassa" },
        group: false,
        group_id: null,
        position: 0,
        state: "operational",
        note: null,
        uptime_90d: 0.9995,
        days: [{ day: "2026-12-04", uptime: 0.9995 }],
      },
    ],
    incidents: [],
    maintenance: [],
  };
  const o = { subscribeAction: "/status/subscribe", feedHref: "/status/feed.atom" };

  it("reads '99,95 % de disponibilidad' and '99,95% di disponibilità', not a bare noun after the figure", () => {
    expect(renderHtml(snap, "es", o)).toContain("99,95\u00a0% de disponibilidad");
    expect(renderHtml(snap, "it", o)).toContain("99,95% di disponibilità");
  });

  it("French sets a space before the colon: 'Mis à jour : …', a bar's '4 déc. 2026 : 99,95 %', the feed's time", () => {
    const fr = renderHtml({ ...snap, workspace: { ...snap.workspace, languages: ["fr"] } }, "fr", o);
    expect(fr).toContain("Mis à jour\u202f: <time");
    expect(fr).toMatch(/title="4 déc\. 2026\u202f: 99,95/);
    expect(renderHtml(snap, "es", o)).toContain("Actualizado: <time");
    const withUpdate: Snapshot = {
      ...snap,
      incidents: resolvedIncident("fr", "Paiements", "Réglé."),
    };
    expect(renderAtom(withUpdate, "https://shop.example/status/feed.atom", "fr")).toContain(
      "08:00 UTC+1\u202f: Réglé.",
    );
  });

  it("a feed entry shown in the shop's language says so, as the page and the notices do", () => {
    const one: Snapshot = {
      ...snap,
      incidents: resolvedIncident("es", "Pagos", "Resuelto."),
    };
    const fr = renderAtom(one, "https://shop.example/status/feed.atom?lang=fr", "fr");
    expect(fr).toContain(
      "Resuelto.</span> (Pas encore disponible en français\u202f; affiché en espagnol.)</div></content>",
    );
    // Its link opens the page in the feed's language, whatever the browser says.
    expect(fr).toContain('href="https://shop.example/status?lang=fr#incident-i1"');
    expect(renderAtom(one, "https://shop.example/status/feed.atom", "es")).toContain(": Resuelto.</content>");
  });
});

describe("the page's final word", () => {
  it("speaks to the Spanish reader as the shipped texts above it do (tú), not suddenly as usted", () => {
    // The shipped status updates say "Si se te cobró pero no tienes…": the resolved line followed with
    // "le agradecemos su paciencia".
    expect(PAGE_TEXT.es.resolvedText).toContain("te agradecemos tu paciencia");
    expect(PAGE_TEXT.es.resolvedText).not.toMatch(/\b(le|su|usted)\b/);
  });
});

describe("a text the reader's language lacks", () => {
  it("comes in English where the shop wrote it, before its default language", () => {
    expect(pickText({ pl: "Sprawdzamy.", en: "Looking into it." }, "de", "pl")).toEqual({
      text: "Looking into it.",
      lang: "en",
    });
    expect(pickText({ pl: "Sprawdzamy.", fr: "Nous cherchons." }, "de", "pl").lang).toBe("pl");
    expect(pickText({ pl: "Sprawdzamy.", de: "Wir prüfen." }, "de", "pl").lang).toBe("de");
  });
});

describe("maintenance in the feed", () => {
  const snap: Snapshot = {
    workspace: { slug: "s", name: "Sklep", language: "pl", time_zone: "Europe/Warsaw", languages: ["pl"] },
    url: "https://shop.example/status",
    generated_at: "2026-12-05T23:30:00.000Z",
    status: "maintenance",
    components: [],
    incidents: [],
    maintenance: [
      {
        id: "0193a000-0000-7000-8000-000000000001",
        title: { pl: "Prace <BLIK>" },
        body: { pl: "Wymieniamy bramkę." },
        components: [],
        starts_at: "2026-12-05T22:50:00.000Z",
        ends_at: "2026-12-06T02:50:00.000Z",
        active: true,
        created_at: "2026-12-05T09:00:00.000Z",
      },
    ],
  };

  it("lists a window when posted and when begun, with the window in the shop's zone, like an incident", () => {
    const pl = renderAtom(snap, "https://shop.example/status/feed.atom?lang=pl", "pl");
    expect(pl).toContain("<title>Prace &lt;BLIK&gt; — Zaplanowano prace serwisowe</title>");
    expect(pl).toContain("<title>Prace &lt;BLIK&gt; — Trwają prace serwisowe</title>");
    expect(pl).toContain(
      '<content type="text">5 gru 2026, 23:50 CET – 6 gru 2026, 03:50 CET: Wymieniamy bramkę.</content>',
    );
    expect(pl).toContain(
      'href="https://shop.example/status?lang=pl#maintenance-0193a000-0000-7000-8000-000000000001"',
    );
    expect(pl).toContain("<updated>2026-12-05T22:50:00.000Z</updated>\n<author>");
    // The feed's own link opens the page in the feed's language too.
    expect(pl).toContain(
      '<link rel="alternate" type="text/html" href="https://shop.example/status?lang=pl"/>',
    );
    const ids = [...pl.matchAll(/<id>(urn:uuid:[^<]+)<\/id>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
    const fr = renderAtom(snap, "https://shop.example/status/feed.atom?lang=fr", "fr");
    expect(fr).toContain("</span> — Maintenance en cours</div></title>");
    expect(fr).toContain("(Pas encore disponible en français\u202f; affiché en polonais.)</div></content>");
  });

  it("the page says which window is under way now, in the reader's language; a coming one says nothing", () => {
    const running = snap.maintenance[0] as Snapshot["maintenance"][number];
    const coming = { ...running, id: "0193a000-0000-7000-8000-000000000002", active: false };
    const both = { ...snap, maintenance: [running, coming] };
    const o = { subscribeAction: "/status/subscribe", feedHref: "/status/feed.atom" };
    // From the window's card to the end of its text: title, window and what is said of it.
    const card = (page: string, id: string) =>
      page.slice(page.indexOf(`id="maintenance-${id}"`)).split("</p>")[0] ?? "";
    const words: Record<string, string> = {
      pl: "Trwają prace serwisowe",
      de: "Wartung läuft",
      en: "Maintenance in progress",
    };
    for (const [lang, said] of Object.entries(words)) {
      const page = renderHtml(both, lang as Lang, o);
      expect(card(page, running.id), lang).toContain(said);
      expect(card(page, coming.id), lang).not.toContain(said);
    }
  });
});
