import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, isApiError } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card, Stat } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ActionItems } from "./ActionItems.js";
import { RecoveryChart } from "./RecoveryChart.js";
import type { Postmortem } from "./types.js";

/** Minutes as a reader takes them in: "45 min", "3 h 20 min", "5 d 4 h". */
export const duration = (m: number) =>
  m < 120
    ? `${m} min`
    : m < 2880
      ? `${Math.floor(m / 60)} h ${Math.round(m % 60)} min`
      : `${Math.floor(m / 1440)} d ${Math.round((m % 1440) / 60)} h`;

const money = (minor: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);

export function PostmortemPage() {
  const { id = "" } = useParams();
  const path = `/api/v1/crises/${encodeURIComponent(id)}/postmortem`;
  const q = useApiQuery<Postmortem>(path, { retry: false });
  if (q.error) {
    const open = isApiError(q.error) && q.error.status === 409;
    return (
      <>
        <PageHeader title="Post-mortem" />
        <p className={`notice ${open ? "notice-warn" : "notice-error"}`} data-testid="postmortem-error">
          {open ? "This crisis is not resolved yet: its post-mortem is drafted when it is. " : ""}
          {q.error.message}
        </p>
        <Link to={`/crises/${encodeURIComponent(id)}`}>Back to the crisis room</Link>
      </>
    );
  }
  const pm = q.data;
  if (!pm) return <p className="muted">Loading the post-mortem…</p>;
  const c = pm.crisis;
  const i = pm.impact;
  return (
    <div data-testid="postmortem">
      <PageHeader
        title={`Post-mortem: ${c.title}`}
        description={`${c.type_name} · ${c.severity} · started ${formatTime(c.started_at)} · resolved ${formatTime(c.resolved_at)}`}
        actions={
          <div className="review-exports">
            {(["md", "html", "pdf"] as const).map((f) => (
              <a
                key={f}
                className="button button-small"
                href={`${path}?format=${f}`}
                download
                data-testid={`postmortem-export-${f}`}
              >
                {f === "md" ? "Markdown" : f.toUpperCase()}
              </a>
            ))}
          </div>
        }
      />
      <p>
        <Badge value={pm.status} /> {c.drill ? <Badge value="drill" tone="purple" /> : null}{" "}
        {pm.blameless ? <span className="muted">Blameless: people appear by their crisis role.</span> : null}{" "}
        <Link to={`/crises/${c.id}`}>Open the crisis room</Link>
      </p>
      <div className="review-grid">
        <div className="stack">
          <Card title="Reputation recovery" data-testid="postmortem-recovery">
            <RecoveryChart data={pm.reputation} />
          </Card>
          <Card title="Times against the plan">
            <table className="review-table" data-testid="postmortem-times">
              <thead>
                <tr>
                  <th>Milestone</th>
                  <th>Actual</th>
                  <th>Target</th>
                  <th>Result</th>
                </tr>
              </thead>
              <tbody>
                {pm.times.map((t) => (
                  <tr key={t.id} data-testid={`time-${t.id}`}>
                    <td>{t.label}</td>
                    <td>{t.minutes === null ? "not reached" : duration(t.minutes)}</td>
                    <td>{t.target_minutes === null ? "—" : duration(t.target_minutes)}</td>
                    <td className={t.met === null ? "" : t.met ? "review-met" : "review-missed"}>
                      {t.met === null ? "—" : t.met ? "met" : "missed"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <PostmortemEditor pm={pm} path={path} />
          <ActionItems crisisId={c.id} items={pm.action_items} />
          <Card title="Timeline of key events">
            <ol className="review-timeline" data-testid="postmortem-timeline">
              {pm.timeline.map((e) => (
                <li key={e.id}>
                  <span className="muted">{formatTime(e.at)}</span> {e.text}{" "}
                  <span className="muted">— {e.actor}</span>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="stack">
          <Card title="Impact">
            <div className="stat-grid">
              <Stat label="Orders affected" value={i.orders_affected} />
              <Stat label="Customers affected" value={i.customers_affected} />
              <Stat label="Revenue at risk" value={money(i.revenue_at_risk, i.currency)} />
              <Stat label="Complaint cases" value={i.cases} />
              <Stat
                label="Remedies given"
                value={i.remedies_given}
                hint={money(i.remedies_cost, i.currency)}
              />
              <Stat
                label="Mentions"
                value={i.mentions}
                hint={i.negative_share === null ? "" : `${Math.round(i.negative_share * 100)}% negative`}
              />
            </div>
          </Card>
          <p className="muted">
            Revision {pm.revision}, last changed by {pm.updated_by} {formatTime(pm.updated_at)}.
          </p>
        </div>
      </div>
    </div>
  );
}

const LISTS = [
  ["causes", "Causes"],
  ["contributing_factors", "Contributing factors"],
  ["went_well", "What went well"],
  ["went_badly", "What did not go well"],
] as const;

function PostmortemEditor({ pm, path }: { pm: Postmortem; path: string }) {
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const [summary, setSummary] = useState(pm.summary);
  const [lists, setLists] = useState(() => Object.fromEntries(LISTS.map(([k]) => [k, pm[k].join("\n")])));
  const [blameless, setBlameless] = useState(pm.blameless);
  const [status, setStatus] = useState(pm.status);
  const { busy, error, run } = useAction();
  // A colleague's saved edit arrives with a new revision: start from it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the revision changes.
  useEffect(() => {
    setSummary(pm.summary);
    setLists(Object.fromEntries(LISTS.map(([k]) => [k, pm[k].join("\n")])));
    setBlameless(pm.blameless);
    setStatus(pm.status);
  }, [pm.revision]);
  const canEdit = session.can("responder");
  const save = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const body: Record<string, unknown> = { revision: pm.revision, summary, blameless, status };
      for (const [k] of LISTS)
        body[k] = (lists[k] ?? "")
          .split("\n")
          .map((s) => s.trim())
          .filter(Boolean);
      await api.patch(path, body);
      await qc.invalidateQueries({ queryKey: apiKey(path) });
      // The board's page counts the causes written here.
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/reports/crises") });
      toast({ message: "Post-mortem saved", tone: "success" });
    });
  };
  return (
    <Card title="Review">
      <form className="form review-form" onSubmit={save} data-testid="postmortem-form">
        <FormField label="Summary" name="summary" error={error}>
          <textarea
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            disabled={!canEdit}
            data-testid="postmortem-summary"
          />
        </FormField>
        {LISTS.map(([k, label]) => (
          <FormField key={k} label={label} name={k} error={error} hint="One per line">
            <textarea
              value={lists[k] ?? ""}
              onChange={(e) => setLists({ ...lists, [k]: e.target.value })}
              disabled={!canEdit}
              data-testid={`postmortem-${k}`}
            />
          </FormField>
        ))}
        <label>
          <input
            type="checkbox"
            checked={blameless}
            onChange={(e) => setBlameless(e.target.checked)}
            disabled={!canEdit}
            data-testid="postmortem-blameless"
          />{" "}
          Blameless (name roles, not people)
        </label>
        <FormField label="Status" name="status" error={error}>
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as Postmortem["status"])}
            disabled={!canEdit}
            data-testid="postmortem-status"
          >
            <option value="draft">Draft</option>
            <option value="final">Final</option>
          </select>
        </FormField>
        <FormError
          error={error}
          fields={["summary", "causes", "contributing_factors", "went_well", "went_badly", "status"]}
        />
        {canEdit ? (
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="postmortem-save"
          >
            Save
          </button>
        ) : null}
      </form>
    </Card>
  );
}
