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

type Offer = Policy["topics"][string];

/** The remedy being picked and its amount; until the responder picks, what the policy offers for the topic. */
function useRemedyChoice(c: Case, policy: Policy | undefined) {
  const offer = policy?.topics[mainTopic(c.topics)] ?? policy?.topics.general;
  const [picked, setPicked] = useState<{ kind: RemedyKind; amount: string } | null>(null);
  const first = offer?.offer[0] ?? "apology";
  const kind = picked?.kind ?? first;
  const amount = picked?.amount ?? (first === "apology" || !offer ? "" : (offer.amount / 100).toFixed(2));
  const setKind = (k: RemedyKind) => setPicked({ kind: k, amount });
  const setAmount = (a: string) => setPicked({ kind, amount: a });
  const minor = kind === "apology" ? 0 : Math.round(Number(amount.replace(",", ".")) * 100);
  return { offer, kind, amount, minor, setKind, setAmount };
}

type RemedyChoice = ReturnType<typeof useRemedyChoice>;

/** Gives the remedy, or asks for approval when it is above the limit: the toast says which. */
function useGiveRemedy(c: Case, onChange: () => void) {
  const toast = useToast();
  const t = useT();
  const { busy, error, run } = useAction();
  const give = async ({ kind, minor }: RemedyChoice, policy: Policy) => {
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
  return { busy, error, give };
}

export function RemedyPicker({ c, onChange }: { c: Case; onChange: () => void }) {
  const t = useT();
  const { can } = useSession();
  const policy = useApiQuery<Policy>("/api/v1/cases/policy").data;
  const choice = useRemedyChoice(c, policy);
  const { busy, error, give } = useGiveRemedy(c, onChange);

  if (!policy) return null;
  return (
    <Card title={t("remedy.title")} data-testid="remedy-picker">
      {choice.offer ? <PolicyOffer offer={choice.offer} currency={policy.currency} /> : null}
      {can("responder") ? (
        <GiveRemedyForm choice={choice} policy={policy} busy={busy} onGive={() => give(choice, policy)} />
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert" data-testid="remedy-error">
          {isApiError(error) && error.field ? `${error.field}: ` : ""}
          {errorMessage(error)}
        </p>
      ) : null}
      {c.remedies.length ? (
        <RemedyList c={c} approver={can(policy.approver_role)} onChange={onChange} />
      ) : null}
      {c.remedy_cost ? (
        <p className="cases-muted" data-testid="remedy-cost">
          {t("remedy.case_cost", { cost: money(c.remedy_cost, c.currency) })}
        </p>
      ) : null}
    </Card>
  );
}

/** What the policy offers for this case's topic. */
function PolicyOffer({ offer, currency }: { offer: Offer; currency: string }) {
  const t = useT();
  return (
    <p className="cases-muted">
      {t("remedy.offers", {
        remedies: offer.offer.map((k) => t(`remedy.${k}`)).join(" / "),
        amount: offer.amount ? ` (${money(offer.amount, currency)})` : "",
      })}
    </p>
  );
}

/** Pick a remedy and amount and give it; above the role's limit the button asks for approval instead. */
function GiveRemedyForm({
  choice,
  policy,
  busy,
  onGive,
}: {
  choice: RemedyChoice;
  policy: Policy;
  busy: boolean;
  onGive: () => Promise<void>;
}) {
  const t = useT();
  const { kind, amount, minor, setKind, setAmount } = choice;
  const limit = policy.limits[kind] ?? 0;
  const needsApproval = Number.isFinite(minor) && minor > limit;
  return (
    <form
      className="form-row"
      onSubmit={(e) => {
        e.preventDefault();
        void onGive();
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
  );
}

/** The case's remedies with their status; an approver may approve or reject those waiting. */
function RemedyList({ c, approver, onChange }: { c: Case; approver: boolean; onChange: () => void }) {
  const toast = useToast();
  const t = useT();
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
  );
}
