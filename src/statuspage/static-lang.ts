import { LANGS } from "../plan/default-plan/index.js";

/**
 * The static copy's answer to `?lang=`. A notice's link opens the shop's public address with `?lang=de`
 * (core/links.ts `withLang`); the live page reads it on the server, but a static host serves `index.html`
 * whatever the query says, and the German page lives at `de/index.html`. So each exported page loads this
 * first, before anything is drawn: when `lang=` names another exported language it goes there at once
 * (`location.replace`, so Back does not return to the wrong language), keeping the other parameters and
 * the fragment (`#incident-…`). The script tag carries the way back to the export's root (`data-root`).
 * Without `?lang=`, the root page follows the browser's languages in their order, as the live page
 * follows `Accept-Language` (i18n.ts `pickLanguage`); a language's own page (`de/index.html`) was chosen
 * by a link and stays. Without JavaScript the page stays in the language it was exported in, as before.
 */
export const LANG_SCRIPT = `(function () {
  "use strict";
  var langs = ${JSON.stringify(LANGS)};
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var params = location.search.replace(/^\\?/, "").split("&");
  var asked = null;
  var rest = [];
  params.forEach(function (p) {
    if (!p) return;
    if (/^lang=/i.test(p)) asked = p.slice(5).toLowerCase().slice(0, 2);
    else rest.push(p);
  });
  if (!asked && root === "" && typeof navigator !== "undefined") {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < wanted.length && !asked; i++) {
      var l = String(wanted[i] || "").toLowerCase().slice(0, 2);
      if (langs.indexOf(l) >= 0) asked = l;
    }
  }
  if (!asked || langs.indexOf(asked) < 0 || asked === document.documentElement.lang) return;
  location.replace(root + asked + "/index.html" + (rest.length ? "?" + rest.join("&") : "") + location.hash);
})();
`;
