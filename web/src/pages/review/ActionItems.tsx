import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { colon, formatDay } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ScrollRegion } from "./ScrollRegion.js";
import type { ActionItem } from "./types.js";

/** The hints name ids and keywords the API takes, so their lists stay as they are in every language. */
const PARTS: { id: ActionItem["plan_part"]; hint: MessageId; ids?: string }[] = [
  { id: "playbook", hint: "action.hint.playbook" },
  {
    id: "template",
    hint: "action.hint.one_of",
    ids: "press_release, social_post, customer_email, status_update, internal_brief, supplier_notice, breach_notice",
  },
  { id: "monitor", hint: "action.hint.monitor" },
  { id: "supplier", hint: "action.hint.supplier" },
  {
    id: "remedy_rule",
    hint: "action.hint.one_of",
    ids: "apology, discount, refund, return_shipping_paid, replacement, price_honoured",
  },
  { id: "other", hint: "action.hint.other" },
];
const STATUSES: ActionItem["status"][] = ["open", "in_progress", "done", "dropped"];

export function ActionItems({ crisisId, items }: { crisisId: string; items: ActionItem[] }) {
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
  const refresh = async () => {
    await qc.invalidateQueries({
      queryKey: apiKey(`/api/v1/crises/${encodeURIComponent(crisisId)}/postmortem`),
    });
    await qc.invalidateQueries({ queryKey: apiKey("/api/v1/action-items/for-review") });
  };
  const setStatus = async (a: ActionItem, status: ActionItem["status"]) => {
    try {
      await api.patch(`/api/v1/action-items/${a.id}`, { status });
      await refresh();
    } catch (e) {
      toast({ message: e instanceof Error ? e.message : t("action.change_failed"), tone: "error" });
    }
  };
  return (
    <Card title={t("action.title")}>
      {items.length ? (
        <ScrollRegion label={t("action.title")}>
          <table className="review-table" data-testid="action-items">
            <thead>
              <tr>
                <th>{t("action.action")}</th>
                <th>{t("action.owner")}</th>
                <th>{t("action.due")}</th>
                <th>{t("action.changes")}</th>
                <th>{t("crises.col_status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} data-testid="action-item">
                  <td>
                    <bdi>{a.title}</bdi>
                  </td>
                  <td>
                    <bdi>{a.owner_name}</bdi>
                  </td>
                  <td>
                    {formatDay(a.due_date)} {a.overdue ? <Badge value="overdue" tone="red" /> : null}
                  </td>
                  <td>
                    {t(`plan_part.${a.plan_part}`)}
                    {colon()} {a.plan_label}
                  </td>
                  <td>
                    <select
                      value={a.status}
                      disabled={!session.can("responder")}
                      onChange={(e) => void setStatus(a, e.target.value as ActionItem["status"])}
                      aria-label={t("action.status_of", { title: a.title })}
                      data-testid="action-status"
                    >
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`action.status.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="muted">{t("action.none")}</p>
      )}
      {session.can("responder") ? <AddAction crisisId={crisisId} onAdded={refresh} /> : null}
    </Card>
  );
}

/** The new action's fields and its submit; a member gets reminders at their login address. */
function useNewActionItem(crisisId: string, onAdded: () => Promise<void>) {
  const [title, setTitle] = useState("");
  // "" = someone outside the team, by name and e-mail.
  const [member, setMember] = useState("");
  const [owner, setOwner] = useState("");
  const [email, setEmail] = useState("");
  const [due, setDue] = useState(() => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  const [part, setPart] = useState<ActionItem["plan_part"]>("playbook");
  const [ref, setRef] = useState("");
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.post(`/api/v1/crises/${encodeURIComponent(crisisId)}/action-items`, {
        title,
        ...(member
          ? { owner_user_id: member }
          : { owner_name: owner, ...(email ? { owner_email: email } : {}) }),
        due_date: due,
        plan_part: part,
        plan_ref: ref,
      });
      setTitle("");
      setRef("");
      await onAdded();
    });
  };
  return {
    fields: { title, member, owner, email, due, part, ref },
    set: { setTitle, setMember, setOwner, setEmail, setDue, setPart, setRef },
    busy,
    error,
    submit,
  };
}

function AddAction({ crisisId, onAdded }: { crisisId: string; onAdded: () => Promise<void> }) {
  const t = useT();
  const members = useApiQuery<{ items: { id: string; name: string; email: string }[] }>("/api/v1/users");
  const { fields: f, set, busy, error, submit } = useNewActionItem(crisisId, onAdded);
  return (
    <form className="form-grid" onSubmit={submit} data-testid="action-form">
      <FormField label={t("action.action")} name="title" error={error}>
        <input
          value={f.title}
          onChange={(e) => set.setTitle(e.target.value)}
          required
          maxLength={500}
          data-testid="action-title"
        />
      </FormField>
      <FormField label={t("action.owner")} name="owner_user_id" error={error}>
        <select value={f.member} onChange={(e) => set.setMember(e.target.value)} data-testid="action-member">
          <option value="">{t("action.outside")}</option>
          {members.data?.items.map((m) => (
            <option key={m.id} value={m.id}>
              {isolate(m.name || m.email)}
            </option>
          ))}
        </select>
      </FormField>
      {f.member ? null : (
        <>
          <FormField label={t("action.owner_name")} name="owner_name" error={error}>
            <input
              value={f.owner}
              onChange={(e) => set.setOwner(e.target.value)}
              required
              maxLength={200}
              data-testid="action-owner"
            />
          </FormField>
          <FormField label={t("action.owner_email")} name="owner_email" error={error}>
            <input
              type="email"
              value={f.email}
              onChange={(e) => set.setEmail(e.target.value)}
              data-testid="action-email"
            />
          </FormField>
        </>
      )}
      <FormField label={t("action.due")} name="due_date" error={error}>
        <input
          type="date"
          value={f.due}
          onChange={(e) => set.setDue(e.target.value)}
          required
          data-testid="action-due"
        />
      </FormField>
      <PlanPartFields
        part={f.part}
        onPart={set.setPart}
        planRef={f.ref}
        onPlanRef={set.setRef}
        error={error}
      />
      <FormError
        error={error}
        fields={["title", "owner_user_id", "owner_name", "owner_email", "due_date", "plan_part", "plan_ref"]}
      />
      <div className="form-grid-submit">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="action-add">
          {t("action.add")}
        </button>
      </div>
    </form>
  );
}

/** Which part of the plan the action changes, and which one of it (the hint lists the ids it takes). */
function PlanPartFields({
  part,
  onPart,
  planRef,
  onPlanRef,
  error,
}: {
  part: ActionItem["plan_part"];
  onPart: (part: ActionItem["plan_part"]) => void;
  planRef: string;
  onPlanRef: (ref: string) => void;
  error: unknown;
}) {
  const t = useT();
  const chosen = PARTS.find((x) => x.id === part);
  return (
    <>
      <FormField label={t("action.part")} name="plan_part" error={error}>
        <select
          value={part}
          onChange={(e) => onPart(e.target.value as ActionItem["plan_part"])}
          data-testid="action-part"
        >
          {PARTS.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`plan_part.${p.id}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        label={t("action.which")}
        name="plan_ref"
        error={error}
        hint={chosen ? t(chosen.hint, { ids: chosen.ids ?? "" }) : undefined}
      >
        <input
          value={planRef}
          onChange={(e) => onPlanRef(e.target.value)}
          maxLength={200}
          data-testid="action-ref"
        />
      </FormField>
    </>
  );
}
