import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../../action.js";
import { api, type Page } from "../../../api.js";
import { isolate } from "../../../bidi.js";
import { Card } from "../../../components/Card.js";
import { ConfirmButton } from "../../../components/ConfirmButton.js";
import { type Column, DataTable } from "../../../components/DataTable.js";
import { EmptyState } from "../../../components/EmptyState.js";
import { FormError, FormField } from "../../../components/FormField.js";
import { useT } from "../../../i18n/t.js";
import { apiKey, useApiQuery } from "../../../queries.js";
import { useSession } from "../../../session.js";
import { ListError, splitTerms } from "../parts.js";

interface BrandQuery {
  id: string;
  name: string;
  any: string[];
  all: string[];
  none: string[];
}

const PATH = "/api/v1/brand-queries";

/** Which posts from feeds are about this shop: any of these words, all of those, none of the others. */
export function BrandQueriesCard() {
  const t = useT();
  const qc = useQueryClient();
  const admin = useSession().can("admin");
  const list = useApiQuery<Page<BrandQuery>>(PATH);

  // Each term its own run: Hebrew terms joined by our commas were drawn as one run, in reverse order.
  const terms = (words: string[]) =>
    words.length ? words.map((w, i) => [i ? ", " : "", <bdi key={w}>{w}</bdi>]) : "—";
  const columns: Column<BrandQuery>[] = [
    { key: "name", header: t("sources.name"), sortValue: (q) => q.name, render: (q) => <bdi>{q.name}</bdi> },
    { key: "any", header: t("brand.any"), render: (q) => terms(q.any) },
    { key: "all", header: t("brand.all"), render: (q) => terms(q.all) },
    { key: "none", header: t("brand.none"), render: (q) => terms(q.none) },
    ...(admin
      ? [
          {
            key: "actions",
            header: <span className="visually-hidden">{t("common.actions")}</span>,
            align: "right" as const,
            render: (q: BrandQuery) => (
              <ConfirmButton
                label={t("common.remove")}
                question={t("sources.remove_q", { name: isolate(q.name) })}
                onConfirm={async () => {
                  await api.delete(`${PATH}/${encodeURIComponent(q.id)}`);
                  await qc.invalidateQueries({ queryKey: apiKey(PATH) });
                }}
                testId="brand-remove"
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t("brand.title")} data-testid="sources-brand">
      <div className="stack">
        <p className="muted">{t("brand.intro")}</p>
        {list.error ? (
          <ListError error={list.error} />
        ) : (
          <DataTable
            caption={t("brand.title")}
            columns={columns}
            rows={list.data?.items ?? []}
            rowKey={(q) => q.id}
            isLoading={list.isLoading}
            stackOnPhone
            data-testid="brand-table"
            empty={<EmptyState title={t("brand.empty")}>{t("brand.empty_hint")}</EmptyState>}
          />
        )}
        {admin ? <AddQueryForm /> : null}
      </div>
    </Card>
  );
}

function AddQueryForm() {
  const t = useT();
  const qc = useQueryClient();
  const [form, setForm] = useState({ name: "", any: "", all: "", none: "" });
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.post(PATH, {
        name: form.name.trim(),
        any: splitTerms(form.any),
        all: splitTerms(form.all),
        none: splitTerms(form.none),
      });
      setForm({ name: "", any: "", all: "", none: "" });
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };

  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate data-testid="brand-form">
      <FormField label={t("sources.name")} name="name" error={error}>
        <input className="input" value={form.name} onChange={set("name")} data-testid="brand-name" />
      </FormField>
      <FormField label={t("brand.any")} name="any" error={error} hint={t("brand.comma")}>
        <input className="input" value={form.any} onChange={set("any")} data-testid="brand-any" />
      </FormField>
      <FormField label={t("brand.all")} name="all" error={error} hint={t("brand.comma")}>
        <input className="input" value={form.all} onChange={set("all")} data-testid="brand-all" />
      </FormField>
      <FormField label={t("brand.none")} name="none" error={error} hint={t("brand.comma")}>
        <input className="input" value={form.none} onChange={set("none")} data-testid="brand-none" />
      </FormField>
      <div className="form-grid-submit">
        <FormError error={error} fields={["name", "any", "all", "none"]} />
        <button
          type="submit"
          className="button button-primary"
          disabled={
            busy || !form.name.trim() || !(splitTerms(form.any).length || splitTerms(form.all).length)
          }
          data-testid="brand-create"
        >
          {busy ? t("common.saving") : t("brand.add")}
        </button>
      </div>
    </form>
  );
}
