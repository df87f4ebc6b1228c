import { escapeHtml as esc, PRINT_CSS } from "../../core/html.js";
import { type ChartBlock, chartGeometry, type Doc } from "./blocks.js";

const CSS = `${PRINT_CSS}
body{padding:12mm 4mm}
h1{font-size:20pt;margin:0 0 4mm}
h2{font-size:14pt;border-bottom:2px solid #b42318;padding-bottom:1mm;margin-top:8mm;break-after:avoid}
.muted{color:#555}
figure{margin:2mm 0 4mm}
figcaption{font-size:9pt;color:#444}
`;

export function svgChart(c: ChartBlock, w = 640, h = 200): string {
  const g = chartGeometry(c, w, h);
  const parts: string[] = [];
  if (c.baseline) {
    const top = g.y(c.baseline.high);
    parts.push(
      `<rect x="${g.pad.l}" y="${top.toFixed(1)}" width="${w - g.pad.l - g.pad.r}" height="${(g.y(c.baseline.low) - top).toFixed(1)}" fill="#dcfce7"/>`,
      `<line x1="${g.pad.l}" x2="${w - g.pad.r}" y1="${g.y(c.baseline.index).toFixed(1)}" y2="${g.y(c.baseline.index).toFixed(1)}" stroke="#15803d" stroke-dasharray="4 3"/>`,
    );
  }
  for (const v of [g.lo, 0, g.hi]) {
    parts.push(
      `<line x1="${g.pad.l}" x2="${w - g.pad.r}" y1="${g.y(v).toFixed(1)}" y2="${g.y(v).toFixed(1)}" stroke="#e2e8f0"/>`,
      `<text x="${g.pad.l - 4}" y="${(g.y(v) + 3).toFixed(1)}" font-size="9" text-anchor="end" fill="#475569">${v}</text>`,
    );
  }
  if (g.markX !== null)
    parts.push(
      `<line x1="${g.markX.toFixed(1)}" x2="${g.markX.toFixed(1)}" y1="${g.pad.t}" y2="${h - g.pad.b}" stroke="#b42318" stroke-dasharray="2 2"/>`,
    );
  for (const run of g.runs) {
    const pts = run.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
    parts.push(
      run.length > 1
        ? `<polyline points="${pts}" fill="none" stroke="#c2410c" stroke-width="2"/>`
        : `<circle cx="${run[0]?.[0].toFixed(1)}" cy="${run[0]?.[1].toFixed(1)}" r="2.5" fill="#c2410c"/>`,
    );
  }
  const first = c.points[0]?.day ?? "";
  const last = c.points[c.points.length - 1]?.day ?? "";
  parts.push(
    `<text x="${g.pad.l}" y="${h - 4}" font-size="9" fill="#475569">${esc(first)}</text>`,
    `<text x="${w - g.pad.r}" y="${h - 4}" font-size="9" text-anchor="end" fill="#475569">${esc(last)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${esc(c.title)}">${parts.join("")}</svg>`;
}

export function renderHtml(d: Doc): string {
  const body = d.blocks
    .map((b) => {
      switch (b.k) {
        case "h1":
          return `<h1>${esc(b.text)}</h1>`;
        case "h2":
          return `<h2>${esc(b.text)}</h2>`;
        case "p":
          return `<p${b.muted ? ' class="muted"' : ""}>${esc(b.text)}</p>`;
        case "ul":
          return b.items.length
            ? `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`
            : `<p class="muted">${esc(b.empty)}</p>`;
        case "table":
          return `<table><thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
            .join("")}</tbody></table>`;
        case "chart":
          return `<figure>${svgChart(b)}<figcaption>${esc(b.title)}: ${esc(b.caption)}</figcaption></figure>`;
      }
      return "";
    })
    .join("\n");
  return `<!doctype html>
<html lang="${esc(d.lang)}"><head><meta charset="utf-8"><title>${esc(d.title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>${CSS}</style></head><body>
${body}
</body></html>
`;
}
