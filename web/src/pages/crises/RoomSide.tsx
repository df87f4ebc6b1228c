import { type FormEvent, useState } from "react";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { formatTime } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { type Impact, money, type RoomPart } from "./types.js";

export function Roles({ c, canAct, act, path }: RoomPart) {
  const t = useT();
  const users = useApiQuery<{ items: { id: string; name: string; email: string }[] }>("/api/v1/users");
  return (
    <Card title={t("crisis.roles")} data-testid="crisis-roles">
      <table className="roles-table">
        <tbody>
          {c.roles.map((r) => (
            <tr key={r.role}>
              <th scope="row">{r.name}</th>
              <td>
                {canAct ? (
                  <select
                    aria-label={r.name}
                    value={r.user_id ?? ""}
                    onChange={(e) =>
                      void act(() => api.put(`${path}/roles/${r.role}`, { user_id: e.target.value || null }))
                    }
                    data-testid={`role-${r.role}`}
                  >
                    <option value="">{t("crisis.unfilled")}</option>
                    {users.data?.items.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                ) : (
                  (r.user_name ?? "—")
                )}
                {r.since ? (
                  <div className="muted role-since">{t("crisis.since", { time: formatTime(r.since) })}</div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

const IMPACT_FIELDS: { key: keyof Omit<Impact, "currency">; label: MessageId; money?: boolean }[] = [
  { key: "orders_affected", label: "crisis.impact.orders_affected" },
  { key: "customers_affected", label: "crisis.impact.customers_affected" },
  { key: "revenue_at_risk", label: "crisis.impact.revenue_at_risk", money: true },
  { key: "remedies_given", label: "crisis.impact.remedies_given" },
  { key: "remedies_cost", label: "crisis.impact.remedies_cost", money: true },
];

export function ImpactCard({ c, canAct, act, path }: RoomPart) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const start = () => {
    setDraft(
      Object.fromEntries(
        IMPACT_FIELDS.map((f) => [f.key, String(f.money ? c.impact[f.key] / 100 : c.impact[f.key])]),
      ),
    );
    setEditing(true);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, number> = {};
    for (const f of IMPACT_FIELDS) {
      const n = Number(draft[f.key] ?? 0);
      if (Number.isFinite(n)) body[f.key] = f.money ? Math.round(n * 100) : Math.round(n);
    }
    void act(() => api.put(`${path}/impact`, body)).then(() => setEditing(false));
  };
  return (
    <Card
      title={t("crisis.impact")}
      data-testid="crisis-impact"
      actions={
        canAct && !editing ? (
          <button type="button" className="button button-small" onClick={start} data-testid="impact-edit">
            {t("crisis.edit")}
          </button>
        ) : null
      }
    >
      {editing ? (
        <form onSubmit={save} className="form">
          {IMPACT_FIELDS.map((f) => (
            <label key={f.key} className="impact-field">
              {t(f.label)}
              {f.money ? ` (${c.impact.currency})` : ""}
              <input
                type="number"
                step={f.money ? "0.01" : "1"}
                min="0"
                value={draft[f.key] ?? ""}
                onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
                data-testid={`impact-${f.key}`}
              />
            </label>
          ))}
          <div className="form-actions">
            <button type="submit" className="button button-primary" data-testid="impact-save">
              {t("common.save")}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <dl className="impact-list">
          {IMPACT_FIELDS.map((f) => (
            <div key={f.key}>
              <dt>{t(f.label)}</dt>

              <dd data-testid={`impact-value-${f.key}`}>
                {f.money ? money(c.impact[f.key], c.impact.currency) : c.impact[f.key].toLocaleString()}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
