import { escapeHtml as esc } from "../core/html.js";
import { formatForCustomer } from "../core/zoned-time.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { LANGUAGE_NAMES, PAGE_TEXT, pick, pickText } from "./i18n.js";
import type { I18n, Snapshot, SnapshotComponent } from "./model.js";

export const STYLE = `body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24}
main{max-width:820px;margin:0 auto;padding:24px 16px}h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.15rem;margin:28px 0 10px}
.banner{padding:14px 18px;border-radius:8px;color:#fff;font-weight:600;margin:16px 0}
.s-operational{background:#1f883d}.s-maintenance{background:#0969da}.s-degraded{background:#bf8700}.s-partial_outage{background:#d1650b}.s-major_outage{background:#cf222e}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin-bottom:10px}
.row{display:flex;justify-content:space-between;gap:8px;align-items:baseline}.state{font-size:.9rem;font-weight:600}
.t-operational{color:#1f883d}.t-maintenance{color:#0969da}.t-degraded{color:#9a6700}.t-partial_outage{color:#bc4c00}.t-major_outage{color:#cf222e}
.bars{display:flex;gap:1px;height:28px;margin:8px 0 2px}.bars span{flex:1;border-radius:1px;background:#d0d7de}
.b-ok{background:#2da44e!important}.b-minor{background:#d4a72c!important}.b-bad{background:#cf222e!important}
.legend{display:flex;justify-content:space-between;font-size:.75rem;color:#57606a}
.update{border-left:3px solid #d0d7de;padding-left:10px;margin:8px 0}.meta{font-size:.8rem;color:#57606a}
.langs a{margin-right:8px;font-size:.85rem}form{display:flex;gap:8px;flex-wrap:wrap}input[type=email]{flex:1;min-width:200px;padding:6px}
footer{margin-top:32px;font-size:.8rem;color:#57606a}`;

export interface HtmlOptions {
  /** Static export: a stylesheet file and relative language links instead of inline CSS and `?lang=`. */
  staticExport?: { depth: number } | undefined;
  /** Where the subscribe form posts (absolute on static copies, so they reach the live server). */
  subscribeAction: string;
  feedHref: string;
}

/** In the shop's time zone with its abbreviation: a customer never converts from UTC. */
const fmt = (iso: string, lang: Lang, s: Snapshot) =>
  formatForCustomer(iso, { timeZone: s.workspace.time_zone, language: lang });

/**
 * An incident's text in the visitor's language; where the shop has not written it yet, the default
 * language's, marked with its language and a note so nobody mistakes it for a translation.
 */
function localText(t: I18n, lang: Lang, s: Snapshot): string {
  const got = pickText(t as Record<string, string>, lang, s.workspace.language);
  if (got.lang === lang || !got.text) return esc(got.text);
  const note = PAGE_TEXT[lang].shownIn.replace("{language}", LANGUAGE_NAMES[got.lang]);
  return `<span lang="${got.lang}">${esc(got.text)}</span> <span class="meta untranslated">(${esc(note)})</span>`;
}

function bars(c: SnapshotComponent, lang: Lang): string {
  const t = PAGE_TEXT[lang];
  const cells = c.days
    .map((d) => {
      // A day without checks is a plain grey cell: 90 of them per component add up on a rushed page.
      if (d.uptime === null) return "<span></span>";
      const cls = d.uptime >= 0.999 ? "b-ok" : d.uptime >= 0.95 ? "b-minor" : "b-bad";
      return `<span class="${cls}" title="${esc(d.day)}: ${(d.uptime * 100).toFixed(2)}%"></span>`;
    })
    .join("");
  return `<div class="bars" aria-hidden="true">${cells}</div><div class="legend"><span>${esc(t.daysAgo)}</span><span>${
    c.uptime_90d === null ? esc(t.noData) : `${(c.uptime_90d * 100).toFixed(2)}% ${esc(t.uptime)}`
  }</span><span>${esc(t.today)}</span></div>`;
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
    o.staticExport ? `${"../".repeat(o.staticExport.depth)}${l}/index.html` : `?lang=${l}`;
  const comps = s.components
    .map(
      (c) =>
        `<div class="card"><div class="row"><strong>${esc(t.components[c.id] ?? c.id)}</strong><span class="state t-${c.state}">${esc(
          t.states[c.state] ?? c.state,
        )}</span></div>${c.note ? `<div class="meta">${esc(c.note)}</div>` : ""}${bars(c, lang)}</div>`,
    )
    .join("\n");
  const maint = s.maintenance
    .map(
      (m) =>
        `<div class="card"><div class="row"><strong>${localText(m.title, lang, s)}</strong><span class="meta">${esc(
          fmt(m.starts_at, lang, s),
        )} – ${esc(fmt(m.ends_at, lang, s))}</span></div><p>${localText(m.body, lang, s)}</p><div class="meta">${m.components
          .map((c) => esc(t.components[c] ?? c))
          .join(", ")}</div></div>`,
    )
    .join("\n");
  const incidents = s.incidents
    .map(
      (i) =>
        `<article class="card" id="incident-${esc(i.id)}"><div class="row"><strong>${localText(i.title, lang, s)}</strong><span class="state t-${
          i.status === "resolved" ? "operational" : "partial_outage"
        }">${esc(t.statuses[i.status] ?? i.status)}</span></div>${i.updates
          .map(
            (u) =>
              `<div class="update"><strong>${esc(t.statuses[u.status] ?? u.status)}</strong> — ${localText(
                u.body,
                lang,
                s,
              )}<div class="meta"><time datetime="${esc(u.published_at)}">${esc(fmt(u.published_at, lang, s))}</time></div></div>`,
          )
          .join("")}</article>`,
    )
    .join("\n");
  const style = o.staticExport
    ? `<link rel="stylesheet" href="${"../".repeat(o.staticExport.depth)}assets/style.css">`
    : `<style>${STYLE}</style>`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="60">
<title>${esc(s.workspace.name)} — ${esc(t.title)}</title>${style}
<link rel="alternate" type="application/atom+xml" title="${esc(t.feed)}" href="${esc(o.feedHref)}">
</head><body><main>
<h1>${esc(s.workspace.name)} — ${esc(t.title)}</h1>
<nav class="langs">${LANGS.map((l) => (l === lang ? `<strong>${l}</strong>` : `<a href="${esc(langHref(l) as string)}" hreflang="${l}">${l}</a>`)).join(" ")}</nav>
<div class="banner s-${s.status}" role="status">${esc(headline)}</div>
${maint ? `<h2>${esc(t.maintenance)}</h2>\n${maint}` : ""}
<h2>${esc(t.incidents)}</h2>
${incidents || `<p>${esc(t.noIncidents)}</p>`}
<h2>${esc(t.title)}</h2>
${comps}
<h2>${esc(t.subscribe)}</h2>
<form method="post" action="${esc(o.subscribeAction)}"><input type="hidden" name="lang" value="${lang}"><label><span class="meta">${esc(
    t.email,
  )}</span><br><input type="email" name="email" required autocomplete="email"></label><button type="submit">${esc(t.subscribeButton)}</button></form>
<footer>${esc(t.updated)}: <time datetime="${esc(s.generated_at)}">${esc(fmt(s.generated_at, lang, s))}</time> · <a href="${esc(o.feedHref)}">${esc(t.feed)}</a></footer>
</main></body></html>`;
}

const xml = (s: string) => esc(s);

/**
 * Atom 1.0 (RFC 4287): one entry per published update, newest first, in `lang` (texts not written in
 * it come in the default language). Each entry's text starts with its local time, as the page shows it.
 */
export function renderAtom(s: Snapshot, feedUrl: string, lang: Lang = s.workspace.language): string {
  const text = (t: I18n) => pick(t as Record<string, string>, lang, s.workspace.language);
  const entries = s.incidents.flatMap((i) => i.updates.map((u) => ({ i, u })));
  entries.sort((a, b) => (a.u.published_at < b.u.published_at ? 1 : -1));
  const updated = entries[0]?.u.published_at ?? s.generated_at;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<title>${xml(`${s.workspace.name} — ${PAGE_TEXT[lang].title}`)}</title>
<id>${xml(feedUrl)}</id>
<link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>
<link rel="alternate" type="text/html" href="${xml(s.url)}"/>
<updated>${xml(updated)}</updated>
<author><name>${xml(s.workspace.name)}</name></author>
${entries
  .map(
    ({ i, u }) => `<entry>
<id>urn:uuid:${xml(u.id)}</id>
<title>${xml(`${text(i.title)} — ${PAGE_TEXT[lang].statuses[u.status] ?? u.status}`)}</title>
<link rel="alternate" type="text/html" href="${xml(`${s.url}#incident-${i.id}`)}"/>
<published>${xml(u.published_at)}</published>
<updated>${xml(u.published_at)}</updated>
<content type="text">${xml(`${fmt(u.published_at, lang, s)}: ${text(u.body)}`)}</content>
</entry>`,
  )
  .join("\n")}
</feed>
`;
}

/** The machine-readable page: the snapshot minus nothing private (it holds nothing private). */
export const renderJson = (s: Snapshot): string =>
  JSON.stringify({
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
