import type { PlanView } from "./view.js";

/** Plan text is user-editable: neutralise Markdown and inline HTML so it prints as written. */
export const mdEscape = (s: string): string =>
  s
    .replace(/\r?\n/g, " ")
    .replace(/([\\`*_[\]<>|#!])/g, "\\$1")
    .trim();

const row = (cells: string[]) => `| ${cells.map((c) => mdEscape(c) || " ").join(" | ")} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), `|${head.map(() => " --- ").join("|")}|`, ...rows.map(row)].join("\n");

/** Title, how to use the plan, and the severities. */
const overview = (v: PlanView): string[] => {
  const { l } = v;
  const out: string[] = [];
  out.push(`# ${mdEscape(v.title)}: ${mdEscape(v.shopName)}`, "");
  if (v.website) out.push(mdEscape(v.website), "");
  out.push(
    `${l.reviewed}: ${mdEscape(v.reviewed)} · ${l.nextReview}: ${mdEscape(v.nextReview)} · ${l.printed}: ${v.printed}`,
    "",
  );

  out.push(`## ${l.howToUse}`, "", ...v.howToUse.map((s, i) => `${i + 1}. ${mdEscape(s)}`), "");

  out.push(`## ${l.severities}`, "");
  out.push(
    table(
      [l.severity, l.meaning, l.acknowledge, l.firstWord, l.mitigate, l.cadence, l.page],
      v.severities.map((s) => [
        s.name,
        `${s.meaning} ${l.examples}: ${s.examples}`,
        s.acknowledge,
        s.firstWord,
        s.mitigate,
        s.cadence,
        s.page,
      ]),
    ),
    "",
  );
  return out;
};

/** Roles with their people, and the stakeholders. */
const people = (v: PlanView): string[] => {
  const { l } = v;
  const out: string[] = [];
  out.push(`## ${l.roles}`, "");
  for (const r of v.roles) {
    out.push(`### ${mdEscape(r.name)}`, "", ...r.duties.map((d) => `- ${mdEscape(d)}`), "");
    out.push(
      table(
        ["", l.name, l.phone, l.email],
        [
          [l.primary, r.primary.name, r.primary.phone, r.primary.email],
          [l.deputy, r.deputy.name, r.deputy.phone, r.deputy.email],
        ],
      ),
      "",
    );
  }

  out.push(`## ${l.stakeholders}`, "");
  out.push(
    table(
      [l.stakeholders, l.whenToInform, l.owner, l.name, l.phone, l.email],
      v.stakeholders.flatMap((g) =>
        g.contacts.length === 0
          ? [[g.name, g.whenToInform, g.owner, "", "", ""]]
          : g.contacts.map((c, i) => [
              i === 0 ? g.name : "",
              i === 0 ? g.whenToInform : "",
              i === 0 ? g.owner : "",
              c.name,
              c.phone,
              c.email,
            ]),
      ),
    ),
    "",
  );
  return out;
};

/** The risk matrix and each crisis type's playbook. */
const crisisTypes = (v: PlanView): string[] => {
  const { l } = v;
  const out: string[] = [];
  out.push(`## ${l.riskMatrix}`, "", `${l.impact} ↓ · ${l.likelihood} →`, "");
  out.push(
    table(
      [`${l.impact} \\ ${l.likelihood}`, "1", "2", "3", "4", "5"],
      [5, 4, 3, 2, 1].map((impact) => [
        String(impact),
        ...[1, 2, 3, 4, 5].map((lik) => (v.matrix[impact - 1]?.[lik - 1] ?? []).join("; ")),
      ]),
    ),
    "",
  );

  out.push(`## ${l.crisisTypes}`, "");
  for (const t of v.types) {
    out.push(`### ${mdEscape(t.name)}`, "", mdEscape(t.description), "");
    out.push(
      `- ${l.likelihood}: ${t.likelihood}/5 · ${l.impact}: ${t.impact}/5 · ${l.defaultSeverity}: ${mdEscape(t.severity)}`,
      `- ${l.messages}: ${mdEscape(t.messages)}`,
      `- ${l.approval}: ${mdEscape(t.approval)} · ${l.apology}: ${t.apology}`,
      "",
    );
    out.push(`**${l.escalation}**`, "", ...t.escalation.map((e) => `- ${mdEscape(e)}`), "");
    out.push(`**${l.playbook}**`, "");
    for (const task of t.tasks) {
      out.push(`- [ ] **${mdEscape(task.due)}** · ${mdEscape(task.role)} · ${mdEscape(task.title)}`);
      if (task.description) out.push(`  ${mdEscape(task.description)}`);
    }
    out.push("");
  }
  return out;
};

/** Continuity, suppliers, authorities, review and drills. */
const continuity = (v: PlanView): string[] => {
  const { l } = v;
  const out: string[] = [];
  out.push(`## ${l.continuity}`, "");
  out.push(
    table(
      [l.service, l.fallback, l.rto, l.rpo, l.owner, l.provider],
      v.continuity.map((c) => [c.name, c.fallback, c.rto, c.rpo, c.owner, c.provider]),
    ),
    "",
  );

  out.push(`## ${l.suppliers}`, "");
  if (v.suppliers.length === 0) out.push(mdEscape(l.noSuppliers), "");
  else
    out.push(
      table(
        [l.suppliers, l.products, l.singleSource, l.alternative],
        v.suppliers.map((s) => [s.name, s.products, s.singleSource ? `⚠ ${l.yes}` : l.no, s.alternative]),
      ),
      "",
    );

  out.push(`## ${l.authorities}`, "");
  out.push(
    table(
      [l.country, l.authorities, l.website, ""],
      v.authorities.map((a) => [a.country, a.name, a.website, a.note]),
    ),
    "",
  );

  out.push(
    `## ${l.review}`,
    "",
    mdEscape(v.reviewIntro),
    "",
    ...v.reviewTriggers.map((s) => `- ${mdEscape(s)}`),
    "",
  );
  out.push(`## ${l.drills}`, "", ...v.drills.map((s) => `- ${mdEscape(s)}`), "");
  return out;
};

export const renderMarkdown = (v: PlanView): string =>
  [...overview(v), ...people(v), ...crisisTypes(v), ...continuity(v)].join("\n");
