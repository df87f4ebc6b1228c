import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, type Page } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { LangTexts, missingIn, useShopLanguages } from "./LangTexts.js";

const COMPONENTS = ["storefront", "checkout", "payments", "delivery", "customer_service"] as const;
const STATES = ["operational", "maintenance", "degraded", "partial_outage", "major_outage"] as const;
const STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
const IMPACTS = ["none", "minor", "major", "critical"] as const;
type I18n = Record<string, string>;
const text = (t: I18n) => t.en ?? Object.values(t)[0] ?? "";
const label = (s: string) => s.replaceAll("_", " ");

interface Snapshot {
  url: string;
  status: string;
  components: { id: string; state: string; note: string | null; uptime_90d: number | null }[];
  incidents: {
    id: string;
    title: I18n;
    status: string;
    impact: string;
    resolved_at: string | null;
    updates: { id: string; status: string; body: I18n; published_at: string }[];
  }[];
  maintenance: { id: string; title: I18n; starts_at: string; ends_at: string; active: boolean }[];
}

const PATH = "/api/v1/status/page";

export default function StatusAdminPage() {
  const tHead = useT();
  const q = useApiQuery<Snapshot>(PATH, { refetchInterval: 15_000 });
  const { can } = useSession();
  const subs = useApiQuery<Page<{ confirmed_at: string | null; unsubscribed_at: string | null }>>(
    can("admin") ? "/api/v1/status/subscribers" : null,
  );
  const qc = useQueryClient();
  const toast = useToast();
  const [error, setError] = useState<unknown>(null);
  const act = async (what: string, fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
      toast({ message: what, tone: "success" });
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  };
  const s = q.data;
  const confirmed = subs.data?.items.filter((x) => x.confirmed_at && !x.unsubscribed_at).length;
  return (
    <>
      <PageHeader
        title={tHead("nav.statuspage")}
        description="What customers see at /status, without logging in: components, incidents, maintenance."
        actions={
          <a
            className="button"
            href="/status"
            target="_blank"
            rel="noreferrer"
            data-testid="status-public-link"
          >
            Open the public page
          </a>
        }
      />
      <FormError error={error} />
      {!s ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <Card title="Now">
            <p data-testid="status-overall">
              <Badge value={s.status} /> {label(s.status)}
              {confirmed !== undefined ? (
                <span className="muted"> · {confirmed} confirmed e-mail subscribers</span>
              ) : null}
            </p>
            <table className="table">
              <tbody>
                {s.components.map((c) => (
                  <tr key={c.id} data-testid={`component-${c.id}`}>
                    <td>{label(c.id)}</td>
                    <td>
                      {can("responder") ? (
                        <select
                          className="select"
                          value={c.state}
                          aria-label={`State of ${label(c.id)}`}
                          onChange={(e) =>
                            void act("Component updated", () =>
                              api.put(`/api/v1/status/components/${c.id}`, {
                                state: e.target.value,
                                note: c.note,
                              }),
                            )
                          }
                        >
                          {STATES.map((st) => (
                            <option key={st} value={st}>
                              {label(st)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <Badge value={c.state} />
                      )}
                    </td>
                    <td className="muted">
                      {c.uptime_90d === null
                        ? "no monitor"
                        : `${(c.uptime_90d * 100).toFixed(2)}% over 90 days`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Card title="Incidents">
            {s.incidents.length === 0 ? <p className="muted">No incidents in the last 14 days.</p> : null}
            {s.incidents.map((i) => (
              <div key={i.id} className="stack" data-testid="status-incident">
                <h3>
                  {text(i.title)} <Badge value={i.status} />
                </h3>
                <ul>
                  {i.updates.map((u) => (
                    <li key={u.id}>
                      <strong>{label(u.status)}</strong> — {text(u.body)}{" "}
                      <span className="muted">{formatTime(u.published_at)}</span>
                    </li>
                  ))}
                </ul>
                {can("responder") && !i.resolved_at ? (
                  <UpdateForm
                    onSubmit={(status, body) =>
                      act("Update published", () =>
                        api.post(`/api/v1/status/incidents/${i.id}/updates`, { status, body }),
                      )
                    }
                  />
                ) : null}
              </div>
            ))}
          </Card>
          {can("responder") ? (
            <NewIncident
              onSubmit={(v) => act("Incident published", () => api.post("/api/v1/status/incidents", v))}
              error={error}
            />
          ) : null}
          <Card title="Scheduled maintenance">
            {s.maintenance.length === 0 ? <p className="muted">None planned.</p> : null}
            <ul>
              {s.maintenance.map((m) => (
                <li key={m.id}>
                  {text(m.title)} · {formatTime(m.starts_at)} – {formatTime(m.ends_at)}
                  {m.active ? " (now)" : ""}{" "}
                  {can("responder") ? (
                    <button
                      className="button button-small button-ghost"
                      type="button"
                      onClick={() =>
                        void act("Maintenance cancelled", () =>
                          api.delete(`/api/v1/status/maintenance/${m.id}`),
                        )
                      }
                    >
                      Cancel
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
            {can("responder") ? (
              <MaintenanceForm
                error={error}
                onSubmit={(v) =>
                  act("Maintenance scheduled", () => api.post("/api/v1/status/maintenance", v))
                }
              />
            ) : null}
          </Card>
        </>
      )}
    </>
  );
}

function UpdateForm({
  onSubmit,
}: {
  onSubmit: (status: string, body: Record<string, string>) => Promise<boolean>;
}) {
  const [status, setStatus] = useState("identified");
  const [body, setBody] = useState<Record<string, string>>({});
  const languages = useShopLanguages();
  return (
    <form
      className="form-row"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(status, body).then((ok) => ok && setBody({}));
      }}
    >
      <select
        className="select"
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        aria-label="Status"
      >
        {STATUSES.map((st) => (
          <option key={st} value={st}>
            {label(st)}
          </option>
        ))}
      </select>
      <LangTexts
        label="What changed, and when the next update comes"
        languages={languages}
        value={body}
        onChange={setBody}
        testId="update-body"
      />
      <button className="button" type="submit" disabled={missingIn(languages, body).length > 0}>
        Publish update
      </button>
    </form>
  );
}

function NewIncident(props: { onSubmit: (v: unknown) => Promise<boolean>; error: unknown }) {
  const [title, setTitle] = useState<Record<string, string>>({});
  const [body, setBody] = useState<Record<string, string>>({});
  const [impact, setImpact] = useState("minor");
  const [components, setComponents] = useState<string[]>([]);
  const languages = useShopLanguages();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await props.onSubmit({ title, body, impact, components });
    if (ok) {
      setTitle({});
      setBody({});
    }
  };
  return (
    <Card title="New incident">
      <form className="form" onSubmit={submit} data-testid="incident-form">
        <LangTexts
          label="Title"
          languages={languages}
          value={title}
          onChange={setTitle}
          testId="incident-title"
        />
        <LangTexts
          label="First update"
          languages={languages}
          value={body}
          onChange={setBody}
          multiline
          testId="incident-body"
        />
        <FormField label="Impact" name="impact" error={props.error}>
          <select className="select" value={impact} onChange={(e) => setImpact(e.target.value)}>
            {IMPACTS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </FormField>
        <fieldset>
          <legend>Components</legend>
          {COMPONENTS.map((c) => (
            <label key={c} style={{ marginRight: 12 }}>
              <input
                type="checkbox"
                checked={components.includes(c)}
                onChange={(e) =>
                  setComponents(e.target.checked ? [...components, c] : components.filter((x) => x !== c))
                }
              />{" "}
              {label(c)}
            </label>
          ))}
        </fieldset>
        <button
          className="button button-primary"
          type="submit"
          disabled={missingIn(languages, title).length + missingIn(languages, body).length > 0}
          data-testid="incident-publish"
        >
          Publish incident
        </button>
      </form>
    </Card>
  );
}

function MaintenanceForm(props: { onSubmit: (v: unknown) => Promise<boolean>; error: unknown }) {
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [starts, setStarts] = useState("");
  const [ends, setEnds] = useState("");
  const [component, setComponent] = useState("storefront");
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const iso = (v: string) => (v ? new Date(v).toISOString() : "");
    await props.onSubmit({
      title: { en: title },
      body: { en: body },
      components: [component],
      starts_at: iso(starts),
      ends_at: iso(ends),
    });
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <FormField label="Title" name="title" error={props.error}>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField label="What customers notice" name="body" error={props.error}>
        <input className="input" value={body} onChange={(e) => setBody(e.target.value)} />
      </FormField>
      <FormField label="Starts" name="starts_at" error={props.error}>
        <input
          className="input"
          type="datetime-local"
          value={starts}
          onChange={(e) => setStarts(e.target.value)}
        />
      </FormField>
      <FormField label="Ends" name="ends_at" error={props.error}>
        <input
          className="input"
          type="datetime-local"
          value={ends}
          onChange={(e) => setEnds(e.target.value)}
        />
      </FormField>
      <FormField label="Component" name="components" error={props.error}>
        <select className="select" value={component} onChange={(e) => setComponent(e.target.value)}>
          {COMPONENTS.map((c) => (
            <option key={c} value={c}>
              {label(c)}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form-grid-submit">
        <button className="button" type="submit">
          Schedule
        </button>
      </div>
    </form>
  );
}
