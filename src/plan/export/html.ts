import { type HtmlValue, html, PRINT_CSS, raw, type SafeHtml } from "../../core/html.js";
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

const headRow = (head: HtmlValue[]) => html`<thead><tr>${head.map((x) => html`<th>${x}</th>`)}</tr></thead>`;

const table = (head: string[], rows: HtmlValue[][], cls = "") =>
  html`<table${cls ? html` class="${cls}"` : ""}>${headRow(head)}<tbody>${rows.map(
    (r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`,
  )}</tbody></table>`;

const items = (xs: string[]) => xs.map((s) => html`<li>${s}</li>`);

const cellColour = (impact: number, likelihood: number) => {
  const score = impact * likelihood;
  return score >= 15 ? "sev1" : score >= 9 ? "sev2" : score >= 4 ? "sev3" : "sev4";
};

const severities = ({ l, severities }: PlanView) =>
  html`<h2>${l.severities}</h2><table>${headRow([l.severity, l.meaning, l.acknowledge, l.firstWord, l.mitigate, l.cadence, l.page])}<tbody>${severities.map(
    (s, i) =>
      html`<tr class="sev${i + 1}"><td><b>${s.name}</b></td><td>${s.meaning}<br><span class="small">${l.examples}: ${s.examples}</span></td><td>${s.acknowledge}</td><td>${s.firstWord}</td><td>${s.mitigate}</td><td>${s.cadence}</td><td>${s.page}</td></tr>`,
  )}</tbody></table>`;

const roles = ({ l, roles }: PlanView) =>
  html`<h2>${l.roles}</h2>${roles.map(
    (r) =>
      html`<h3>${r.name}</h3><ul>${items(r.duties)}</ul>${table(
        ["", l.name, l.phone, l.email],
        [
          [l.primary, r.primary.name, r.primary.phone, r.primary.email],
          [l.deputy, r.deputy.name, r.deputy.phone, r.deputy.email],
        ],
      )}`,
  )}`;

const stakeholders = ({ l, stakeholders }: PlanView) =>
  html`<h2>${l.stakeholders}</h2>${table(
    [l.stakeholders, l.whenToInform, l.owner, l.name, l.phone],
    stakeholders.flatMap((g) =>
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
  )}`;

const SCALE = [1, 2, 3, 4, 5];

const riskMatrix = ({ l, matrix }: PlanView) =>
  html`<h2>${l.riskMatrix}</h2><table class="m"><thead><tr><th>${l.impact} ↓ / ${l.likelihood} →</th>${SCALE.map(
    (n) => html`<th>${n}</th>`,
  )}</tr></thead><tbody>${[...SCALE]
    .reverse()
    .map(
      (impact) =>
        html`<tr><th>${impact}</th>${SCALE.map(
          (lik) =>
            html`<td class="${cellColour(impact, lik)}">${(matrix[impact - 1]?.[lik - 1] ?? []).map(
              (name, i) => html`${i > 0 && raw("<br>")}${name}`,
            )}</td>`,
        )}</tr>`,
    )}</tbody></table>`;

const crisisType = (l: PlanView["l"], t: PlanView["types"][number]) =>
  html`<section class="type" id="${t.id}"><h3>${t.name}</h3><p>${t.description}</p>
<p class="small">${l.likelihood}: ${t.likelihood}/5 · ${l.impact}: ${t.impact}/5 · ${l.defaultSeverity}: ${t.severity}<br>
${l.messages}: ${t.messages}<br>${l.approval}: ${t.approval} · ${l.apology}: ${t.apology}</p>
<p><b>${l.escalation}</b></p><ul>${items(t.escalation)}</ul>
<p><b>${l.playbook}</b></p><table class="task">${headRow(["", l.due, l.role, l.playbook, l.done])}<tbody>${t.tasks.map(
    (task) =>
      html`<tr><td><span class="box"></span></td><td>${task.due}</td><td>${task.role}</td><td>${task.title}${
        task.description && html`<br><span class="small">${task.description}</span>`
      }</td><td></td></tr>`,
  )}</tbody></table></section>`;

const suppliers = ({ l, suppliers }: PlanView) =>
  html`<h2>${l.suppliers}</h2>${
    suppliers.length === 0
      ? html`<p>${l.noSuppliers}</p>`
      : table(
          [l.suppliers, l.products, l.singleSource, l.alternative],
          suppliers.map((s) => [
            s.name,
            s.products,
            s.singleSource ? html`<span class="warn">⚠ ${l.yes}</span>` : l.no,
            s.alternative,
          ]),
        )
  }`;

export const renderHtml = (v: PlanView): string => {
  const { l } = v;
  const doc: SafeHtml = html`<!DOCTYPE html><html lang="${v.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${`${v.title}: ${v.shopName}`}</title><style>${raw(CSS)}</style></head><body>
<section class="cover"><h1>${v.title}</h1><p style="font-size:16pt">${v.shopName}</p>
${v.website && html`<p class="meta">${v.website}</p>`}
<p class="meta">${l.reviewed}: ${v.reviewed}<br>${l.nextReview}: ${v.nextReview}<br>${l.printed}: ${v.printed}</p></section>
<h2>${l.howToUse}</h2><ol>${items(v.howToUse)}</ol>
${severities(v)}
${roles(v)}
${stakeholders(v)}
${riskMatrix(v)}
<h2>${l.crisisTypes}</h2>
${v.types.map((t) => crisisType(l, t))}
<h2 class="type">${l.continuity}</h2>
${table(
  [l.service, l.fallback, l.rto, l.rpo, l.owner, l.provider],
  v.continuity.map((c) => [c.name, c.fallback, c.rto, c.rpo, c.owner, c.provider]),
)}
${suppliers(v)}
<h2>${l.authorities}</h2>
${table(
  [l.country, l.authorities, l.website, ""],
  v.authorities.map((a) => [a.country, a.name, a.website, a.note]),
)}
<h2>${l.review}</h2><p>${v.reviewIntro}</p><ul>${items(v.reviewTriggers)}</ul>
<h2>${l.drills}</h2><ul>${items(v.drills)}</ul>
</body></html>`;
  return doc.toString();
};
