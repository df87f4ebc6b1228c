import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { api, errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { loc, type PlanView } from "./types.js";

export function PlanOverview() {
  const q = useApiQuery<PlanView>("/api/v1/plan");
  const changes = useApiQuery<{ items: { path: string; change: string }[]; since: string }>(
    "/api/v1/plan/changes",
  );
  // Lessons from past crises: the review is where their action items are checked.
  const lessons = useApiQuery<{
    items: {
      id: string;
      crisis_id: string;
      title: string;
      owner_name: string;
      due_date: string;
      overdue: boolean;
    }[];
  }>("/api/v1/action-items/for-review");
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  if (!q.data) return <div className="page-loading">{q.error ? errorMessage(q.error) : "Loading…"}</div>;
  const { plan, review, language } = q.data;
  const singleSource = plan.suppliers
    .filter((s) => s.singleSource)
    .flatMap((s) => s.products.map((p) => `${p.name} (${s.name})`));
  const markReviewed = async () => {
    try {
      await api.post("/api/v1/plan/review", { note: "reviewed from the dashboard" });
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/plan") });
      toast({ message: "Plan marked reviewed", tone: "success" });
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };
  return (
    <div className="stack">
      <Card
        title="Review"
        data-testid="plan-review"
        actions={
          session.can("admin") ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void markReviewed()}
              data-testid="plan-mark-reviewed"
            >
              Mark reviewed today
            </button>
          ) : null
        }
      >
        <p>
          {review.due ? <Badge value="due" tone="red" /> : <Badge value="up to date" tone="green" />} Last
          reviewed {review.last_reviewed ?? "never"}; next review {review.next_review}
          {review.due ? "" : ` (in ${review.days_left} days)`}. Revision {q.data.revision}, changed by{" "}
          {q.data.updated_by} {formatTime(q.data.updated_at)}.
        </p>
        <h3>What changed since the last review</h3>
        {changes.data?.items.length ? (
          <ul data-testid="plan-changes">
            {changes.data.items.slice(0, 50).map((c) => (
              <li key={`${c.change}:${c.path}`}>
                <Badge value={c.change} /> <code>{c.path}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing changed since the last review.</p>
        )}
        <h3>Action items from post-mortems</h3>
        {lessons.data?.items.length ? (
          <ul data-testid="plan-action-items">
            {lessons.data.items.slice(0, 50).map((a) => (
              <li key={a.id}>
                <Link to={`/reports/crises/${encodeURIComponent(a.crisis_id)}`}>{a.title}</Link> —{" "}
                {a.owner_name}, due {a.due_date} {a.overdue ? <Badge value="overdue" tone="red" /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No unfinished action items.</p>
        )}
      </Card>
      <Card title="Team and contacts">
        <table className="plan-table">
          <thead>
            <tr>
              <th>Role</th>
              <th>Primary</th>
              <th>Deputy</th>
            </tr>
          </thead>
          <tbody>
            {plan.team.map((t) => (
              <tr key={t.role}>
                <td>{t.role.replaceAll("_", " ")}</td>
                <td>
                  {[t.primary.name, t.primary.phone, t.primary.email].filter(Boolean).join(" · ") || "—"}
                </td>
                <td>{[t.deputy.name, t.deputy.phone, t.deputy.email].filter(Boolean).join(" · ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Press, suppliers, providers, authorities" data-testid="plan-contacts">
        <table className="plan-table">
          <tbody>
            {plan.stakeholders.map((g) => (
              <tr key={g.id}>
                <th scope="row">{loc(g.name, language)}</th>
                <td>
                  {g.contacts.length === 0
                    ? "—"
                    : g.contacts.map((c, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id
                        <div key={i}>
                          {[c.name, c.organisation, c.phone, c.email].filter(Boolean).join(" · ")}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
            {plan.authorities.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  Authority ({a.country}, {a.kind.replaceAll("_", " ")})
                </th>
                <td>
                  {a.name} {a.website ? `· ${a.website}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Business continuity" data-testid="plan-overview-continuity">
        <table className="plan-table">
          <thead>
            <tr>
              <th>Critical service</th>
              <th>Fallback</th>
              <th>RTO</th>
              <th>RPO</th>
            </tr>
          </thead>
          <tbody>
            {plan.continuity.map((s) => (
              <tr key={s.id}>
                <td>{loc(s.name, language)}</td>
                <td>{loc(s.fallback, language)}</td>
                <td>{s.rtoMinutes} min</td>
                <td>{s.rpoMinutes} min</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Suppliers" data-testid="plan-suppliers">
        {plan.suppliers.length === 0 ? (
          <p className="muted">
            No suppliers yet: add them under Edit, and flag products with a single source.
          </p>
        ) : (
          <>
            <p data-testid="plan-single-source">
              {singleSource.length === 0
                ? "No product depends on a single supplier."
                : `${singleSource.length} product(s) depend on a single supplier: ${singleSource.join(", ")}`}
            </p>
            <table className="plan-table">
              <thead>
                <tr>
                  <th>Supplier</th>
                  <th>Products</th>
                  <th>Alternative</th>
                </tr>
              </thead>
              <tbody>
                {plan.suppliers.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {s.name} {s.singleSource ? <Badge value="single source" tone="red" /> : null}
                    </td>
                    <td>{s.products.map((p) => p.name).join(", ")}</td>
                    <td>{s.alternative || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Card>
    </div>
  );
}
