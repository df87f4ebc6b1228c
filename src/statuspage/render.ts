import { createHash } from "node:crypto";
import type { Quote } from "../comms/quoted.js";
import { bdi, type HtmlValue, html, raw, type SafeHtml } from "../core/html.js";
import { colon } from "../core/lang.js";
import { withLang } from "../core/links.js";
import { closedJson, isolate, isolateLines } from "../core/text.js";
import { formatDay, formatForCustomer, formatRangeForCustomer, localeOf } from "../core/zoned-time.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { PAGE_TEXT, pick, pickText, shownInNote } from "./i18n.js";
import { localTimeAttrs } from "./local-time.js";
import { MAINTENANCE_PHASES, type MaintenancePhase } from "./maintenance-words.js";
import type { I18n, Snapshot, SnapshotComponent, SnapshotMaintenance } from "./model.js";
import { markedText } from "./quoted-html.js";

/**
 * The page's stylesheet. `main` wraps anywhere: a title, name or link from the internet may be one very
 * long word, which would otherwise widen the page on a phone and push the status word off the screen.
 */
export const STYLE = `body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24}
main{max-width:820px;margin:0 auto;padding:24px 16px;overflow-wrap:anywhere}h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.15rem;margin:28px 0 10px}
.banner{padding:14px 18px;border-radius:8px;color:#fff;font-weight:600;margin:16px 0}
.s-operational{background:#1f883d}.s-maintenance{background:#0969da}.s-degraded{background:#9a6700}.s-partial_outage{background:#bc4c00}.s-major_outage{background:#cf222e}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin-bottom:10px}
.row{display:flex;justify-content:space-between;gap:8px;align-items:baseline}.state{font-size:.9rem;font-weight:600}
.t-operational{color:#1f883d}.t-maintenance{color:#0969da}.t-degraded{color:#9a6700}.t-partial_outage{color:#bc4c00}.t-major_outage{color:#cf222e}
.bars{display:flex;gap:1px;height:28px;margin:8px 0 2px}.bars span{flex:1;border-radius:1px;background:#d0d7de}
.b-ok{background:#2da44e!important}.b-minor{background:#d4a72c!important}.b-bad{background:#cf222e!important}
.legend{display:flex;justify-content:space-between;font-size:.75rem;color:#57606a}
.update{border-left:3px solid #d0d7de;padding-left:10px;margin:8px 0}.meta{font-size:.8rem;color:#57606a}
.langs a{margin-right:8px;font-size:.85rem}form{display:flex;gap:8px;flex-wrap:wrap}input[type=email]{flex:1;min-width:200px;padding:6px}
footer{margin-top:32px;font-size:.8rem;color:#57606a}.logo{vertical-align:middle;max-height:32px;max-width:160px;margin-right:8px}
.group-items{margin-top:8px;padding-left:12px;border-left:2px solid #d0d7de}.group-items .card{margin-bottom:6px}`;

export interface HtmlOptions {
  /** Static export: a stylesheet file and relative language links instead of inline CSS and `?lang=`. */
  staticExport?: { depth: number } | undefined;
  /** Where the subscribe form posts (absolute on static copies, so they reach the live server). */
  subscribeAction: string;
  feedHref: string;
  /**
   * The visit's query parameters other than `lang`, as the browser sent them: the language links keep
   * them (a multi-shop address's `?shop=north`), where a bare `?lang=pl` would drop them.
   */
  query?: string | undefined;
}

/** In the shop's time zone with its abbreviation: a customer never converts from UTC. */
const fmt = (iso: string, lang: Lang, s: Snapshot) =>
  formatForCustomer(iso, { timeZone: s.workspace.time_zone, language: lang });
const fmtRange = (from: string, to: string, lang: Lang, s: Snapshot) =>
  formatRangeForCustomer(from, to, { timeZone: s.workspace.time_zone, language: lang });

/** The shop's colour as a bar above its page: only a checked #rrggbb ever reaches the stylesheet. */
function brandStyle(s: Snapshot): SafeHtml | "" {
  const color = s.workspace.brand?.color;
  return color && /^#[0-9a-fA-F]{6}$/.test(color)
    ? html`<style>body{border-top:6px solid ${color}}</style>`
    : "";
}

/** The shop's logo before its name; decorative (the name follows), so no alternative text. */
function logo(s: Snapshot): SafeHtml | "" {
  const url = s.workspace.brand?.logo_url;
  return url && /^https?:\/\//.test(url) ? html`<img class="logo" src="${url}" alt="" height="32"> ` : "";
}

/** A component's name in the visitor's language, else the shop's default, else any it was given. */
const nameOf = (c: SnapshotComponent, lang: Lang, s: Snapshot) =>
  pick(c.name as Record<string, string>, lang, s.workspace.language) || c.id;

/**
 * An incident's text in the visitor's language; where the shop has not written it yet, the default
 * language's, marked with its language and a note so nobody mistakes it for a translation.
 */
function localText(t: I18n, lang: Lang, s: Snapshot, quotes: readonly Quote[] = []): SafeHtml {
  const got = pickText(t as Record<string, string>, lang, s.workspace.language);
  // Isolated (`bdi`): a Hebrew or Arabic text would otherwise draw the punctuation around it on our side.
  // A crisis text it quotes in another language is marked as that language (quoted-html.ts).
  if (got.lang === lang || !got.text) return html`${markedText(got.text, lang, quotes)}`;
  const note = shownInNote(lang, got.lang);
  return html`<span lang="${got.lang}">${markedText(got.text, got.lang, quotes)}</span> <span class="meta untranslated">(${note})</span>`;
}

const percents = new Map<Lang, Intl.NumberFormat>();
/**
 * "99,99 %" in the visitor's locale, cut rather than rounded: a component that failed any check never
 * reads 100.00% (toFixed showed 99.996% as "100.00").
 */
function percent(share: number, lang: Lang): string {
  let f = percents.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      style: "percent",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      roundingMode: "trunc",
    });
    percents.set(lang, f);
  }
  return f.format(share);
}

function bars(c: SnapshotComponent, lang: Lang): SafeHtml {
  const t = PAGE_TEXT[lang];
  const cells = c.days.map((d) => {
    // A day without checks is a plain grey cell: 90 of them per component add up on a rushed page.
    if (d.uptime === null) return raw("<span></span>");
    const cls = d.uptime >= 0.999 ? "b-ok" : d.uptime >= 0.95 ? "b-minor" : "b-bad";
    // The shop's day (snapshot days are in its zone), written as the visitor writes a date: "5 gru 2026".
    return html`<span class="${cls}" title="${formatDay(d.day, lang)}${colon(lang)} ${percent(d.uptime, lang)}"></span>`;
  });
  const uptime = c.uptime_90d === null ? t.noData : `${percent(c.uptime_90d, lang)} ${t.uptime}`;
  return html`<div class="bars" aria-hidden="true">${cells}</div><div class="legend"><span>${t.daysAgo}</span><span>${uptime}</span><span>${t.today}</span></div>`;
}

function componentCard(c: SnapshotComponent, lang: Lang, s: Snapshot, inner: HtmlValue): SafeHtml {
  const t = PAGE_TEXT[lang];
  return html`<div class="card${c.group ? " group" : ""}" id="component-${c.id}"><div class="row"><strong>${bdi(nameOf(c, lang, s))}</strong><span class="state t-${c.state}">${t.states[c.state] ?? c.state}</span></div>${
    c.note ? html`<div class="meta">${bdi(c.note)}</div>` : ""
  }${inner}</div>`;
}

/** Top-level components by position; a group holds its own components inside its card. */
function components(s: Snapshot, lang: Lang): SafeHtml[] {
  const ids = new Set(s.components.map((c) => c.id));
  return s.components
    .filter((c) => !c.group_id || !ids.has(c.group_id))
    .map((c) => {
      if (!c.group) return componentCard(c, lang, s, bars(c, lang));
      const kids = s.components.filter((k) => k.group_id === c.id);
      return componentCard(
        c,
        lang,
        s,
        html`<div class="group-items">${kids.map((k) => componentCard(k, lang, s, bars(k, lang)))}</div>`,
      );
    });
}

/**
 * The names of the components an incident or maintenance names, those the page still has, each its own
 * isolate: two Hebrew names joined by our comma were drawn in reverse order, a "3D Secure" after one
 * with its "3" on the Hebrew's far side.
 */
function affected(ids: readonly string[], lang: Lang, s: Snapshot): HtmlValue[] {
  return s.components
    .filter((c) => ids.includes(c.id))
    .flatMap((c, n) => (n ? [", ", bdi(nameOf(c, lang, s))] : [bdi(nameOf(c, lang, s))]));
}

/** The whole public page, server-rendered and readable without JavaScript. */
export function renderHtml(s: Snapshot, lang: Lang, o: HtmlOptions): string {
  const t = PAGE_TEXT[lang];
  const headline =
    s.status === "operational"
      ? t.allOk
      : s.status === "major_outage"
        ? t.majorOutage
        : s.status === "maintenance"
          ? (t.states["maintenance"] ?? t.someIssues)
          : t.someIssues;
  const langHref = (l: Lang) =>
    o.staticExport
      ? `${"../".repeat(o.staticExport.depth)}${l}/index.html`
      : withLang(o.query ? `?${o.query}` : "", l);
  const maint = s.maintenance.map(
    (m) =>
      html`<div class="card" id="maintenance-${m.id}"><div class="row"><strong>${localText(m.title, lang, s)}</strong><span class="meta" data-from="${m.starts_at}" data-to="${m.ends_at}">${fmtRange(
        m.starts_at,
        m.ends_at,
        lang,
        s,
      )}</span></div>${
        // The window's times alone leave a visitor comparing clocks (in the shop's zone) to know it is on.
        m.active ? html`<div class="state t-maintenance">${MAINTENANCE_PHASES[lang].started}</div>` : ""
      }<p>${localText(m.body, lang, s)}</p><div class="meta">${affected(m.components, lang, s)}</div></div>`,
  );
  const incidents = s.incidents.map((i) => {
    const names = affected(i.components, lang, s);
    const q = s.quotes?.[i.id];
    return html`<article class="card" id="incident-${i.id}"><div class="row"><strong>${localText(i.title, lang, s, q)}</strong><span class="state t-${
      i.status === "resolved" ? "operational" : "partial_outage"
    }">${t.statuses[i.status] ?? i.status}</span></div>${names.length ? html`<div class="meta">${names}</div>` : ""}${i.updates.map(
      (u) =>
        html`<div class="update"><strong>${t.statuses[u.status] ?? u.status}</strong> — ${localText(
          u.body,
          lang,
          s,
          q,
        )}<div class="meta"><time datetime="${u.published_at}" data-local>${fmt(u.published_at, lang, s)}</time></div></div>`,
    )}</article>`;
  });
  const style = o.staticExport
    ? html`<link rel="stylesheet" href="${"../".repeat(o.staticExport.depth)}assets/style.css">`
    : html`<style>${raw(STYLE)}</style>`;
  // Refreshed by script (refresh.ts), never by a meta refresh that reloads under a visitor's typing.
  const refresh = o.staticExport
    ? `${"../".repeat(o.staticExport.depth)}assets/refresh.js`
    : "/status/refresh.js";
  // A static copy answers `?lang=` by script before it draws (static-lang.ts): its host cannot.
  const staticLang = o.staticExport
    ? html`<script src="${"../".repeat(o.staticExport.depth)}assets/lang.js" data-root="${"../".repeat(o.staticExport.depth)}"></script>`
    : "";
  // The script adds each window's, update's and the footer's time in the visitor's zone (refresh.ts).
  const local = localTimeAttrs(s.workspace.time_zone, lang);
  const langs = LANGS.map((l) =>
    l === lang ? html`<strong>${l}</strong>` : html`<a href="${langHref(l)}" hreflang="${l}">${l}</a>`,
  );
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${isolate(s.workspace.name)} — ${t.title}</title>${staticLang}${style}${brandStyle(s)}
<script src="${refresh}" defer></script>
<link rel="alternate" type="application/atom+xml" title="${t.feed}" href="${o.feedHref}">
</head><body><main data-zone="${local.zone}" data-locale="${local.locale}" data-your-time="${local.label}">
<h1>${logo(s)}${bdi(s.workspace.name)} — ${t.title}</h1>
<nav class="langs">${langs.map((l, i) => (i ? [" ", l] : l))}</nav>
<div class="banner s-${s.status}" role="status">${headline}</div>
${maint.length ? html`<h2>${t.maintenance}</h2>\n${maint}` : ""}
<h2>${t.incidents}</h2>
${incidents.length ? incidents : html`<p>${t.noIncidents}</p>`}
<h2>${t.title}</h2>
${components(s, lang)}
<h2>${t.subscribe}</h2>
<form method="post" action="${o.subscribeAction}"><input type="hidden" name="lang" value="${lang}"><label><span class="meta">${
    t.email
  }</span><br><input type="email" name="email" required autocomplete="email"></label><button type="submit">${t.subscribeButton}</button></form>
<footer>${t.updated}${colon(lang)} <time datetime="${s.generated_at}" data-local>${fmt(s.generated_at, lang, s)}</time> · <a href="${o.feedHref}">${t.feed}</a></footer>
</main></body></html>`.toString();
}

/**
 * Atom 1.0 (RFC 4287): one entry per published update, newest first, in `lang` (texts not written in
 * it come in the default language). Each entry's text starts with its local time, as the page shows it.
 * The `html` template's escaping is XML's too (&, <, >, quotes).
 */
export function renderAtom(s: Snapshot, feedUrl: string, lang: Lang = s.workspace.language): string {
  const title = (t: I18n, word: string) => feedTitle(t, word, lang, s.workspace.language);
  // Entries link to the page in the feed's language (as the notices do), not the browser's.
  const noted = (head: string, t: I18n) => feedContent(head, t, lang, s.workspace.language);
  const entries = [
    ...s.incidents.flatMap((i) =>
      i.updates.map((u) => ({
        published: u.published_at,
        xml: html`<entry>
<id>urn:uuid:${u.id}</id>
${title(i.title, PAGE_TEXT[lang].statuses[u.status] ?? u.status)}
<link rel="alternate" type="text/html" href="${withLang(s.url, lang, `incident-${i.id}`)}"/>
<published>${u.published_at}</published>
<updated>${u.published_at}</updated>
${noted(fmt(u.published_at, lang, s), u.body)}
</entry>`,
      })),
    ),
    ...maintenanceEntries(s, lang, title, noted),
  ];
  entries.sort((a, b) => (a.published < b.published ? 1 : -1));
  const updated = entries[0]?.published ?? s.generated_at;
  const items = entries.map((e) => e.xml);
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<title>${isolate(s.workspace.name)} — ${PAGE_TEXT[lang].title}</title>
<id>${feedUrl}</id>
<link rel="self" type="application/atom+xml" href="${feedUrl}"/>
<link rel="alternate" type="text/html" href="${withLang(s.url, lang)}"/>
<updated>${updated}</updated>
<author><name>${isolate(s.workspace.name)}</name></author>
${items.map((e, n) => (n ? ["\n", e] : e))}
</feed>
`.toString();
}

/**
 * An entry's content: our time (or window), then the shop's text. A text in another language than the
 * feed says so, as on the page and in the notices, and is marked as that language (`xml:lang` on its
 * own span, RFC 4287's XHTML content), so a reader's screen reader or translation button reads it as
 * Polish while our time and note stay in the feed's language; plain text cannot mark a part, so only
 * those entries are XHTML, each line of the text a line of its own.
 */
function feedContent(head: string, t: I18n, lang: Lang, fallback: Lang): SafeHtml {
  const got = pickText(t as Record<string, string>, lang, fallback);
  if (got.lang === lang || !got.text)
    return html`<content type="text">${head}${colon(lang)} ${isolateLines(got.text)}</content>`;
  const lines = isolateLines(got.text)
    .split(/\r?\n/)
    .map((line, n) => (n ? html`<br/>${line}` : line));
  return html`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${head}${colon(lang)} <span xml:lang="${got.lang}" lang="${got.lang}">${lines}</span> (${shownInNote(lang, got.lang)})</div></content>`;
}

/**
 * An entry's title: the shop's title, then our word for the update in the feed's language. Feed readers
 * show titles as plain text, so a right-to-left title is its own isolate; a title in another language
 * than the feed is marked as that language, as the content is (XHTML, RFC 4287 3.1), so "Płatności —
 * Wird untersucht" is not read with German sounds; a title in the feed's language stays plain text.
 */
function feedTitle(t: I18n, word: string, lang: Lang, fallback: Lang): SafeHtml {
  const got = pickText(t as Record<string, string>, lang, fallback);
  if (got.lang === lang || !got.text) return html`<title>${isolate(got.text)} — ${word}</title>`;
  return html`<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><span xml:lang="${got.lang}" lang="${got.lang}">${isolate(got.text)}</span> — ${word}</div></title>`;
}

/**
 * A stable entry id per window and phase, as an Atom id must be (the window's own id for "scheduled");
 * each move is its own entry, told apart by its time.
 */
const phaseId = (id: string, phase: MaintenancePhase, at: string): string => {
  if (phase === "scheduled") return id;
  const h = createHash("sha1")
    .update(phase === "rescheduled" ? `${id}:${phase}:${at}` : `${id}:${phase}`)
    .digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The feed's maintenance entries, as the notices go out: when a window is posted, when it begins and
 * when it is over, each with the window in the shop's zone; every move gets a "rescheduled" entry with
 * the new window; a cancelled window keeps what was said of it before and gets a "cancelled" entry, so
 * a reader who saw it announced learns it is off.
 */
function maintenanceEntries(
  s: Snapshot,
  lang: Lang,
  title: (t: I18n, word: string) => SafeHtml,
  noted: (head: string, t: I18n) => SafeHtml,
): { published: string; xml: SafeHtml }[] {
  const entry = (m: SnapshotMaintenance, phase: MaintenancePhase, at: string) => {
    // Each entry shows the window as it stood when the entry was written: a move changes later ones only.
    const w = m.moves?.find((x) => x.at > at) ?? m;
    return {
      published: at,
      xml: html`<entry>
<id>urn:uuid:${phaseId(m.id, phase, at)}</id>
${title(m.title, MAINTENANCE_PHASES[lang][phase])}
<link rel="alternate" type="text/html" href="${withLang(s.url, lang, phase === "completed" ? undefined : `maintenance-${m.id}`)}"/>
<published>${at}</published>
<updated>${at}</updated>
${noted(fmtRange(w.starts_at, w.ends_at, lang, s), m.body)}
</entry>`,
    };
  };
  // Every move is news to a reader who saw the window announced, as the "rescheduled" mail is.
  const moved = (m: SnapshotMaintenance) => (m.moves ?? []).map((x) => entry(m, "rescheduled", x.at));
  const both = [...s.maintenance, ...(s.ended_maintenance ?? [])];
  const kept = both.flatMap((m) => [
    // A window posted once it had begun was never "scheduled": its first word is that it is on.
    ...(m.created_at && m.created_at < m.starts_at ? [entry(m, "scheduled", m.created_at)] : []),
    ...(m.starts_at <= s.generated_at && (!m.created_at || m.created_at < m.ends_at)
      ? [entry(m, "started", m.created_at && m.created_at > m.starts_at ? m.created_at : m.starts_at)]
      : []),
    ...moved(m),
    ...(m.ends_at <= s.generated_at ? [entry(m, "completed", m.ends_at)] : []),
  ]);
  const cancelled = (s.cancelled_maintenance ?? []).flatMap((m) => {
    const off = m.cancelled_at ?? s.generated_at;
    return [
      ...(m.created_at && m.created_at < m.starts_at && m.created_at < off
        ? [entry(m, "scheduled", m.created_at)]
        : []),
      ...(m.starts_at < off && (!m.created_at || m.created_at < m.ends_at)
        ? [entry(m, "started", m.created_at && m.created_at > m.starts_at ? m.created_at : m.starts_at)]
        : []),
      ...moved(m),
      // Called off after it ended, it did take place: its last word stays "completed".
      ...(m.ends_at <= off ? [entry(m, "completed", m.ends_at)] : [entry(m, "cancelled", off)]),
    ];
  });
  return [...kept, ...cancelled];
}

/**
 * The machine-readable page: the snapshot minus nothing private (it holds nothing private). Every string
 * with its direction controls closed: a text stored before the edge closed them would run on in a widget.
 */
export const renderJson = (s: Snapshot): string =>
  closedJson({
    page: {
      name: s.workspace.name,
      slug: s.workspace.slug,
      url: s.url,
      language: s.workspace.language,
      languages: s.workspace.languages,
      time_zone: s.workspace.time_zone,
      updated_at: s.generated_at,
    },
    status: s.status,
    components: s.components,
    incidents: s.incidents,
    maintenance: s.maintenance,
  });
