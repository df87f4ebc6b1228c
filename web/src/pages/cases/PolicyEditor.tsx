import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { CaseTabs } from "./CaseTabs.js";
import { type Rule, RulesCard } from "./PolicyRules.js";
import { HooksCard, MoneyCard, TopicsCard } from "./PolicySections.js";
import type { RemedyKind } from "./types.js";

interface Webhook {
  url: string;
  secret: string;
}
export interface FullPolicy {
  currency: string;
  limits: Record<RemedyKind, number>;
  approver_role: "admin" | "responder" | "viewer";
  allow_self_approval: boolean;
  code_pattern: string;
  topics: Record<string, { offer: RemedyKind[]; amount: number }>;
  senior_emails: string[];
  high_reach_followers: number;
  rules: Rule[];
  reply_webhook: Webhook | null;
  shop_webhook: Webhook | null;
}

const PATH = "/api/v1/cases/policy";

export function PolicyEditor() {
  const q = useApiQuery<FullPolicy>(PATH);
  const t = useT();
  return (
    <>
      <PageHeader title={t("policy.title")} description={t("policy.intro")} />
      <CaseTabs />
      {q.data ? (
        <PolicyForm key={JSON.stringify(q.data)} initial={q.data} />
      ) : (
        <p className="cases-muted">{t("app.loading")}</p>
      )}
    </>
  );
}

function PolicyForm({ initial }: { initial: FullPolicy }) {
  const { can } = useSession();
  const admin = can("admin");
  const qc = useQueryClient();
  const toast = useToast();
  const tr = useT();
  const [p, setP] = useState(initial);
  const [seniors, setSeniors] = useState(initial.senior_emails.join("\n"));
  const [shown, setShown] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const save = async () => {
    await run(async () => {
      await api.put(PATH, {
        ...p,
        senior_emails: seniors
          .split(/[\s,;]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      });
      toast({ message: tr("policy.saved"), tone: "success" });
      setShown(null);
      void qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };
  const sectionProps = { p, setP, admin, error };

  return (
    <form
      className="stack"
      data-testid="policy-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {shown ? (
        <p className="notice notice-warn">
          {tr("policy.copy_secret")} <code>{shown}</code>
        </p>
      ) : null}
      <MoneyCard {...sectionProps} />
      <TopicsCard {...sectionProps} />
      <Card title={tr("policy.codes")}>
        <div className="form-grid">
          <FormField
            label={tr("policy.code_format")}
            name="code_pattern"
            error={error}
            hint={tr("policy.code_hint")}
          >
            <input
              className="input mono"
              value={p.code_pattern}
              disabled={!admin}
              onChange={(e) => setP({ ...p, code_pattern: e.target.value })}
            />
          </FormField>
          <FormField
            label={tr("policy.high_reach")}
            name="high_reach_followers"
            error={error}
            hint={tr("policy.high_reach_hint")}
          >
            <input
              className="input"
              type="number"
              min={1}
              value={p.high_reach_followers}
              disabled={!admin}
              onChange={(e) => setP({ ...p, high_reach_followers: Number(e.target.value) })}
            />
          </FormField>
          <FormField
            label={tr("policy.seniors")}
            name="senior_emails"
            error={error}
            hint={tr("policy.seniors_hint")}
          >
            <textarea
              className="input"
              rows={3}
              value={seniors}
              disabled={!admin}
              onChange={(e) => setSeniors(e.target.value)}
            />
          </FormField>
        </div>
      </Card>
      <RulesCard rules={p.rules} disabled={!admin} onChange={(rules) => setP({ ...p, rules })} />
      <HooksCard {...sectionProps} onSecret={setShown} />
      <FormError
        error={error}
        fields={["currency", "approver_role", "code_pattern", "high_reach_followers", "senior_emails"]}
      />
      {admin ? (
        <button type="submit" className="button button-primary" disabled={busy} data-testid="policy-save">
          {tr("policy.save")}
        </button>
      ) : (
        <p className="cases-muted">{tr("policy.admins_only")}</p>
      )}
    </form>
  );
}
