import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { DateTimeInput } from "../../components/DateTimeInput.js";
import { formatTime } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { useReasonedPatch } from "./ReasonPrompt.js";
import type { Link as CrisisLink, RoomPart } from "./types.js";

const roleName = (c: RoomPart["c"], id: string) => c.roles.find((r) => r.role === id)?.name ?? id;

const OPS: Record<string, string> = { gt: ">", gte: "≥", lt: "<", lte: "≤", eq: "=" };

/** The type's "when to escalate" rules; the ones the record proves offer the raise in one click. */
export function EscalationCard({ c, canAct, act, path }: RoomPart) {
  const t = useT();
  const tOr = useTOr();
  if (c.escalation.length === 0) return null;
  return (
    <Card title={t("crisis.escalate_title")} data-testid="crisis-escalation">
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
                  {tOr(`metric.${k.metric}`, k.metric.replaceAll("_", " "))} {OPS[k.op] ?? k.op} {k.value}{" "}
                  {k.observed === null
                    ? t("crisis.judge_live")
                    : t("crisis.now_value", { value: k.observed })}{" "}
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
                {t("crisis.raise_to", { severity: e.raise_to })}
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
  const t = useT();
  const tOr = useTOr();
  const reasoned = useReasonedPatch(path, act);
  const [aware, setAware] = useState("");
  const setAwareAt = (e: FormEvent) => {
    e.preventDefault();
    const at = new Date(aware);
    if (Number.isNaN(at.getTime())) return;
    void act(() => api.patch(path, { aware_at: at.toISOString() })).then(() => setAware(""));
  };
  return (
    <Card title={t("crisis.obligations_title")} data-testid="crisis-obligations">
      <dl className="impact-list">
        <div>
          <dt>{t("crisis.clock.first_public_word")}</dt>
          <dd data-testid="first-public-word">{formatTime(c.first_public_word_at, t("crisis.not_yet"))}</dd>
        </div>
        <div>
          <dt>{t("crisis.last_update")}</dt>
          <dd>{formatTime(c.last_public_update_at ?? c.first_public_word_at, t("crisis.not_yet"))}</dd>
        </div>
        {c.severity_info ? (
          <div>
            <dt>{t("crisis.update_every")}</dt>
            <dd>{t("crisis.minutes", { min: c.severity_info.update_cadence_minutes })}</dd>
          </div>
        ) : null}
      </dl>
      {c.messages.kinds.length ? (
        <p className="muted" data-testid="crisis-messages">
          {t("crisis.plan_messages", {
            kinds: c.messages.kinds.map((k) => tOr(`message_kind.${k}`, k.replaceAll("_", " "))).join(", "),
          })}
          {c.messages.approval_required
            ? ` ${t("crisis.plan_approvers", { roles: c.messages.approvers.map((r) => roleName(c, r)).join(" / ") })}`
            : ""}
          {c.messages.apology_expected ? ` ${t("crisis.apology_expected")}` : ""}
        </p>
      ) : null}
      {canAct ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => void act(() => api.post(`${path}/public-word`, {}))}
            data-testid="public-word"
            title={t("crisis.public_word_hint")}
          >
            {c.first_public_word_at ? t("crisis.public_update_now") : t("crisis.first_word_now")}
          </button>
          <label className="muted">
            <input
              type="checkbox"
              checked={c.personal_data}
              onChange={(e) => void reasoned.send({ personal_data: e.target.checked })}
              data-testid="personal-data"
            />{" "}
            {t("crisis.personal_data")}
          </label>
        </div>
      ) : null}
      {reasoned.prompt}
      {c.personal_data ? (
        <div className="gdpr-box" data-testid="gdpr-box">
          <p>
            {t("crisis.gdpr", { time: formatTime(c.aware_at) })}{" "}
            {c.authority_notified_at ? (
              <strong data-testid="authority-notified">
                {t("crisis.notified", { time: formatTime(c.authority_notified_at) })}
              </strong>
            ) : (
              <strong>{t("crisis.not_notified")}</strong>
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
                  {t("crisis.authority_now")}
                </button>
              )}
              <form className="inline-form" onSubmit={setAwareAt}>
                <DateTimeInput
                  className=""
                  aria-label={t("crisis.aware_since")}
                  value={aware}
                  onChange={setAware}
                  data-testid="aware-at"
                />
                <button type="submit" className="button button-small">
                  {t("crisis.set_aware")}
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
  const t = useT();
  const tOr = useTOr();
  const [kind, setKind] = useState<CrisisLink["kind"]>("alert");
  const [ref, setRef] = useState("");
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!ref.trim()) return;
    void act(() => api.post(`${path}/links`, { kind, ref_id: ref.trim() })).then(() => setRef(""));
  };
  return (
    <Card title={t("crisis.links_title")} data-testid="crisis-links">
      {c.links.length === 0 ? (
        <p className="muted">{t("crisis.links_none")}</p>
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
                    aria-label={t("crisis.link_remove", {
                      kind: tOr(`value.${l.kind}`, l.kind),
                      id: l.ref_id,
                    })}
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
            aria-label={t("crisis.link_kind")}
            value={kind}
            onChange={(e) => setKind(e.target.value as CrisisLink["kind"])}
            data-testid="link-kind"
          >
            {(["alert", "mention", "monitor", "case"] as const).map((k) => (
              <option key={k} value={k}>
                {tOr(`value.${k}`, k)}
              </option>
            ))}
          </select>
          <input
            aria-label={t("crisis.link_id")}
            placeholder={t("crisis.link_id_placeholder")}
            value={ref}
            onChange={(e) => setRef(e.target.value)}
            data-testid="link-ref"
          />
          <button type="submit" className="button" data-testid="link-add">
            {t("crisis.link")}
          </button>
        </form>
      ) : null}
    </Card>
  );
}
