import { escapeHtml as esc, PRINT_CSS } from "../../core/html.js";
import type { PlanView } from "./view.js";

const CSS = `${PRINT_CSS}
h1{font-size:22pt;margin:0 0 4mm}
h2{font-size:15pt;border-bottom:2px solid #b42318;padding-bottom:1mm;margin-top:10mm;break-after:avoid}
h3{font-size:12pt;margin:6mm 0 2mm;break-after:avoid}
.cover{min-height:60vh;display:flex;flex-direction:column;justify-content:center;break-after:page}
.meta{color:#444}
.type{break-before:page}
.box{display:inline-block;width:3.5mm;height:3.5mm;border:1px solid #111;margin-right:2mm;vertical-align:middle}
.task td:first-child{width:8mm;text-align:center}
.sev1{background:#fde2e1}.sev2{background:#fff0d6}.sev3{background:#fffbd6}.sev4{background:#eef6ee}
.m{font-size:9pt}.m td{height:14mm;width:16%}
.warn{color:#b42318;font-weight:bold}
.small{font-size:9pt;color:#444}
@media print{body{padding:0}a{color:inherit;text-decoration:none}}
`;

const table = (head: string[], rows: string[][], cls = "") =>
  `<table${cls ? ` class="${cls}"` : ""}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;

const cellColour = (impact: number, likelihood: number) => {
  const score = impact * likelihood;
  return score >= 15 ? "sev1" : score >= 9 ? "sev2" : score >= 4 ? "sev3" : "sev4";
};

export const renderHtml = (v: PlanView): string => {
  const { l } = v;
  const h: string[] = [];
  h.push(
    `<!DOCTYPE html><html lang="${esc(v.lang)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(`${v.title}: ${v.shopName}`)}</title><style>${CSS}</style></head><body>`,
  );
  h.push(
    `<section class="cover"><h1>${esc(v.title)}</h1><p style="font-size:16pt">${esc(v.shopName)}</p>`,
    v.website ? `<p class="meta">${esc(v.website)}</p>` : "",
    `<p class="meta">${esc(l.reviewed)}: ${esc(v.reviewed)}<br>${esc(l.nextReview)}: ${esc(v.nextReview)}<br>${esc(l.printed)}: ${esc(v.printed)}</p></section>`,
  );

  h.push(`<h2>${esc(l.howToUse)}</h2><ol>${v.howToUse.map((s) => `<li>${esc(s)}</li>`).join("")}</ol>`);

  h.push(`<h2>${esc(l.severities)}</h2>`);
  h.push(
    `<table><thead><tr>${[l.severity, l.meaning, l.acknowledge, l.firstWord, l.mitigate, l.cadence, l.page]
      .map((x) => `<th>${esc(x)}</th>`)
      .join("")}</tr></thead><tbody>${v.severities
      .map(
        (s, i) =>
          `<tr class="sev${i + 1}"><td><b>${esc(s.name)}</b></td><td>${esc(s.meaning)}<br><span class="small">${esc(l.examples)}: ${esc(s.examples)}</span></td><td>${esc(s.acknowledge)}</td><td>${esc(s.firstWord)}</td><td>${esc(s.mitigate)}</td><td>${esc(s.cadence)}</td><td>${esc(s.page)}</td></tr>`,
      )
      .join("")}</tbody></table>`,
  );

  h.push(`<h2>${esc(l.roles)}</h2>`);
  for (const r of v.roles) {
    h.push(`<h3>${esc(r.name)}</h3><ul>${r.duties.map((d) => `<li>${esc(d)}</li>`).join("")}</ul>`);
    h.push(
      table(
        ["", l.name, l.phone, l.email],
        [
          [l.primary, r.primary.name, r.primary.phone, r.primary.email],
          [l.deputy, r.deputy.name, r.deputy.phone, r.deputy.email],
        ],
      ),
    );
  }

  h.push(`<h2>${esc(l.stakeholders)}</h2>`);
  h.push(
    table(
      [l.stakeholders, l.whenToInform, l.owner, l.name, l.phone],
      v.stakeholders.flatMap((g) =>
        g.contacts.length === 0
          ? [[g.name, g.whenToInform, g.owner, "", ""]]
          : g.contacts.map((c, i) => [
              i === 0 ? g.name : "",
              i === 0 ? g.whenToInform : "",
              i === 0 ? g.owner : "",
              c.name,
              `${c.phone} ${c.email}`.trim(),
            ]),
      ),
    ),
  );

  h.push(
    `<h2>${esc(l.riskMatrix)}</h2><table class="m"><thead><tr><th>${esc(l.impact)} ↓ / ${esc(l.likelihood)} →</th>`,
  );
  h.push(`${[1, 2, 3, 4, 5].map((n) => `<th>${n}</th>`).join("")}</tr></thead><tbody>`);
  for (const impact of [5, 4, 3, 2, 1]) {
    h.push(`<tr><th>${impact}</th>`);
    for (const lik of [1, 2, 3, 4, 5])
      h.push(
        `<td class="${cellColour(impact, lik)}">${(v.matrix[impact - 1]?.[lik - 1] ?? []).map(esc).join("<br>")}</td>`,
      );
    h.push("</tr>");
  }
  h.push("</tbody></table>");

  h.push(`<h2>${esc(l.crisisTypes)}</h2>`);
  for (const t of v.types) {
    h.push(`<section class="type" id="${esc(t.id)}"><h3>${esc(t.name)}</h3><p>${esc(t.description)}</p>`);
    h.push(
      `<p class="small">${esc(l.likelihood)}: ${t.likelihood}/5 · ${esc(l.impact)}: ${t.impact}/5 · ${esc(l.defaultSeverity)}: ${esc(t.severity)}<br>`,
      `${esc(l.messages)}: ${esc(t.messages)}<br>${esc(l.approval)}: ${esc(t.approval)} · ${esc(l.apology)}: ${esc(t.apology)}</p>`,
    );
    h.push(
      `<p><b>${esc(l.escalation)}</b></p><ul>${t.escalation.map((e) => `<li>${esc(e)}</li>`).join("")}</ul>`,
    );
    h.push(
      `<p><b>${esc(l.playbook)}</b></p><table class="task"><thead><tr><th></th><th>${esc(l.due)}</th><th>${esc(l.role)}</th><th>${esc(l.playbook)}</th><th>${esc(l.done)}</th></tr></thead><tbody>`,
    );
    for (const task of t.tasks)
      h.push(
        `<tr><td><span class="box"></span></td><td>${esc(task.due)}</td><td>${esc(task.role)}</td><td>${esc(task.title)}${task.description ? `<br><span class="small">${esc(task.description)}</span>` : ""}</td><td></td></tr>`,
      );
    h.push("</tbody></table></section>");
  }

  h.push(`<h2 class="type">${esc(l.continuity)}</h2>`);
  h.push(
    table(
      [l.service, l.fallback, l.rto, l.rpo, l.owner, l.provider],
      v.continuity.map((c) => [c.name, c.fallback, c.rto, c.rpo, c.owner, c.provider]),
    ),
  );

  h.push(`<h2>${esc(l.suppliers)}</h2>`);
  if (v.suppliers.length === 0) h.push(`<p>${esc(l.noSuppliers)}</p>`);
  else
    h.push(
      `<table><thead><tr>${[l.suppliers, l.products, l.singleSource, l.alternative].map((x) => `<th>${esc(x)}</th>`).join("")}</tr></thead><tbody>${v.suppliers
        .map(
          (s) =>
            `<tr><td>${esc(s.name)}</td><td>${esc(s.products)}</td><td>${s.singleSource ? `<span class="warn">⚠ ${esc(l.yes)}</span>` : esc(l.no)}</td><td>${esc(s.alternative)}</td></tr>`,
        )
        .join("")}</tbody></table>`,
    );

  h.push(`<h2>${esc(l.authorities)}</h2>`);
  h.push(
    table(
      [l.country, l.authorities, l.website, ""],
      v.authorities.map((a) => [a.country, a.name, a.website, a.note]),
    ),
  );

  h.push(
    `<h2>${esc(l.review)}</h2><p>${esc(v.reviewIntro)}</p><ul>${v.reviewTriggers.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>`,
  );
  h.push(`<h2>${esc(l.drills)}</h2><ul>${v.drills.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>`);
  h.push("</body></html>");
  return h.join("\n");
};
