import { useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, type ReactNode, useState } from "react";

import { Link } from "react-router-dom";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card, Stat } from "../../components/Card.js";
import { FormError } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { T, useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ContactZoneCard } from "./ContactZoneCard.js";

interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
  errors: { line: number; error: string }[];
}

/** The customer list e-mails go to: imported from CSV, kept current by shop events. */
export function CustomersPanel() {
  const { can } = useSession();
  const t = useT();
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
        title={t("messages.customers")}
        description={t("customers.intro")}
        actions={<Link to="/messages">{t("customers.back")}</Link>}
      />
      <div className="stat-grid">
        <Stat
          label={t("customers.subscribed")}
          value={segments.data?.all ?? null}
          data-testid="segment-all"
        />
        <Stat label={t("segment.orders_7d")} value={segments.data?.orders_7d ?? null} />
        <Stat label={t("segment.paid_not_shipped")} value={segments.data?.paid_not_shipped ?? null} />
      </div>
      {can("admin") ? (
        <Card title={t("customers.import")}>
          <p className="muted">
            <T
              id="customers.import_hint"
              values={{ code: (s: ReactNode) => <span className="mono">{s}</span> }}
            />
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
              {t("customers.result", {
                added: result.added,
                updated: result.updated,
                skipped: result.skipped,
              })}
              {result.errors.length
                ? ` ${t("customers.first_error", { line: result.errors[0]?.line ?? 0, error: result.errors[0]?.error ?? "" })}`
                : ""}
            </p>
          ) : null}
        </Card>
      ) : null}
      {can("admin") ? <ContactZoneCard /> : null}
    </>
  );
}
