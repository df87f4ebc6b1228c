import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { useToastAction } from "../../action.js";
import type { Item } from "../../api/types.js";
import { api, errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { EmptyState } from "../../components/EmptyState.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatRelative } from "../../format.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { money } from "../cases/types.js";
import { APPROVAL_COUNT, APPROVALS } from "./ApprovalCount.js";
import { useApprovalLine } from "./approval-line.js";
import "./approvals.css";
import { type MessageId, useT } from "../../i18n/t.js";

/** An item of GET /api/v1/approvals (from the server's OpenAPI document). */
export type ApprovalItem = Item<"getApprovals">;

/** The approvals queue: remedies and messages that wait for a second person, oldest first. */
export default function ApprovalsPage() {
  const t = useT();
  const q = useApiQuery<{ items: ApprovalItem[] }>(APPROVALS, { refetchInterval: 30_000 });
  const items = q.data?.items ?? [];
  return (
    <div className="stack" data-testid="approvals-page">
      <PageHeader title={t("nav.approvals")} description={t("approvals.description")} />
      {q.error ? <p className="notice notice-error">{errorMessage(q.error)}</p> : null}
      {q.data && !items.length ? (
        <EmptyState title={t("approvals.empty")}>{t("approvals.empty_hint")}</EmptyState>
      ) : null}
      <ul className="stack" data-testid="approvals-list">
        {items.map((i) => (
          <li key={`${i.kind}-${i.id}`}>
            <Approval item={i} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The server says in English why someone may not decide; the reasons it gives are few and fixed, so each is
 * shown in the interface language (an unknown one as the server wrote it).
 */
function useWhyNot() {
  const t = useT();
  return (why: string) => {
    if (why.startsWith("you asked for it")) return t("approvals.why_self");
    const role = /needs the (\w+) role/.exec(why)?.[1];
    if (role) {
      const roleKey = `value.${role}` as MessageId;
      return t("approvals.why_role", {
        role: ["admin", "responder", "viewer"].includes(role) ? t(roleKey) : role,
      });
    }
    return why;
  };
}

function Approval({ item }: { item: ApprovalItem }) {
  const t = useT();
  const line = useApprovalLine();
  const whyNot = useWhyNot();
  const qc = useQueryClient();
  const toast = useToast();
  const { busy, run } = useToastAction();
  const decide = (approve: boolean) =>
    run(async () => {
      if (item.kind === "remedy")
        await api.post(
          `/api/v1/cases/${item.case_id}/remedies/${item.id}/${approve ? "approve" : "reject"}`,
          {},
        );
      else if (approve) await api.post(`/api/v1/comms/messages/${item.id}/approve`, {});
      else
        await api.post(`/api/v1/comms/messages/${item.id}/reject`, {
          reason: t("approvals.reject_reason"),
        });
      toast({ message: approve ? t("approvals.approved") : t("approvals.rejected"), tone: "success" });
      void qc.invalidateQueries({ queryKey: apiKey(APPROVALS) });
      void qc.invalidateQueries({ queryKey: apiKey(APPROVAL_COUNT) });
    });
  const href = item.kind === "remedy" ? `/cases/${item.case_id}` : `/messages/${item.id}`;
  return (
    <Card title={line(item)} data-testid="approval">
      <p>
        <Badge value={item.kind} tone={item.kind === "remedy" ? "purple" : "blue"} />{" "}
        {item.amount !== null && item.currency ? <strong>{money(item.amount, item.currency)} </strong> : null}
        {t("approvals.asked_by", { who: item.requested_by, when: formatRelative(item.requested_at) })} ·{" "}
        <Link to={href}>{t("approvals.open")}</Link>
      </p>
      {item.can_decide ? (
        <div className="approvals-row">
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void decide(true)}
            data-testid="approval-approve"
          >
            {t("approvals.approve")}
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            disabled={busy}
            onClick={() => void decide(false)}
            data-testid="approval-reject"
          >
            {t("approvals.reject")}
          </button>
        </div>
      ) : (
        <p className="notice" data-testid="approval-why-not">
          {item.why_not ? whyNot(item.why_not) : null}
        </p>
      )}
    </Card>
  );
}
