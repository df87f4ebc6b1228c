import { type Quote, quotedPieces } from "../comms/quoted.js";
import { bdi, html, type SafeHtml } from "../core/html.js";

/**
 * A text on the page (read as `lang`) with each quote in another language marked as that language,
 * `(po angielsku) <span lang="en">Card payments failing</span>`, so a screen reader reads the English
 * with English sounds and a translation tool knows what it translates. Escaped as all the shop's text
 * is; a text quoting nothing is written as before.
 */
export function markedText(text: string, lang: string, quotes: readonly Quote[] = []): SafeHtml | string {
  const pieces = quotes.length ? quotedPieces(text, lang, quotes) : [];
  if (pieces.length < 2) return bdi(text);
  return html`${pieces.map((p) => (p.lang ? html`<span lang="${p.lang}">${bdi(p.text)}</span>` : bdi(p.text)))}`;
}
