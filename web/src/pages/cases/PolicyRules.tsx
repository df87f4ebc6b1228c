import { Card } from "../../components/Card.js";
import { useT } from "../../i18n/t.js";

export interface Rule {
  source: string | null;
  complaint_only: boolean;
  negative_only: boolean;
}

/** The policy's rules: which mentions open a case on their own. */
export function RulesCard({
  rules,
  disabled,
  onChange,
}: {
  rules: Rule[];
  disabled: boolean;
  onChange: (rules: Rule[]) => void;
}) {
  const t = useT();
  return (
    <Card title={t("policy.rules")}>
      <ul className="cases-rules" data-testid="policy-rules">
        {rules.map((r, i) => {
          const setRule = (next: Rule) => onChange(rules.map((x, j) => (j === i ? next : x)));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; their order is their identity.
            <li key={i} className="form-row">
              <input
                className="input"
                aria-label={t("policy.source")}
                placeholder={t("policy.any_source")}
                value={r.source ?? ""}
                disabled={disabled}
                onChange={(e) => setRule({ ...r, source: e.target.value.trim() || null })}
              />
              <label>
                <input
                  type="checkbox"
                  checked={r.complaint_only}
                  disabled={disabled}
                  onChange={(e) => setRule({ ...r, complaint_only: e.target.checked })}
                />{" "}
                {t("policy.complaints_only")}
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={r.negative_only}
                  disabled={disabled}
                  onChange={(e) => setRule({ ...r, negative_only: e.target.checked })}
                />{" "}
                {t("policy.negative_only")}
              </label>
              <button
                type="button"
                className="button button-small button-ghost"
                disabled={disabled}
                onClick={() => onChange(rules.filter((_, j) => j !== i))}
              >
                {t("common.remove")}
              </button>
            </li>
          );
        })}
      </ul>
      {rules.length === 0 ? <p className="cases-muted">{t("policy.no_rules")}</p> : null}
      <button
        type="button"
        className="button button-small"
        disabled={disabled}
        onClick={() => onChange([...rules, { source: null, complaint_only: true, negative_only: false }])}
      >
        {t("policy.add_rule")}
      </button>
    </Card>
  );
}
