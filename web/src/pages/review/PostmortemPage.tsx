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
import { type MessageId, useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ActionItems } from "./ActionItems.js";
import { RecoveryChart } from "./RecoveryChart.js";
import { ScrollRegion } from "./ScrollRegion.js";
import type { Postmortem } from "./types.js";

/** Minutes as a reader takes them in, in their language: "45 min", "3 h 20 min", "5 d 4 h". */
export function useDuration() {
  const t = useT();
  return (m: number) =>
    m < 120
      ? t("duration.minutes", { m })
      : m < 2880
        ? t("duration.hours", { h: Math.floor(m / 60), m: Math.round(m % 60) })
        : t("duration.days", { d: Math.floor(m / 1440), h: Math.round((m % 1440) / 60) });
}

const money = (minor: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);

export function PostmortemPage() {
  const { id = "" } = useParams();
  const path = `/api/v1/crises/${encodeURIComponent(id)}/postmortem`;
  const q = useApiQuery<Postmortem>(path, { retry: false });
  const t = useT();
  const duration = useDuration();
  if (q.error) {
    const open = isApiError(q.error) && q.error.status === 409;
    return (
      <>
        <PageHeader title={t("crisis.postmortem")} />
        <p className={`notice ${open ? "notice-warn" : "notice-error"}`} data-testid="postmortem-error">
          {open ? `${t("pm.not_resolved")} ` : ""}
          {q.error.message}
        </p>
        <Link to={`/crises/${encodeURIComponent(id)}`}>{t("pm.back_room")}</Link>
      </>
    );
  }
  const pm = q.data;
  if (!pm) return <p className="muted">{t("pm.loading")}</p>;
  const c = pm.crisis;
  const i = pm.impact;
  return (
    <div data-testid="postmortem">
      <PageHeader
        title={t("pm.title", { title: c.title })}
        description={t("pm.describe", {
          type: c.type_name,
          severity: c.severity,
          started: formatTime(c.started_at),
          resolved: formatTime(c.resolved_at),
        })}
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
        {pm.blameless ? <span className="muted">{t("pm.blameless_note")}</span> : null}{" "}
        <Link to={`/crises/${c.id}`}>{t("pm.open_room")}</Link>
      </p>
      <div className="review-grid">
        <div className="stack">
          <Card title={t("pm.recovery")} data-testid="postmortem-recovery">
            <RecoveryChart data={pm.reputation} />
          </Card>
          <Card title={t("pm.times")}>
            <ScrollRegion label={t("pm.times")}>
              <table className="review-table" data-testid="postmortem-times">
                <thead>
                  <tr>
                    <th>{t("pm.milestone")}</th>
                    <th>{t("pm.actual")}</th>
                    <th>{t("pm.target")}</th>
                    <th>{t("pm.result")}</th>
                  </tr>
                </thead>
                <tbody>
                  {pm.times.map((tm) => (
                    <tr key={tm.id} data-testid={`time-${tm.id}`}>
                      <td>{tm.label}</td>
                      <td>{tm.minutes === null ? t("pm.not_reached") : duration(tm.minutes)}</td>
                      <td>{tm.target_minutes === null ? "—" : duration(tm.target_minutes)}</td>
                      <td className={tm.met === null ? "" : tm.met ? "review-met" : "review-missed"}>
                        {tm.met === null ? "—" : tm.met ? t("pm.met") : t("pm.missed")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </Card>
          <PostmortemEditor pm={pm} path={path} />
          <ActionItems crisisId={c.id} items={pm.action_items} />
          <Card title={t("pm.timeline")}>
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
          <Card title={t("pm.impact")}>
            <div className="stat-grid">
              <Stat label={t("crisis.impact.orders_affected")} value={i.orders_affected} />
              <Stat label={t("crisis.impact.customers_affected")} value={i.customers_affected} />
              <Stat label={t("crisis.impact.revenue_at_risk")} value={money(i.revenue_at_risk, i.currency)} />
              <Stat label={t("pm.cases")} value={i.cases} />
              <Stat
                label={t("crisis.impact.remedies_given")}
                value={i.remedies_given}
                hint={money(i.remedies_cost, i.currency)}
              />
              <Stat
                label={t("pm.mentions")}
                value={i.mentions}
                hint={
                  i.negative_share === null
                    ? ""
                    : t("pm.negative_share", { pct: Math.round(i.negative_share * 100) })
                }
              />
            </div>
          </Card>
          <p className="muted">
            {t("pm.revision", { n: pm.revision, who: pm.updated_by, time: formatTime(pm.updated_at) })}
          </p>
        </div>
      </div>
    </div>
  );
}

const LISTS = [
  ["causes", "pm.causes"],
  ["contributing_factors", "pm.contributing"],
  ["went_well", "pm.went_well"],
  ["went_badly", "pm.went_badly"],
] as const satisfies readonly (readonly [string, MessageId])[];

function PostmortemEditor({ pm, path }: { pm: Postmortem; path: string }) {
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
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
      toast({ message: t("pm.saved"), tone: "success" });
    });
  };
  return (
    <Card title={t("pm.review")}>
      <form className="form review-form" onSubmit={save} data-testid="postmortem-form">
        <FormField label={t("crisis.summary")} name="summary" error={error}>
          <textarea
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            disabled={!canEdit}
            data-testid="postmortem-summary"
          />
        </FormField>
        {LISTS.map(([k, label]) => (
          <FormField key={k} label={t(label)} name={k} error={error} hint={t("pm.one_per_line")}>
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
          {t("pm.blameless")}
        </label>
        <FormField label={t("crises.col_status")} name="status" error={error}>
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as Postmortem["status"])}
            disabled={!canEdit}
            data-testid="postmortem-status"
          >
            <option value="draft">{t("pm.draft")}</option>
            <option value="final">{t("pm.final")}</option>
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
            {t("common.save")}
          </button>
        ) : null}
      </form>
    </Card>
  );
}
