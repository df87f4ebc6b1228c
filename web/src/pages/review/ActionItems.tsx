import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import type { ActionItem } from "./types.js";

const PARTS: { id: ActionItem["plan_part"]; label: string; hint: string }[] = [
  {
    id: "playbook",
    label: "Playbook",
    hint: "a crisis type id (delivery_delay) or a step id (delivery_delay.notify_customers)",
  },
  {
    id: "template",
    label: "Message template",
    hint: "press_release, social_post, customer_email, status_update, internal_brief, supplier_notice, breach_notice",
  },
  { id: "monitor", label: "Monitor", hint: "the monitor's id" },
  { id: "supplier", label: "Supplier", hint: "the supplier's id in the plan" },
  {
    id: "remedy_rule",
    label: "Remedy rule",
    hint: "apology, discount, refund, return_shipping_paid, replacement, price_honoured",
  },
  { id: "other", label: "Other", hint: "free text" },
];
const STATUSES: ActionItem["status"][] = ["open", "in_progress", "done", "dropped"];

export function ActionItems({ crisisId, items }: { crisisId: string; items: ActionItem[] }) {
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
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
      toast({ message: e instanceof Error ? e.message : "Could not change the action item", tone: "error" });
    }
  };
  return (
    <Card title="Action items">
      {items.length ? (
        <table className="review-table" data-testid="action-items">
          <thead>
            <tr>
              <th>Action</th>
              <th>Owner</th>
              <th>Due</th>
              <th>Changes in the plan</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-testid="action-item">
                <td>{a.title}</td>
                <td>{a.owner_name}</td>
                <td>
                  {a.due_date} {a.overdue ? <Badge value="overdue" tone="red" /> : null}
                </td>
                <td>
                  {a.plan_part.replace("_", " ")}: {a.plan_label}
                </td>
                <td>
                  <select
                    value={a.status}
                    disabled={!session.can("responder")}
                    onChange={(e) => void setStatus(a, e.target.value as ActionItem["status"])}
                    aria-label={`Status of ${a.title}`}
                    data-testid="action-status"
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s.replace("_", " ")}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No action item yet. Each one should change a part of the plan.</p>
      )}
      {session.can("responder") ? <AddAction crisisId={crisisId} onAdded={refresh} /> : null}
    </Card>
  );
}

function AddAction({ crisisId, onAdded }: { crisisId: string; onAdded: () => Promise<void> }) {
  const [title, setTitle] = useState("");
  const members = useApiQuery<{ items: { id: string; name: string; email: string }[] }>("/api/v1/users");
  // A member gets reminders at their login address; "" = someone outside the team, by name and e-mail.
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
  return (
    <form className="form-grid" onSubmit={submit} data-testid="action-form">
      <FormField label="Action" name="title" error={error}>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={500}
          data-testid="action-title"
        />
      </FormField>
      <FormField label="Owner" name="owner_user_id" error={error}>
        <select value={member} onChange={(e) => setMember(e.target.value)} data-testid="action-member">
          <option value="">Someone outside the team…</option>
          {members.data?.items.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name || m.email}
            </option>
          ))}
        </select>
      </FormField>
      {member ? null : (
        <>
          <FormField label="Owner's name" name="owner_name" error={error}>
            <input
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              required
              maxLength={200}
              data-testid="action-owner"
            />
          </FormField>
          <FormField label="Owner's e-mail (for reminders)" name="owner_email" error={error}>
            <input
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="action-email"
            />
          </FormField>
        </>
      )}
      <FormField label="Due" name="due_date" error={error}>
        <input
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
          required
          data-testid="action-due"
        />
      </FormField>
      <FormField label="Part of the plan it changes" name="plan_part" error={error}>
        <select
          value={part}
          onChange={(e) => setPart(e.target.value as ActionItem["plan_part"])}
          data-testid="action-part"
        >
          {PARTS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        label="Which one"
        name="plan_ref"
        error={error}
        hint={PARTS.find((p) => p.id === part)?.hint}
      >
        <input
          value={ref}
          onChange={(e) => setRef(e.target.value)}
          maxLength={200}
          data-testid="action-ref"
        />
      </FormField>
      <FormError
        error={error}
        fields={["title", "owner_user_id", "owner_name", "owner_email", "due_date", "plan_part", "plan_ref"]}
      />
      <div className="form-grid-submit">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="action-add">
          Add action item
        </button>
      </div>
    </form>
  );
}
