import { Card } from "../../components/Card.js";

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
  return (
    <Card title="Rules: which mentions open a case">
      <ul className="cases-rules" data-testid="policy-rules">
        {rules.map((r, i) => {
          const setRule = (next: Rule) => onChange(rules.map((x, j) => (j === i ? next : x)));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; their order is their identity.
            <li key={i} className="form-row">
              <input
                className="input"
                aria-label="Source"
                placeholder="any source"
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
                complaints only
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={r.negative_only}
                  disabled={disabled}
                  onChange={(e) => setRule({ ...r, negative_only: e.target.checked })}
                />{" "}
                negative only
              </label>
              <button
                type="button"
                className="button button-small button-ghost"
                disabled={disabled}
                onClick={() => onChange(rules.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      {rules.length === 0 ? (
        <p className="cases-muted">No rules: cases open only by hand, by e-mail or through the API.</p>
      ) : null}
      <button
        type="button"
        className="button button-small"
        disabled={disabled}
        onClick={() => onChange([...rules, { source: null, complaint_only: true, negative_only: false }])}
      >
        Add a rule
      </button>
    </Card>
  );
}
