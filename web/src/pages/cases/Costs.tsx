import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useApiQuery } from "../../queries.js";
import { CaseTabs } from "./CaseTabs.js";
import { money, REMEDY_LABEL, type RemedyKind } from "./types.js";

interface Row {
  month: string;
  currency: string;
  kind: RemedyKind;
  count: number;
  cost: number;
}

/** What making it right cost, per month and kind; discount codes for the shop's import. */
export function Costs() {
  const q = useApiQuery<{ items: Row[] }>("/api/v1/remedies/summary?months=12");
  const rows = q.data?.items ?? [];
  const totals = new Map<string, { month: string; currency: string; count: number; cost: number }>();
  for (const r of rows) {
    const k = `${r.month} ${r.currency}`;
    const t = totals.get(k) ?? { month: r.month, currency: r.currency, count: 0, cost: 0 };
    t.count += r.count;
    t.cost += r.cost;
    totals.set(k, t);
  }
  const columns: Column<Row>[] = [
    { key: "month", header: "Month", sortValue: (r) => r.month },
    {
      key: "kind",
      header: "Remedy",
      render: (r) => REMEDY_LABEL[r.kind] ?? r.kind,
      sortValue: (r) => r.kind,
    },
    { key: "count", header: "Given", align: "right", sortValue: (r) => r.count },
    {
      key: "cost",
      header: "Cost",
      align: "right",
      render: (r) => money(r.cost, r.currency),
      sortValue: (r) => r.cost,
    },
  ];
  return (
    <>
      <PageHeader
        title="Remedy costs"
        description="What was given to make things right, per month. Costs of cases in a crisis also show in its room."
        actions={
          <a className="button" href="/api/v1/discount-codes.csv" download data-testid="codes-csv">
            Discount codes (CSV)
          </a>
        }
      />
      <CaseTabs />
      <Card title="Per month">
        <ul className="cases-totals" data-testid="costs-totals">
          {[...totals.values()].map((t) => (
            <li key={`${t.month}-${t.currency}`}>
              <strong>{t.month}</strong>: {t.count} remedies, {money(t.cost, t.currency)}
            </li>
          ))}
        </ul>
        <DataTable
          caption="Remedies given per month and kind"
          columns={columns}
          rows={rows}
          rowKey={(r) => `${r.month}-${r.kind}-${r.currency}`}
          isLoading={q.isLoading}
          empty="Nothing given yet. Remedies given from a case show here."
          data-testid="costs"
        />
      </Card>
    </>
  );
}
