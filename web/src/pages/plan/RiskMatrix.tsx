import { Link } from "react-router-dom";
import { Card } from "../../components/Card.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";

interface Matrix {
  items: { id: string; name: string; likelihood: number; impact: number; score: number }[];
  cells: { likelihood: number; impact: number; score: number; types: string[] }[];
}

const tone = (score: number) =>
  score >= 15 ? "risk-high" : score >= 8 ? "risk-medium" : score >= 4 ? "risk-low" : "risk-minimal";

/** Likelihood up the side, impact along the bottom: the top-right corner is what to prepare for first. */
export function RiskMatrix() {
  const q = useApiQuery<Matrix>("/api/v1/plan/risk-matrix");
  const t = useT();
  if (!q.data) return <div className="page-loading">{t("app.loading")}</div>;
  const names = new Map(q.data.items.map((i) => [i.id, i.name]));
  const rows = [5, 4, 3, 2, 1];
  return (
    <div className="stack">
      <Card title={t("risk.title")} data-testid="risk-matrix">
        <table className="risk-grid">
          <caption className="muted">{t("risk.caption")}</caption>
          <tbody>
            {rows.map((l) => (
              <tr key={l}>
                <th scope="row" className="risk-axis">
                  {l}
                </th>
                {[1, 2, 3, 4, 5].map((i) => {
                  const cell = q.data.cells.find((c) => c.likelihood === l && c.impact === i);
                  return (
                    <td key={i} className={`risk-cell ${tone(l * i)}`} data-testid={`risk-cell-${l}-${i}`}>
                      {cell?.types.map((ty) => (
                        <span key={ty} className="risk-chip">
                          {names.get(ty) ?? ty}
                        </span>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {[1, 2, 3, 4, 5].map((i) => (
                <th key={i} scope="col" className="risk-axis">
                  {i}
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
        <p className="muted">{t("risk.legend")}</p>
      </Card>
      <Card title={t("risk.by_risk")}>
        <ol>
          {q.data.items.map((i) => (
            <li key={i.id}>
              <Link to="/plan/edit">
                <bdi>{i.name}</bdi>
              </Link>{" "}
              — {t("risk.line", { likelihood: i.likelihood, impact: i.impact, score: i.score })}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
