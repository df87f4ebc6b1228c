import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";

export const APPROVALS = "/api/v1/approvals";
export const APPROVAL_COUNT = "/api/v1/approvals/count";

/** The number beside "Approvals" in the menu: what the signed-in person may decide now. */
export function ApprovalCount() {
  const t = useT();
  const q = useApiQuery<{ waiting: number; yours: number }>(APPROVAL_COUNT, { refetchInterval: 30_000 });
  const n = q.data?.yours ?? 0;
  if (!n) return null;
  return (
    <span
      className="badge badge-orange nav-count"
      style={{ marginLeft: "0.4em" }}
      data-testid="nav-approvals-count"
    >
      {n}
      <span className="visually-hidden"> {t("approvals.waiting_for_you")}</span>
    </span>
  );
}
