import { newPdf } from "../../core/pdf.js";
import {
  ACCENT,
  bullets,
  type Doc,
  ensure,
  heading,
  MARGIN,
  para,
  SEV_FILL,
  table,
  width,
} from "./pdf-layout.js";
import type { PlanView } from "./view.js";

const cover = (doc: Doc, v: PlanView) => {
  doc.rect(0, 0, doc.page.width, 10).fillColor(ACCENT).fill();
  doc.y = doc.page.height / 3;
  doc
    .font("bold")
    .fontSize(30)
    .fillColor("#111")
    .text(v.title, MARGIN, doc.y, { width: width(doc) });
  doc
    .moveDown(0.3)
    .font("regular")
    .fontSize(18)
    .text(v.shopName, { width: width(doc) });
  if (v.website)
    doc
      .fontSize(11)
      .fillColor("#444")
      .text(v.website, { width: width(doc) });
  doc.moveDown(2).fontSize(11).fillColor("#111");
  doc.text(`${v.l.reviewed}: ${v.reviewed}`).text(`${v.l.nextReview}: ${v.nextReview}`);
  doc.text(`${v.l.printed}: ${v.printed}`);
  doc
    .moveDown(3)
    .fontSize(9.5)
    .fillColor("#444")
    .text(v.howToUse[0] ?? "", { width: width(doc) });
  doc.fillColor("#111");
};

const riskMatrix = (doc: Doc, v: PlanView) => {
  const { l } = v;
  const labelW = 60;
  const cellW = (width(doc) - labelW) / 5;
  doc.font("regular").fontSize(7.5);
  const cellH = (impact: number) =>
    Math.max(
      34,
      ...[1, 2, 3, 4, 5].map(
        (lik) =>
          doc.heightOfString((v.matrix[impact - 1]?.[lik - 1] ?? []).join("\n") || " ", {
            width: cellW - 6,
          }) + 6,
      ),
    );
  const total = 34 + [5, 4, 3, 2, 1].reduce((sum, i) => sum + cellH(i), 0) + 16;
  ensure(doc, total);
  doc
    .font("regular")
    .fontSize(8.5)
    .fillColor("#444")
    .text(`${l.impact} ↓   ·   ${l.likelihood} →`, MARGIN, doc.y);
  doc.fillColor("#111");
  let y = doc.y + 4;
  doc.font("bold").fontSize(8);
  for (let lik = 1; lik <= 5; lik++)
    doc.text(String(lik), MARGIN + labelW + (lik - 1) * cellW, y + 4, { width: cellW, align: "center" });
  y += 18;
  for (const impact of [5, 4, 3, 2, 1]) {
    const h = cellH(impact);
    doc
      .font("bold")
      .fontSize(9)
      .fillColor("#111")
      .text(String(impact), MARGIN, y + h / 2 - 5, { width: labelW - 8, align: "center" });
    for (let lik = 1; lik <= 5; lik++) {
      const x = MARGIN + labelW + (lik - 1) * cellW;
      const score = impact * lik;
      const fill = SEV_FILL[score >= 15 ? 0 : score >= 9 ? 1 : score >= 4 ? 2 : 3] ?? "#fff";
      doc.rect(x, y, cellW, h).fillColor(fill).fill();
      doc.rect(x, y, cellW, h).lineWidth(0.5).strokeColor("#888").stroke();
      const names = (v.matrix[impact - 1]?.[lik - 1] ?? []).join("\n");
      doc
        .font("regular")
        .fontSize(7.5)
        .fillColor("#111")
        .text(names, x + 3, y + 3, { width: cellW - 6 });
    }
    y += h;
  }
  doc.x = MARGIN;
  doc.y = y + 10;
};

const footer = (doc: Doc, v: PlanView) => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 6;
    // Writing below the bottom margin would make pdfkit open a new page: lift the margin while we write.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(8).fillColor("#666");
    doc.text(`${v.title}: ${v.shopName}`, MARGIN, y, { width: width(doc) / 2, lineBreak: false });
    doc.text(v.l.pageOf(i + 1, range.count), MARGIN + width(doc) / 2, y, {
      width: width(doc) / 2,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
};

/** How to use the plan and the severities. */
const severitiesPart = (doc: Doc, v: PlanView) => {
  const { l } = v;
  doc.addPage();
  heading(doc, l.howToUse);
  v.howToUse.forEach((s, i) => {
    para(doc, `${i + 1}. ${s}`);
    doc.y += 2;
  });

  heading(doc, l.severities);
  table(
    doc,
    [
      { header: l.severity, w: 0.14 },
      { header: l.meaning, w: 0.42 },
      { header: l.targets, w: 0.26 },
      { header: l.page, w: 0.18 },
    ],
    v.severities.map((s) => [
      s.name,
      `${s.meaning}\n${l.examples}: ${s.examples}`,
      [
        `${l.acknowledge}: ${s.acknowledge}`,
        `${l.firstWord}: ${s.firstWord}`,
        `${l.mitigate}: ${s.mitigate}`,
        `${l.cadence}: ${s.cadence}`,
      ].join("\n"),
      s.page,
    ]),
    (i) => ({ fill: SEV_FILL[i] ?? "#fff", boldFirst: true }),
  );
};

/** Roles with their people, and the stakeholders. */
const peoplePart = (doc: Doc, v: PlanView) => {
  const { l } = v;
  heading(doc, l.roles);
  for (const r of v.roles) {
    heading(doc, r.name, 11);
    bullets(doc, r.duties);
    doc.y += 2;
    table(
      doc,
      [
        { header: "", w: 0.2 },
        { header: l.name, w: 0.3 },
        { header: l.phone, w: 0.2 },
        { header: l.email, w: 0.3 },
      ],
      [
        [l.primary, r.primary.name, r.primary.phone, r.primary.email],
        [l.deputy, r.deputy.name, r.deputy.phone, r.deputy.email],
      ],
      () => ({ boldFirst: true }),
    );
  }

  heading(doc, l.stakeholders);
  table(
    doc,
    [
      { header: l.stakeholders, w: 0.18 },
      { header: l.whenToInform, w: 0.36 },
      { header: l.owner, w: 0.16 },
      { header: `${l.name} / ${l.phone} / ${l.email}`, w: 0.3 },
    ],
    v.stakeholders.map((g) => [
      g.name,
      g.whenToInform,
      g.owner,
      g.contacts.map((c) => [c.name, c.phone, c.email].filter(Boolean).join(", ")).join("\n"),
    ]),
    () => ({ boldFirst: true }),
  );
};

/** The risk matrix and each crisis type's playbook. */
const typesPart = (doc: Doc, v: PlanView) => {
  const { l } = v;
  doc.addPage();
  heading(doc, l.riskMatrix);
  riskMatrix(doc, v);

  heading(doc, l.crisisTypes);
  v.types.forEach((t, i) => {
    if (i > 0) doc.addPage();
    heading(doc, t.name, 13);
    para(doc, t.description);
    doc.y += 3;
    para(
      doc,
      `${l.likelihood}: ${t.likelihood}/5 · ${l.impact}: ${t.impact}/5 · ${l.defaultSeverity}: ${t.severity}`,
      { size: 8.5, color: "#444" },
    );
    para(doc, `${l.messages}: ${t.messages}`, { size: 8.5, color: "#444" });
    para(doc, `${l.approval}: ${t.approval} · ${l.apology}: ${t.apology}`, { size: 8.5, color: "#444" });
    doc.y += 4;
    para(doc, l.escalation, { bold: true });
    bullets(doc, t.escalation);
    doc.y += 4;
    para(doc, l.playbook, { bold: true });
    doc.y += 2;
    table(
      doc,
      [
        { header: "", w: 0.05 },
        { header: l.due, w: 0.09 },
        { header: l.role, w: 0.17 },
        { header: l.playbook, w: 0.55 },
        { header: l.done, w: 0.14 },
      ],
      t.tasks.map((task) => [
        "",
        task.due,
        task.role,
        task.description ? `${task.title}\n${task.description}` : task.title,
        "",
      ]),
      () => ({ checkbox: true }),
    );
  });
};

/** Continuity, suppliers (with blank rows to fill in by hand) and authorities. */
const continuityPart = (doc: Doc, v: PlanView) => {
  const { l } = v;
  doc.addPage();
  heading(doc, l.continuity);
  table(
    doc,
    [
      { header: l.service, w: 0.15 },
      { header: l.fallback, w: 0.4 },
      { header: l.rto, w: 0.08 },
      { header: l.rpo, w: 0.08 },
      { header: l.owner, w: 0.14 },
      { header: l.provider, w: 0.15 },
    ],
    v.continuity.map((c) => [c.name, c.fallback, c.rto, c.rpo, c.owner, c.provider]),
    () => ({ boldFirst: true }),
  );

  heading(doc, l.suppliers);
  if (v.suppliers.length === 0) para(doc, l.noSuppliers, { color: "#444" });
  const supplierRows = v.suppliers.map((s) => [
    s.name,
    s.products,
    s.singleSource ? `⚠ ${l.yes}` : l.no,
    s.alternative,
  ]);
  // Blank rows to fill in by hand on the printed copy.
  for (let i = supplierRows.length; i < Math.max(4, supplierRows.length); i++)
    supplierRows.push(["", "", "", ""]);
  table(
    doc,
    [
      { header: l.suppliers, w: 0.25 },
      { header: l.products, w: 0.35 },
      { header: l.singleSource, w: 0.15 },
      { header: l.alternative, w: 0.25 },
    ],
    supplierRows,
    (i) => (v.suppliers[i]?.singleSource ? { warnCol: 2, fill: "#fde2e1" } : {}),
  );

  heading(doc, l.authorities);
  table(
    doc,
    [
      { header: l.country, w: 0.08 },
      { header: l.authorities, w: 0.3 },
      { header: l.website, w: 0.22 },
      { header: "", w: 0.4 },
    ],
    v.authorities.map((a) => [a.country, a.name, a.website, a.note]),
  );
};

/** How the plan is reviewed and drilled. */
const reviewPart = (doc: Doc, v: PlanView) => {
  const { l } = v;
  heading(doc, l.review);
  para(doc, v.reviewIntro);
  bullets(doc, v.reviewTriggers);
  heading(doc, l.drills);
  bullets(doc, v.drills);
};

export const renderPdf = (v: PlanView): Promise<Buffer> => {
  const { doc, done } = newPdf({
    margin: MARGIN,
    bufferPages: true,
    lang: v.lang,
    info: { Title: `${v.title}: ${v.shopName}`, Creator: "Firebreak" },
  });

  cover(doc, v);
  severitiesPart(doc, v);
  peoplePart(doc, v);
  typesPart(doc, v);
  continuityPart(doc, v);
  reviewPart(doc, v);

  footer(doc, v);
  doc.end();
  return done;
};
