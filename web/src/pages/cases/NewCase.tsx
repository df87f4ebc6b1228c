import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, errorMessage } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatRelative } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { CaseTabs } from "./CaseTabs.js";
import type { Case } from "./types.js";

const LANGUAGES = [
  ["", ""],
  ["en", "English"],
  ["pl", "Polski"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["it", "Italiano"],
  ["es", "Español"],
] as const;

/** A case opened by hand: a phone call, a complaint at the counter, a post copied from elsewhere. */
export function NewCase() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
  const [f, setF] = useState({ name: "", email: "", handle: "", source: "", language: "", text: "" });
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });

  const submit = async () => {
    const customer = Object.fromEntries(
      (["name", "email", "handle"] as const).filter((k) => f[k].trim()).map((k) => [k, f[k].trim()]),
    );
    await run(async () => {
      const c = await api.post<Case>("/api/v1/cases", {
        customer,
        text: f.text,
        ...(f.source.trim() ? { source: f.source.trim() } : {}),
        ...(f.language ? { language: f.language } : {}),
      });
      toast({ message: t("newcase.opened", { priority: c.priority }), tone: "success" });
      void qc.invalidateQueries({ queryKey: apiKey("/api/v1/cases") });
      navigate(`/cases/${c.id}`);
    });
  };

  return (
    <>
      <PageHeader title={t("newcase.title")} description={t("newcase.intro")} />
      <CaseTabs />
      <Card title={t("newcase.complaint")}>
        <form
          className="form"
          data-testid="new-case-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="form-grid">
            <FormField label={t("newcase.name")} name="customer.name" error={error}>
              <input className="input" value={f.name} onChange={set("name")} data-testid="new-case-name" />
            </FormField>
            <FormField
              label={t("login.email")}
              name="customer.email"
              error={error}
              hint={t("newcase.email_hint")}
            >
              <input
                className="input"
                type="email"
                value={f.email}
                onChange={set("email")}
                data-testid="new-case-email"
              />
            </FormField>
            <FormField
              label={t("newcase.handle")}
              name="customer.handle"
              error={error}
              hint={t("newcase.handle_hint")}
            >
              <input className="input" value={f.handle} onChange={set("handle")} />
            </FormField>
            <FormField
              label={t("newcase.source")}
              name="source"
              error={error}
              hint={t("newcase.source_hint")}
            >
              <input className="input" value={f.source} onChange={set("source")} />
            </FormField>
            <FormField label={t("language.label")} name="language" error={error}>
              <select className="select" value={f.language} onChange={set("language")}>
                {LANGUAGES.map(([v, l]) => (
                  <option key={v} value={v}>
                    {v ? l : t("newcase.detect")}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <FormField label={t("newcase.text")} name="text" error={error}>
            <textarea
              className="input"
              rows={6}
              value={f.text}
              onChange={set("text")}
              data-testid="new-case-text"
            />
          </FormField>
          <FormError
            error={error}
            fields={["customer.name", "customer.email", "customer.handle", "source", "language", "text"]}
          />
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="new-case-submit"
          >
            {t("newcase.open")}
          </button>
        </form>
      </Card>
      <FromFeed />
    </>
  );
}

interface Mention {
  id: string;
  source: string;
  text: string;
  author: string | null;
  created_at: string;
  language: string;
  topics: string[];
}

/** The latest negative mentions: open a case from one by hand (a mention already in a case opens it). */
function FromFeed() {
  const navigate = useNavigate();
  const toast = useToast();
  const t = useT();
  const tOr = useTOr();
  const qc = useQueryClient();
  const q = useApiQuery<{ items: Mention[] }>("/api/v1/mentions?sentiment=negative&limit=20", {
    refetchOnMount: "always",
    refetchInterval: 30_000,
  });
  const open = async (m: Mention) => {
    try {
      const c = await api.post<Case>("/api/v1/cases", { mention_id: m.id });
      void qc.invalidateQueries({ queryKey: apiKey("/api/v1/cases") });
      navigate(`/cases/${c.id}`);
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
  };
  const items = q.data?.items ?? [];
  return (
    <Card title={t("newcase.from_feed")} data-testid="cases-from-feed">
      {items.length === 0 ? <p className="cases-muted">{t("newcase.no_negative")}</p> : null}
      <ul className="cases-feed">
        {items.map((m) => (
          <li key={m.id} data-testid="feed-mention">
            <div className="cases-muted">
              <bdi>{m.source}</bdi> · {m.author ? <bdi>{m.author}</bdi> : t("newcase.unknown_author")} ·{" "}
              {m.language} · {formatRelative(m.created_at)}
              {m.topics.length ? ` · ${m.topics.map((tp) => tOr(`topic.${tp}`, tp)).join(", ")}` : ""}
            </div>
            <p className="cases-text" dir="auto">
              {m.text}
            </p>
            <button
              type="button"
              className="button button-small"
              onClick={() => void open(m)}
              data-testid="feed-open-case"
            >
              {t("newcase.open_from")}
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
