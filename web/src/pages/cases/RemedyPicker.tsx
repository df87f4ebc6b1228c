import { useState } from "react";
import { useAction } from "../../action.js";
import { api, errorMessage, isApiError } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import {
  type Case,
  mainTopic,
  money,
  type Policy,
  REMEDY_LABEL,
  type Remedy,
  type RemedyKind,
} from "./types.js";

const KINDS = Object.keys(REMEDY_LABEL) as RemedyKind[];

export function RemedyPicker({ c, onChange }: { c: Case; onChange: () => void }) {
  const toast = useToast();
  const t = useT();
  const { can } = useSession();
  const policy = useApiQuery<Policy>("/api/v1/cases/policy").data;
  const offer = policy?.topics[mainTopic(c.topics)] ?? policy?.topics.general;
  // Until the responder picks, the picker shows what the policy offers for this case's topic.
  const [picked, setPicked] = useState<{ kind: RemedyKind; amount: string } | null>(null);
  const first = offer?.offer[0] ?? "apology";
  const kind = picked?.kind ?? first;
  const amount = picked?.amount ?? (first === "apology" || !offer ? "" : (offer.amount / 100).toFixed(2));
  const setKind = (k: RemedyKind) => setPicked({ kind: k, amount });
  const setAmount = (a: string) => setPicked({ kind, amount: a });
  const { busy, error, run } = useAction();

  if (!policy) return null;
  const minor = kind === "apology" ? 0 : Math.round(Number(amount.replace(",", ".")) * 100);
  const limit = policy.limits[kind] ?? 0;
  const needsApproval = Number.isFinite(minor) && minor > limit;
  const approver = can(policy.approver_role);

  const give = async () => {
    await run(async () => {
      const body = kind === "apology" ? { kind } : { kind, amount: minor, currency: policy.currency };
      const r = await api.post<Remedy>(`/api/v1/cases/${c.id}/remedies`, body);
      toast({
        message:
          r.status === "given"
            ? r.code
              ? t("remedy.given_code", { remedy: t(`remedy.${r.kind}`), code: r.code })
              : t("remedy.given", { remedy: t(`remedy.${r.kind}`) })
            : t("remedy.waits", { remedy: t(`remedy.${r.kind}`), role: t(`role.${policy.approver_role}`) }),
        tone: "success",
      });
      onChange();
    });
  };
  const decide = async (r: Remedy, verb: "approve" | "reject") => {
    try {
      await api.post(`/api/v1/cases/${c.id}/remedies/${r.id}/${verb}`);
      toast({ message: verb === "approve" ? t("remedy.approved") : t("remedy.rejected"), tone: "success" });
      onChange();
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };

  return (
    <Card title={t("remedy.title")} data-testid="remedy-picker">
      {offer ? (
        <p className="cases-muted">
          {t("remedy.offers", {
            remedies: offer.offer.map((k) => t(`remedy.${k}`)).join(" / "),
            amount: offer.amount ? ` (${money(offer.amount, policy.currency)})` : "",
          })}
        </p>
      ) : null}
      {can("responder") ? (
        <form
          className="form-row"
          onSubmit={(e) => {
            e.preventDefault();
            void give();
          }}
        >
          <label>
            {t("remedy.title")}{" "}
            <select
              className="select"
              value={kind}
              onChange={(e) => setKind(e.target.value as RemedyKind)}
              data-testid="remedy-kind"
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`remedy.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {kind !== "apology" ? (
            <label>
              {t("remedy.amount", { currency: policy.currency })}{" "}
              <input
                className="input cases-amount"
                inputMode="decimal"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
                aria-invalid={!Number.isFinite(minor) || minor < 0}
                data-testid="remedy-amount"
              />
            </label>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy} data-testid="remedy-give">
            {needsApproval ? t("remedy.ask_approval") : t("remedy.give")}
          </button>
          <span className={needsApproval ? "cases-warn" : "cases-muted"} data-testid="remedy-limit">
            {needsApproval
              ? t("remedy.above_limit", {
                  limit: money(limit, policy.currency),
                  role: t(`role.${policy.approver_role}`),
                })
              : t("remedy.up_to", { limit: money(limit, policy.currency) })}
          </span>
        </form>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert" data-testid="remedy-error">
          {isApiError(error) && error.field ? `${error.field}: ` : ""}
          {errorMessage(error)}
        </p>
      ) : null}
      {c.remedies.length ? (
        <ul className="cases-remedies" data-testid="remedies">
          {c.remedies.map((r) => (
            <li key={r.id} data-testid="remedy" data-status={r.status}>
              <strong>{t(`remedy.${r.kind}`)}</strong> {r.amount ? money(r.amount, r.currency) : ""}{" "}
              <Badge value={r.status === "given" ? "done" : r.status === "rejected" ? "closed" : "pending"}>
                {t(`remedy.status.${r.status}`)}
              </Badge>
              {r.code ? (
                <code className="cases-code" data-testid="remedy-code">
                  {r.code}
                </code>
              ) : null}
              <span className="cases-muted"> {t("remedy.by", { who: r.requested_by })}</span>
              {r.status === "awaiting_approval" && approver ? (
                <>
                  {" "}
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void decide(r, "approve")}
                    data-testid="remedy-approve"
                  >
                    {t("remedy.approve")}
                  </button>{" "}
                  <button
                    type="button"
                    className="button button-small button-danger"
                    onClick={() => void decide(r, "reject")}
                    data-testid="remedy-reject"
                  >
                    {t("remedy.reject")}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {c.remedy_cost ? (
        <p className="cases-muted" data-testid="remedy-cost">
          {t("remedy.case_cost", { cost: money(c.remedy_cost, c.currency) })}
        </p>
      ) : null}
    </Card>
  );
}
