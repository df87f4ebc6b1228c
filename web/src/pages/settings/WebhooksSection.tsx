import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api, type Page } from "../../api.js";
import { Card } from "../../components/Card.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ListError, SecretOnce } from "./parts.js";
import { type Endpoint, EndpointView, WEBHOOKS_PATH } from "./WebhookEndpoint.js";

/** Every event type Firebreak sends (CONTRACT.md). */
const EVENTS = [
  "alert.opened",
  "alert.closed",
  "crisis.opened",
  "crisis.updated",
  "status.published",
  "case.opened",
  "remedy.given",
  "monitor.down",
  "monitor.up",
] as const;

/** Signed webhooks (Standard Webhooks) to other tools: endpoints, their events and the delivery log. */
export default function WebhooksSection() {
  const t = useT();
  const admin = useSession().can("admin");
  const list = useApiQuery<Page<Endpoint>>(admin ? WEBHOOKS_PATH : null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  if (!admin) return <p className="notice">{t("settings.admins_only")}</p>;

  return (
    <div className="stack">
      {created ? (
        <SecretOnce
          title={t("webhooks.created", { url: created.url })}
          secret={created.secret}
          label={t("webhooks.secret")}
          onClose={() => setCreated(null)}
          testId="webhook-secret"
        />
      ) : null}
      <Card title={t("settings.webhooks")} data-testid="webhooks-card">
        <div className="stack">
          <p className="muted">{t("webhooks.intro")}</p>
          {list.error ? <ListError error={list.error} /> : null}
          {list.data && list.data.items.length === 0 ? (
            <EmptyState title={t("webhooks.none")}>{t("webhooks.none_hint")}</EmptyState>
          ) : null}
          {(list.data?.items ?? []).map((e) => (
            <EndpointView key={e.id} endpoint={e} />
          ))}
        </div>
      </Card>
      <AddEndpointForm onCreated={setCreated} />
    </div>
  );
}

function AddEndpointForm({ onCreated }: { onCreated: (c: { url: string; secret: string }) => void }) {
  const t = useT();
  const tOr = useTOr();
  const qc = useQueryClient();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>(["crisis.opened", "crisis.updated", "alert.opened"]);
  const { busy, error, run } = useAction();
  const toggle = (e: string) => setEvents((xs) => (xs.includes(e) ? xs.filter((x) => x !== e) : [...xs, e]));

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    await run(async () => {
      const res = await api.post<{ secret: string; url: string }>(WEBHOOKS_PATH, {
        url: url.trim(),
        events,
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      onCreated({ url: res.url, secret: res.secret });
      setUrl("");
      setDescription("");
      await qc.invalidateQueries({ queryKey: apiKey(WEBHOOKS_PATH) });
    });
  };

  return (
    <Card title={t("webhooks.add_title")}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="webhook-form">
        <FormField label={t("webhooks.url")} name="url" error={error} hint={t("webhooks.url_hint")}>
          <input
            className="input"
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            data-testid="webhook-url"
          />
        </FormField>
        <FormField label={t("webhooks.description")} name="description" error={error}>
          <input
            className="input"
            value={description}
            maxLength={200}
            onChange={(e) => setDescription(e.target.value)}
            data-testid="webhook-description"
          />
        </FormField>
        <fieldset className="checks" data-testid="field-events">
          <legend className="field-label">{t("webhooks.events")}</legend>
          {EVENTS.map((e) => (
            <label key={e} className="check">
              <input type="checkbox" checked={events.includes(e)} onChange={() => toggle(e)} />
              {tOr(`event.${e}`, e)}
            </label>
          ))}
        </fieldset>
        <FormError error={error} fields={["url", "description"]} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !url.trim() || events.length === 0}
            data-testid="webhook-create"
          >
            {busy ? t("common.saving") : t("webhooks.add")}
          </button>
        </div>
      </form>
    </Card>
  );
}
