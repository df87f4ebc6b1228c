import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { formatTime } from "../../format.js";
import { useReasonedPatch } from "./ReasonPrompt.js";
import type { Link as CrisisLink, RoomPart } from "./types.js";

const roleName = (c: RoomPart["c"], id: string) => c.roles.find((r) => r.role === id)?.name ?? id;

const OPS: Record<string, string> = { gt: ">", gte: "≥", lt: "<", lte: "≤", eq: "=" };

/** The type's "when to escalate" rules; the ones the record proves offer the raise in one click. */
export function EscalationCard({ c, canAct, act, path }: RoomPart) {
  if (c.escalation.length === 0) return null;
  return (
    <Card title="When to escalate" data-testid="crisis-escalation">
      <ul className="escalation-list">
        {c.escalation.map((e) => (
          <li
            key={e.id}
            className={`escalation escalation-${e.state === "triggered" && !e.above_current ? "reached" : e.state}`}
            data-testid={`escalation-${e.id}`}
            data-state={e.state}
          >
            <div>{e.text}</div>
            <div className="muted escalation-conditions">
              {e.conditions.map((k) => (
                <span key={`${k.metric}-${k.op}-${k.value}`}>
                  {k.metric.replaceAll("_", " ")} {OPS[k.op] ?? k.op} {k.value}
                  {k.observed === null ? " (judge from live signals)" : ` (now ${k.observed})`}{" "}
                </span>
              ))}
            </div>
            {e.state === "triggered" && e.above_current && canAct ? (
              <button
                type="button"
                className="button button-primary button-small"
                onClick={() => void act(() => api.patch(path, { severity: e.raise_to }))}
                data-testid={`escalate-${e.id}`}
              >
                Raise to {e.raise_to}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Public word and, for personal data, the GDPR Art. 33 notice: the two clocks people stop by hand. */
export function ObligationsCard({ c, canAct, act, path }: RoomPart) {
  const reasoned = useReasonedPatch(path, act);
  const [aware, setAware] = useState("");
  const setAwareAt = (e: FormEvent) => {
    e.preventDefault();
    const at = new Date(aware);
    if (Number.isNaN(at.getTime())) return;
    void act(() => api.patch(path, { aware_at: at.toISOString() })).then(() => setAware(""));
  };
  return (
    <Card title="Public word and legal duties" data-testid="crisis-obligations">
      <dl className="impact-list">
        <div>
          <dt>First public word</dt>
          <dd data-testid="first-public-word">{formatTime(c.first_public_word_at, "not yet")}</dd>
        </div>
        <div>
          <dt>Last public update</dt>
          <dd>{formatTime(c.last_public_update_at ?? c.first_public_word_at, "not yet")}</dd>
        </div>
        {c.severity_info ? (
          <div>
            <dt>Update every</dt>
            <dd>{c.severity_info.update_cadence_minutes} min</dd>
          </div>
        ) : null}
      </dl>
      {c.messages.kinds.length ? (
        <p className="muted" data-testid="crisis-messages">
          The plan's messages for this type: {c.messages.kinds.map((k) => k.replaceAll("_", " ")).join(", ")}
          {c.messages.approval_required
            ? `; approved by ${c.messages.approvers.map((r) => roleName(c, r)).join(" or ")} before they go out`
            : ""}
          {c.messages.apology_expected ? "; an apology is expected" : ""}.
        </p>
      ) : null}
      {canAct ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => void act(() => api.post(`${path}/public-word`, {}))}
            data-testid="public-word"
            title="A message the public saw (post, e-mail, status page) given outside Firebreak"
          >
            {c.first_public_word_at ? "Public update given now" : "First public word given now"}
          </button>
          <label className="muted">
            <input
              type="checkbox"
              checked={c.personal_data}
              onChange={(e) => void reasoned.send({ personal_data: e.target.checked })}
              data-testid="personal-data"
            />{" "}
            personal data involved
          </label>
        </div>
      ) : null}
      {reasoned.prompt}
      {c.personal_data ? (
        <div className="gdpr-box" data-testid="gdpr-box">
          <p>
            GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware (aware since{" "}
            {formatTime(c.aware_at)}).{" "}
            {c.authority_notified_at ? (
              <strong data-testid="authority-notified">Notified {formatTime(c.authority_notified_at)}</strong>
            ) : (
              <strong>Not notified yet.</strong>
            )}
          </p>
          {canAct ? (
            <div className="form-actions">
              {c.authority_notified_at ? null : (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() =>
                    void act(() => api.patch(path, { authority_notified_at: new Date().toISOString() }))
                  }
                  data-testid="authority-notify"
                >
                  Authority notified now
                </button>
              )}
              <form className="inline-form" onSubmit={setAwareAt}>
                <input
                  type="datetime-local"
                  aria-label="Aware since"
                  value={aware}
                  onChange={(e) => setAware(e.target.value)}
                  data-testid="aware-at"
                />
                <button type="submit" className="button button-small">
                  Set awareness time
                </button>
              </form>
            </div>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

const HREF: Record<CrisisLink["kind"], ((id: string) => string) | null> = {
  alert: (id) => `/alerts/${encodeURIComponent(id)}`,
  monitor: (id) => `/monitors/${encodeURIComponent(id)}`,
  case: (id) => `/cases/${encodeURIComponent(id)}`,
  mention: null,
};

export function LinksCard({ c, canAct, act, path }: RoomPart) {
  const [kind, setKind] = useState<CrisisLink["kind"]>("alert");
  const [ref, setRef] = useState("");
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!ref.trim()) return;
    void act(() => api.post(`${path}/links`, { kind, ref_id: ref.trim() })).then(() => setRef(""));
  };
  return (
    <Card title="Linked evidence" data-testid="crisis-links">
      {c.links.length === 0 ? (
        <p className="muted">No alerts, mentions, monitors or cases linked yet.</p>
      ) : (
        <ul className="link-list">
          {c.links.map((l) => {
            const href = HREF[l.kind]?.(l.ref_id);
            return (
              <li key={l.id} data-testid="crisis-link-item">
                <Badge value={l.kind} /> {href ? <Link to={href}>{l.ref_id}</Link> : l.ref_id}
                {l.note ? ` — ${l.note}` : ""}
                {canAct ? (
                  <button
                    type="button"
                    className="button-ghost button-small"
                    aria-label={`Remove ${l.kind} ${l.ref_id}`}
                    onClick={() => void act(() => api.delete(`${path}/links/${l.id}`))}
                  >
                    ×
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canAct ? (
        <form className="inline-form" onSubmit={add}>
          <select
            aria-label="Kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as CrisisLink["kind"])}
            data-testid="link-kind"
          >
            {(["alert", "mention", "monitor", "case"] as const).map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          <input
            aria-label="Id"
            placeholder="Id of the alert, mention…"
            value={ref}
            onChange={(e) => setRef(e.target.value)}
            data-testid="link-ref"
          />
          <button type="submit" className="button" data-testid="link-add">
            Link
          </button>
        </form>
      ) : null}
    </Card>
  );
}

export function SummaryCard({ c, canAct, act, path }: RoomPart) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (draft === null) return;
    void act(() => api.patch(path, { summary: draft })).then(() => setDraft(null));
  };
  return (
    <Card
      title="Summary"
      data-testid="crisis-summary"
      actions={
        canAct && draft === null ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => setDraft(c.summary)}
            data-testid="summary-edit"
          >
            Edit
          </button>
        ) : null
      }
    >
      {draft === null ? (
        <p className="crisis-summary" data-testid="summary-text">
          {c.summary || "No summary yet."}
        </p>
      ) : (
        <form onSubmit={save} className="form">
          <textarea
            aria-label="Summary"
            rows={5}
            value={draft}
            maxLength={20_000}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="summary-input"
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" data-testid="summary-save">
              Save
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Card>
  );
}
