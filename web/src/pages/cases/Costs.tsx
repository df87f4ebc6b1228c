import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { CaseTabs } from "./CaseTabs.js";
import { money, type RemedyKind } from "./types.js";

interface Row {
  month: string;
  currency: string;
  kind: RemedyKind;
  count: number;
  cost: number;
}

/** What making it right cost, per month and kind; discount codes for the shop's import. */
export function Costs() {
  const tr = useT();
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
    { key: "month", header: tr("costs.month"), sortValue: (r) => r.month },
    {
      key: "kind",
      header: tr("remedy.title"),
      render: (r) => tr(`remedy.${r.kind}`),
      sortValue: (r) => r.kind,
    },
    { key: "count", header: tr("costs.given"), align: "right", sortValue: (r) => r.count },
    {
      key: "cost",
      header: tr("costs.cost"),
      align: "right",
      render: (r) => money(r.cost, r.currency),
      sortValue: (r) => r.cost,
    },
  ];
  return (
    <>
      <PageHeader
        title={tr("cases.tab_costs")}
        description={tr("costs.intro")}
        actions={
          <a className="button" href="/api/v1/discount-codes.csv" download data-testid="codes-csv">
            {tr("costs.codes_csv")}
          </a>
        }
      />
      <CaseTabs />
      <Card title={tr("costs.per_month")}>
        <ul className="cases-totals" data-testid="costs-totals">
          {[...totals.values()].map((t) => (
            <li key={`${t.month}-${t.currency}`}>
              <strong>{t.month}</strong>:{" "}
              {tr("costs.month_total", { n: t.count, cost: money(t.cost, t.currency) })}
            </li>
          ))}
        </ul>
        <DataTable
          caption={tr("costs.caption")}
          columns={columns}
          rows={rows}
          rowKey={(r) => `${r.month}-${r.kind}-${r.currency}`}
          isLoading={q.isLoading}
          empty={tr("costs.none")}
          data-testid="costs"
        />
      </Card>
    </>
  );
}
