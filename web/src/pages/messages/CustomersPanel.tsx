import { useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useState } from "react";
import { Link } from "react-router-dom";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card, Stat } from "../../components/Card.js";
import { FormError } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";

interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
  errors: { line: number; error: string }[];
}

/** The customer list e-mails go to: imported from CSV, kept current by shop events. */
export function CustomersPanel() {
  const { can } = useSession();
  const segments = useApiQuery<Record<string, number>>("/api/v1/comms/segments");
  const [result, setResult] = useState<ImportResult | null>(null);
  const { busy, error, run } = useAction();
  const qc = useQueryClient();
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    await run(async () => {
      setResult(await api.post<ImportResult>("/api/v1/comms/contacts/import", { csv: await file.text() }));
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/comms/segments") });
    });
    // The same file may be chosen again after it is fixed.
    e.target.value = "";
  };
  return (
    <>
      <PageHeader
        title="Customers"
        description="Who customer e-mails reach. Unsubscribed customers are left out (the breach notice is owed to everyone affected)."
        actions={<Link to="/messages">← Messages</Link>}
      />
      <div className="stat-grid">
        <Stat label="Customers (subscribed)" value={segments.data?.all ?? null} data-testid="segment-all" />
        <Stat label="Ordered in the last 7 days" value={segments.data?.orders_7d ?? null} />
        <Stat label="Paid, not shipped" value={segments.data?.paid_not_shipped ?? null} />
      </div>
      {can("admin") ? (
        <Card title="Import a CSV">
          <p className="muted">
            A header row with <span className="mono">email</span> (required) and any of{" "}
            <span className="mono">name, language, last_order_at, paid_at, shipped_at</span>. Known addresses
            are merged. The shop can also post order events to{" "}
            <span className="mono">/api/v1/comms/contacts/events</span>.
          </p>
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void onFile(e)}
            disabled={busy}
            data-testid="contacts-file"
          />
          <FormError error={error} />
          {result ? (
            <p className="notice notice-success" data-testid="contacts-result">
              {result.added} added, {result.updated} updated, {result.skipped} skipped
              {result.errors.length
                ? ` (first: line ${result.errors[0]?.line}, ${result.errors[0]?.error})`
                : ""}
              .
            </p>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
