import type { App } from "../server/types.js";

/** How often an open status page reads itself again. */
export const REFRESH_SECONDS = 60;

/**
 * The public page refreshes itself by script, not with `<meta http-equiv="refresh">`: a meta refresh
 * reloads the whole page under a visitor typing their e-mail to subscribe (and fails WCAG 2.2.1). Every
 * minute, while the tab is visible, it fetches its own address and swaps everything in `<main>` except
 * the subscribe form, which keeps its node, its typed text and its focus. A failed fetch leaves the page
 * as it is. It also writes each maintenance window, each incident update's time and the footer's
 * "Updated" time in the visitor's own zone beside the shop's, when their clocks differ (`local-time.ts`). Served as a file because the
 * page's CSP allows only our own scripts.
 */
export const REFRESH_SCRIPT = `(function () {
  "use strict";
  function swap(text) {
    var next = new DOMParser().parseFromString(text, "text/html").querySelector("main");
    var main = document.querySelector("main");
    if (!next || !main) return;
    var form = main.querySelector("form");
    var before = document.createDocumentFragment();
    var after = document.createDocumentFragment();
    var seenForm = false;
    Array.prototype.slice.call(next.children).forEach(function (el) {
      if (form && el.tagName === "FORM") { seenForm = true; return; }
      (seenForm ? after : before).appendChild(document.importNode(el, true));
    });
    Array.prototype.slice.call(main.children).forEach(function (el) {
      if (el !== form) el.remove();
    });
    if (form) { main.insertBefore(before, form); main.appendChild(after); }
    else { main.appendChild(before); main.appendChild(after); }
  }
  // A window in the shop's zone ("02:00–03:00 CET"), an update's time ("14:05 CET") and the footer's
  // "Updated" time, also in the visitor's, when their clocks differ.
  function localTimes() {
    var main = document.querySelector("main");
    if (!main || !window.Intl || !Intl.DateTimeFormat.prototype.formatRange) return;
    var shop = main.getAttribute("data-zone");
    var label = main.getAttribute("data-your-time");
    var mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!shop || !label || !mine || mine === shop) return;
    // A time's wall clock in a zone, to tell whether the visitor's differs from the shop's.
    var clock = function (zone) {
      return new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "numeric",
        day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" });
    };
    var clocks = { shop: clock(shop), mine: clock(mine) };
    var same = function (d) { return clocks.shop.format(d) === clocks.mine.format(d); };
    var fmt = new Intl.DateTimeFormat(main.getAttribute("data-locale") || undefined, { year: "numeric",
      month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
    // ICU's Spanish range drops the two-digit hour ("6:30–7:30") every single time and the page keep.
    var range = function (from, to) {
      if (!fmt.formatRangeToParts) return fmt.formatRange(from, to);
      return fmt.formatRangeToParts(from, to).map(function (p) {
        return p.type === "hour" && p.value.length === 1 ? "0" + p.value : p.value;
      }).join("");
    };
    var note = function (text) {
      var span = document.createElement("span");
      span.className = "local-time";
      span.textContent = " (" + label + " " + text + ")";
      return span;
    };
    Array.prototype.forEach.call(main.querySelectorAll("[data-from][data-to]"), function (el) {
      var from = new Date(el.getAttribute("data-from"));
      var to = new Date(el.getAttribute("data-to"));
      if (el.querySelector(".local-time") || isNaN(from) || isNaN(to)) return;
      if (same(from) && same(to)) return;
      el.appendChild(note(range(from, to)));
    });
    // Right after the time, before any words of ours that follow it (the footer's " · Feed").
    Array.prototype.forEach.call(main.querySelectorAll("time[data-local]"), function (el) {
      var at = new Date(el.getAttribute("datetime"));
      var next = el.nextSibling;
      if ((next && next.className === "local-time") || isNaN(at) || same(at)) return;
      el.parentNode.insertBefore(note(fmt.format(at)), next);
    });
  }
  function refresh() {
    if (document.hidden) return;
    fetch(location.href, { headers: { accept: "text/html" }, cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (text) { if (text) { swap(text); localTimes(); } })
      .catch(function () {});
  }
  localTimes();
  setInterval(refresh, ${REFRESH_SECONDS * 1000});
  document.addEventListener("visibilitychange", function () { if (!document.hidden) refresh(); });
})();
`;

/** GET /status/refresh.js: the script above, public like the page, cached for an hour. */
export function refreshRoute(app: App) {
  app.get(
    "/status/refresh.js",
    // A page asset, not an API: left out of the OpenAPI document like the dashboard's files.
    { config: { access: "public" }, schema: { hide: true } },
    (_req, reply) =>
      reply
        .header("content-type", "application/javascript; charset=utf-8")
        .header("cache-control", "public, max-age=3600")
        .send(REFRESH_SCRIPT),
  );
}
