import { newPdf } from "../../core/pdf.js";
import { type ChartBlock, chartGeometry, type Doc } from "./blocks.js";

type P = PDFKit.PDFDocument;
const M = 48;
const ACCENT = "#b42318";
const W = (d: P) => d.page.width - 2 * M;
const bottom = (d: P) => d.page.height - M;
const ensure = (d: P, h: number) => {
  if (d.y + h > bottom(d)) d.addPage();
};

function text(d: P, s: string, size: number, bold = false, color = "#111") {
  d.font(bold ? "bold" : "regular")
    .fontSize(size)
    .fillColor(color);
  ensure(d, d.heightOfString(s || " ", { width: W(d) }));
  d.text(s, M, d.y, { width: W(d) });
  d.fillColor("#111");
}

function table(d: P, head: string[], rows: string[][]) {
  const total = W(d);
  // The first column holds names or labels: give it more room.
  const first = head.length > 2 ? 0.28 : 0.5;
  const widths = head.map((_, i) => (i === 0 ? first * total : ((1 - first) * total) / (head.length - 1)));
  const pad = 3;
  const size = head.length > 5 ? 7 : 8.5;
  const height = (cells: string[], bold: boolean) =>
    Math.max(
      14,
      ...cells.map((c, i) => {
        d.font(bold ? "bold" : "regular").fontSize(size);
        return d.heightOfString(c || " ", { width: (widths[i] ?? 0) - 2 * pad }) + 2 * pad;
      }),
    );
  const draw = (cells: string[], bold: boolean) => {
    const h = height(cells, bold);
    if (d.y + h > bottom(d)) d.addPage();
    const y = d.y;
    let x = M;
    cells.forEach((c, i) => {
      const w = widths[i] ?? 0;
      if (bold) d.rect(x, y, w, h).fillColor("#e8e8e8").fill();
      d.rect(x, y, w, h).lineWidth(0.5).strokeColor("#888").stroke();
      d.font(bold ? "bold" : "regular")
        .fontSize(size)
        .fillColor("#111")
        .text(c, x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    d.y = y + h;
  };
  draw(head, true);
  for (const r of rows) draw(r, false);
  d.x = M;
  d.y += 6;
}

function chart(d: P, c: ChartBlock) {
  const w = W(d);
  const h = 170;
  ensure(d, h + 40);
  text(d, c.title, 10, true);
  const top = d.y + 4;
  const g = chartGeometry(c, w, h);
  d.save();
  d.translate(M, top);
  if (c.baseline) {
    d.rect(g.pad.l, g.y(c.baseline.high), w - g.pad.l - g.pad.r, g.y(c.baseline.low) - g.y(c.baseline.high))
      .fillColor("#dcfce7")
      .fill();
    d.moveTo(g.pad.l, g.y(c.baseline.index))
      .lineTo(w - g.pad.r, g.y(c.baseline.index))
      .dash(4, { space: 3 })
      .lineWidth(0.8)
      .strokeColor("#15803d")
      .stroke()
      .undash();
  }
  for (const v of [g.lo, 0, g.hi]) {
    d.moveTo(g.pad.l, g.y(v))
      .lineTo(w - g.pad.r, g.y(v))
      .lineWidth(0.4)
      .strokeColor("#cbd5e1")
      .stroke();
    d.font("regular")
      .fontSize(7)
      .fillColor("#475569")
      .text(String(v), 0, g.y(v) - 4, { width: g.pad.l - 4, align: "right" });
  }
  if (g.markX !== null)
    d.moveTo(g.markX, g.pad.t)
      .lineTo(g.markX, h - g.pad.b)
      .dash(2, { space: 2 })
      .lineWidth(0.8)
      .strokeColor(ACCENT)
      .stroke()
      .undash();
  for (const run of g.runs) {
    const [x0, y0] = run[0] as [number, number];
    if (run.length === 1) {
      d.circle(x0, y0, 2).fillColor("#c2410c").fill();
      continue;
    }
    d.moveTo(x0, y0);
    for (const [x, y] of run.slice(1)) d.lineTo(x, y);
    d.lineWidth(1.6).strokeColor("#c2410c").stroke();
  }
  d.font("regular").fontSize(7).fillColor("#475569");
  d.text(c.points[0]?.day ?? "", g.pad.l, h - 10, { lineBreak: false });
  d.text(c.points[c.points.length - 1]?.day ?? "", w - g.pad.r - 60, h - 10, {
    width: 60,
    align: "right",
    lineBreak: false,
  });
  d.restore();
  d.x = M;
  d.y = top + h + 4;
  text(d, c.caption, 8, false, "#444");
  d.y += 4;
}

export function renderPdf(doc: Doc): Promise<Buffer> {
  const { doc: d, done } = newPdf({ margin: M, info: { Title: doc.title }, lang: doc.lang });
  d.rect(0, 0, d.page.width, 8).fillColor(ACCENT).fill();
  d.y = M;
  for (const b of doc.blocks) {
    switch (b.k) {
      case "h1":
        text(d, b.text, 20, true);
        d.y += 4;
        break;
      case "h2": {
        ensure(d, 60);
        d.y += 8;
        text(d, b.text, 13, true);
        const y = d.y + 1;
        d.moveTo(M, y)
          .lineTo(M + W(d), y)
          .lineWidth(1.2)
          .strokeColor(ACCENT)
          .stroke();
        d.y = y + 5;
        break;
      }
      case "p":
        text(d, b.text, 9.5, false, b.muted ? "#555" : "#111");
        d.y += 3;
        break;
      case "ul":
        if (!b.items.length) text(d, b.empty, 9.5, false, "#555");
        for (const item of b.items) text(d, `•  ${item}`, 9.5);
        d.y += 3;
        break;
      case "table":
        table(d, b.head, b.rows);
        break;
      case "chart":
        chart(d, b);
        break;
    }
  }
  d.end();
  return done;
}
