import { isolate } from "../../bidi.js";
/**
 * The read-only tables of the plan overview: crisis team, contacts, continuity and suppliers. The review
 * card, which acts, stays in PlanOverview.
 */
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { useT, useTOr } from "../../i18n/t.js";
import { loc, type Plan, type PlanView } from "./types.js";

type Lang = PlanView["language"];

/** A person's name, organisation, phone and e-mail on one line: each typed part its own isolate. */
const joined = (parts: (string | undefined | null)[]): string =>
  parts
    .filter((x): x is string => Boolean(x))
    .map(isolate)
    .join(" · ") || "—";

/** Each crisis role with its primary and deputy. */
export function TeamTable({ plan }: { plan: Plan }) {
  const t = useT();
  const tOr = useTOr();
  return (
    <Card title={t("planview.team")}>
      <table className="plan-table">
        <thead>
          <tr>
            <th>{t("crisis.task_role")}</th>
            <th>{t("planview.primary")}</th>
            <th>{t("planview.deputy")}</th>
          </tr>
        </thead>
        <tbody>
          {plan.team.map((m) => (
            <tr key={m.role}>
              <td>{tOr(`crisis_role.${m.role}`, m.role.replaceAll("_", " "))}</td>
              <td>{joined([m.primary.name, m.primary.phone, m.primary.email])}</td>
              <td>{joined([m.deputy.name, m.deputy.phone, m.deputy.email])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Outside contacts by stakeholder group, then the authorities to notify. */
export function ContactsTable({ plan, language }: { plan: Plan; language: Lang }) {
  const t = useT();
  return (
    <Card title={t("planview.contacts")} data-testid="plan-contacts">
      <table className="plan-table">
        <tbody>
          {plan.stakeholders.map((g) => (
            <tr key={g.id}>
              <th scope="row">
                <bdi>{loc(g.name, language)}</bdi>
              </th>
              <td>
                {g.contacts.length === 0
                  ? "—"
                  : g.contacts.map((c, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id
                      <div key={i}>{joined([c.name, c.organisation, c.phone, c.email])}</div>
                    ))}
              </td>
            </tr>
          ))}
          {plan.authorities.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {t("planview.authority", { country: a.country, kind: a.kind.replaceAll("_", " ") })}
              </th>
              <td>
                <bdi>{a.name}</bdi> {a.website ? `· ${a.website}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Each critical service with its fallback and recovery targets. */
export function ContinuityTable({ plan, language }: { plan: Plan; language: Lang }) {
  const t = useT();
  return (
    <Card title={t("planview.continuity")} data-testid="plan-overview-continuity">
      <table className="plan-table">
        <thead>
          <tr>
            <th>{t("planview.service")}</th>
            <th>{t("planview.fallback")}</th>
            <th>RTO</th>
            <th>RPO</th>
          </tr>
        </thead>
        <tbody>
          {plan.continuity.map((s) => (
            <tr key={s.id}>
              <td>
                <bdi>{loc(s.name, language)}</bdi>
              </td>
              <td>
                <bdi>{loc(s.fallback, language)}</bdi>
              </td>
              <td>{t("crisis.minutes", { min: s.rtoMinutes })}</td>
              <td>{t("crisis.minutes", { min: s.rpoMinutes })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Suppliers and their products; single-source products are called out first. */
export function SuppliersTable({ plan }: { plan: Plan }) {
  const t = useT();
  const singleSource = plan.suppliers
    .filter((s) => s.singleSource)
    .flatMap((s) => s.products.map((p) => `${isolate(p.name)} (${isolate(s.name)})`));
  return (
    <Card title={t("planview.suppliers")} data-testid="plan-suppliers">
      {plan.suppliers.length === 0 ? (
        <p className="muted">{t("planview.no_suppliers")}</p>
      ) : (
        <>
          <p data-testid="plan-single-source">
            {singleSource.length === 0
              ? t("planview.no_single")
              : t("planview.single", { n: singleSource.length, list: singleSource.join(", ") })}
          </p>
          <table className="plan-table">
            <thead>
              <tr>
                <th>{t("plan_part.supplier")}</th>
                <th>{t("planview.products")}</th>
                <th>{t("planview.alternative")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.suppliers.map((s) => (
                <tr key={s.id}>
                  <td>
                    <bdi>{s.name}</bdi>{" "}
                    {s.singleSource ? (
                      <Badge value="single source" tone="red">
                        {t("planview.single_source")}
                      </Badge>
                    ) : null}
                  </td>
                  <td>{s.products.map((p) => isolate(p.name)).join(", ")}</td>
                  <td>{s.alternative ? <bdi>{s.alternative}</bdi> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
