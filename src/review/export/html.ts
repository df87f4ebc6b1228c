import { html, PRINT_CSS, raw, type SafeHtml } from "../../core/html.js";
import { colon } from "../../core/lang.js";
import { type Block, type ChartBlock, chartGeometry, type Doc } from "./blocks.js";

const CSS = `${PRINT_CSS}
body{padding:12mm 4mm}
h1{font-size:20pt;margin:0 0 4mm}
h2{font-size:14pt;border-bottom:2px solid #b42318;padding-bottom:1mm;margin-top:8mm;break-after:avoid}
.muted{color:#555}
figure{margin:2mm 0 4mm}
figcaption{font-size:9pt;color:#444}
`;

const f = (n: number | undefined) => (n ?? 0).toFixed(1);

export function svgChart(c: ChartBlock, w = 640, h = 200): SafeHtml {
  const g = chartGeometry(c, w, h);
  const band = c.baseline && {
    top: g.y(c.baseline.high),
    bottom: g.y(c.baseline.low),
    mid: f(g.y(c.baseline.index)),
  };
  const first = c.points[0]?.day ?? "";
  const last = c.points[c.points.length - 1]?.day ?? "";
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${c.title}">${
    band &&
    html`<rect x="${g.pad.l}" y="${f(band.top)}" width="${w - g.pad.l - g.pad.r}" height="${f(band.bottom - band.top)}" fill="#dcfce7"/><line x1="${g.pad.l}" x2="${w - g.pad.r}" y1="${band.mid}" y2="${band.mid}" stroke="#15803d" stroke-dasharray="4 3"/>`
  }${[g.lo, 0, g.hi].map(
    (v) =>
      html`<line x1="${g.pad.l}" x2="${w - g.pad.r}" y1="${f(g.y(v))}" y2="${f(g.y(v))}" stroke="#e2e8f0"/><text x="${g.pad.l - 4}" y="${f(g.y(v) + 3)}" font-size="9" text-anchor="end" fill="#475569">${v}</text>`,
  )}${
    g.markX !== null &&
    html`<line x1="${f(g.markX)}" x2="${f(g.markX)}" y1="${g.pad.t}" y2="${h - g.pad.b}" stroke="#b42318" stroke-dasharray="2 2"/>`
  }${g.runs.map((run) =>
    run.length > 1
      ? html`<polyline points="${run.map(([x, y]) => `${f(x)},${f(y)}`).join(" ")}" fill="none" stroke="#c2410c" stroke-width="2"/>`
      : html`<circle cx="${f(run[0]?.[0])}" cy="${f(run[0]?.[1])}" r="2.5" fill="#c2410c"/>`,
  )}<text x="${g.pad.l}" y="${h - 4}" font-size="9" fill="#475569">${first}</text><text x="${w - g.pad.r}" y="${h - 4}" font-size="9" text-anchor="end" fill="#475569">${last}</text></svg>`;
}

function block(b: Block, lang: string): SafeHtml {
  switch (b.k) {
    case "h1":
      return html`<h1>${b.text}</h1>`;
    case "h2":
      return html`<h2>${b.text}</h2>`;
    case "p":
      return html`<p${b.muted && raw(' class="muted"')}>${b.text}</p>`;
    case "ul":
      return b.items.length
        ? html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`
        : html`<p class="muted">${b.empty}</p>`;
    case "table":
      return html`<table><thead><tr>${b.head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${b.rows.map(
        (r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`,
      )}</tbody></table>`;
    case "chart":
      return html`<figure>${svgChart(b)}<figcaption>${b.title}${colon(lang)} ${b.caption}</figcaption></figure>`;
  }
}

export function renderHtml(d: Doc): string {
  return html`<!doctype html>
<html lang="${d.lang}"><head><meta charset="utf-8"><title>${d.title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>${raw(CSS)}</style></head><body>
${d.blocks.map((b, i) => html`${i > 0 && "\n"}${block(b, d.lang)}`)}
</body></html>
`.toString();
}
