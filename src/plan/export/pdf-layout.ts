/**
 * Drawing blocks for a printed document with PDFKit: headings, paragraphs, bullets and tables that never
 * split a row across pages. Knows nothing of the plan; pdf.ts lays the plan out with them.
 */
export type Doc = PDFKit.PDFDocument;
export const MARGIN = 48;
export const ACCENT = "#b42318";
export const SEV_FILL = ["#fde2e1", "#fff0d6", "#fffbd6", "#eef6ee"];

export const bottom = (doc: Doc) => doc.page.height - MARGIN - 18; // room for the page-number footer
export const width = (doc: Doc) => doc.page.width - 2 * MARGIN;
export const ensure = (doc: Doc, needed: number) => {
  if (doc.y + needed > bottom(doc)) doc.addPage();
};

export const heading = (doc: Doc, text: string, size = 15) => {
  ensure(doc, size * 4 + 40);
  doc
    .moveDown(0.6)
    .font("bold")
    .fontSize(size)
    .fillColor("#111")
    .text(text, MARGIN, doc.y, { width: width(doc) });
  const y = doc.y + 2;
  if (size >= 15)
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width(doc), y)
      .lineWidth(1.5)
      .strokeColor(ACCENT)
      .stroke();
  doc.y = y + 6;
  doc.font("regular").fontSize(9.5);
};

export const para = (
  doc: Doc,
  text: string,
  opts: { size?: number; color?: string; bold?: boolean } = {},
) => {
  doc
    .font(opts.bold ? "bold" : "regular")
    .fontSize(opts.size ?? 9.5)
    .fillColor(opts.color ?? "#111");
  ensure(doc, doc.heightOfString(text, { width: width(doc) }));
  doc.text(text, MARGIN, doc.y, { width: width(doc) });
  doc.fillColor("#111");
};

export const bullets = (doc: Doc, items: string[]) => {
  for (const item of items) {
    doc.font("regular").fontSize(9.5);
    const h = doc.heightOfString(item, { width: width(doc) - 14 });
    ensure(doc, h + 2);
    const y = doc.y;
    doc.text("•", MARGIN + 2, y).text(item, MARGIN + 14, y, { width: width(doc) - 14 });
    doc.y += 2;
  }
};

export interface Column {
  header: string;
  /** Share of the table width. */
  w: number;
}
export interface RowStyle {
  fill?: string;
  checkbox?: boolean;
  boldFirst?: boolean;
  warnCol?: number;
}

/** A table whose rows never split: a row that does not fit moves to the next page under a repeated header. */
export const table = (
  doc: Doc,
  cols: Column[],
  rows: string[][],
  style: (i: number) => RowStyle = () => ({}),
) => {
  const total = width(doc);
  const widths = cols.map((c) => c.w * total);
  const pad = 3;
  const size = 8.5;
  const rowHeight = (cells: string[], header: boolean, s: RowStyle = {}) =>
    Math.max(
      14,
      ...cells.map((c, i) => {
        doc.font(header || (s.boldFirst === true && i === 0) ? "bold" : "regular").fontSize(size);
        return doc.heightOfString(c || " ", { width: (widths[i] ?? 0) - 2 * pad }) + 2 * pad;
      }),
    );
  const drawRow = (cells: string[], y: number, h: number, header: boolean, s: RowStyle) => {
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      const fill = header ? "#e8e8e8" : s.fill;
      if (fill) doc.rect(x, y, w, h).fillColor(fill).fill();
      doc.rect(x, y, w, h).lineWidth(0.5).strokeColor("#888").stroke();
      if (s.checkbox && i === 0 && !header) {
        doc
          .rect(x + w / 2 - 4.5, y + pad + 1, 9, 9)
          .lineWidth(0.8)
          .strokeColor("#111")
          .stroke();
      } else {
        const bold = header || (s.boldFirst === true && i === 0);
        doc
          .font(bold ? "bold" : "regular")
          .fontSize(size)
          .fillColor(s.warnCol === i ? ACCENT : "#111")
          .text(cell, x + pad, y + pad, { width: w - 2 * pad });
      }
      x += w;
    });
    doc.fillColor("#111");
  };
  const header = cols.map((c) => c.header);
  const headerH = rowHeight(header, true);
  const drawHeader = () => {
    const y = doc.y;
    drawRow(header, y, headerH, true, {});
    doc.y = y + headerH;
  };
  ensure(doc, headerH + rowHeight(rows[0] ?? [], false, style(0)));
  drawHeader();
  rows.forEach((cells, i) => {
    const h = rowHeight(cells, false, style(i));
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    drawRow(cells, y, h, false, style(i));
    doc.y = y + h;
  });
  doc.x = MARGIN;
  doc.y += 6;
};
