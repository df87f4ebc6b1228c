import { balanceBidi, closeBidi, movesNeighbours } from "./text.js";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text and attribute values in HTML we write ourselves: everything shown may come from the internet, so a
 * direction override it leaves open is closed too (`closeBidi`), or it would turn our own words around.
 */
export const escapeHtml = (s: string | number): string =>
  closeBidi(String(s)).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

/**
 * Markup that is already safe: the result of `html` or a trusted piece passed through `raw()`. A class,
 * not a branded string, so a plain string can never be mistaken for it and slip through unescaped.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may be put into an `html` template: `false`/`null`/`undefined` write nothing, so `cond && html`…`` works. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/** For the rare trusted piece (our own CSS, markup built by `html`), never for text from outside. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

const render = (v: HtmlValue): string => {
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  if (v === null || v === undefined || v === false || v === true) return "";
  return escapeHtml(v as string | number);
};

/**
 * Escaping by default: every inserted value is escaped unless it is a `SafeHtml` (nested `html` or `raw()`),
 * and arrays are rendered item by item and joined, so a list of rows needs no `.join("")`.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/**
 * A text from outside set among our words in HTML, as its own isolate: `<bdi>` (its direction its own
 * first letter's, nothing of ours drawn into it) when it `movesNeighbours`; any other text is written as
 * `html` writes it, so pages without right-to-left text stay byte for byte as they were.
 */
export const bdi = (s: string): SafeHtml | string =>
  movesNeighbours(s) ? html`<bdi>${balanceBidi(s)}</bdi>` : s;

/** `{name}` in one of our sentences: the name (a shop's, typed by its team) in its own isolate, the rest escaped. */
export const withName = (sentence: string, name: string): SafeHtml => {
  const [before, after = ""] = sentence.split("{name}");
  return html`${before}${bdi(name)}${after}`;
};

/** What the A4 documents we print (plan, post-mortem) share; each adds its own headings and parts. */
export const PRINT_CSS = `
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",Arial,sans-serif;font-size:10.5pt;line-height:1.4;color:#111;max-width:190mm;margin:0 auto;padding:12mm 0}
table{border-collapse:collapse;width:100%;margin:2mm 0 4mm}
th,td{border:1px solid #888;padding:1.5mm 2mm;vertical-align:top;text-align:left}
th{background:#eee}
tr{break-inside:avoid}
@page{size:A4;margin:14mm}
`;
