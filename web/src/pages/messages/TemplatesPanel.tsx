import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { api, type Page } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { useKindLabel } from "./kind-label.js";
import { KINDS, LANGS } from "./types.js";

interface Template {
  kind: string;
  crisis_type: string;
  language: string;
  subject: string;
  body: string;
  customized: boolean;
  updated_by: string | null;
}

const TYPES = [
  "negative_wave",
  "site_outage",
  "payment_failure",
  "ddos",
  "data_breach",
  "delivery_delay",
  "product_recall",
  "order_error",
  "price_error",
  "supplier_failure",
  "fraud_chargebacks",
  "returns_backlash",
];

/** One template (kind × crisis type × language) as stored, the edit in progress, and how to change it. */
function useTemplate(kind: string, type: string, lang: string) {
  const path = `/api/v1/comms/templates?kind=${kind}&crisis_type=${type}&language=${lang}`;
  const q = useApiQuery<Page<Template>>(path);
  const t = q.data?.items[0];
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [error, setError] = useState<unknown>(null);
  const qc = useQueryClient();
  const toast = useToast();
  useEffect(() => {
    if (t) {
      setSubject(t.subject);
      setBody(t.body);
    }
  }, [t]);
  const one = `/api/v1/comms/templates/${kind}/${type}/${lang}`;
  const run = async (what: string, fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: apiKey(path) });
      toast({ message: what, tone: "success" });
    } catch (err) {
      setError(err);
    }
  };
  return { t, subject, setSubject, body, setBody, error, run, one };
}

/** The workspace's templates: pick kind, crisis type and language, edit the Liquid, or go back to ours. */
export function TemplatesPanel() {
  const { can } = useSession();
  const tr = useT();
  const [kind, setKind] = useState("customer_email");
  const [type, setType] = useState("site_outage");
  const [lang, setLang] = useState("en");
  const { t, subject, setSubject, body, setBody, error, run, one } = useTemplate(kind, type, lang);
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(tr("templates.saved"), () => api.put(one, { subject, body }));
  };
  return (
    <>
      <PageHeader
        title={tr("templates.title")}
        description={tr("templates.intro")}
        actions={<Link to="/messages">{tr("customers.back")}</Link>}
      />
      <TemplatePicker
        kind={kind}
        setKind={setKind}
        type={type}
        setType={setType}
        lang={lang}
        setLang={setLang}
      />
      <Card
        title={
          t?.customized ? tr("templates.edited_by", { who: t.updated_by ?? "" }) : tr("templates.shipped")
        }
      >
        <form className="form" onSubmit={save} data-testid="template-form">
          <FormError error={error} fields={["subject", "body"]} />
          <FormField label={tr("message.subject")} name="subject" error={error}>
            <input
              className="input"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              disabled={!can("responder")}
            />
          </FormField>
          <FormField label={tr("message.text")} name="body" error={error}>
            <textarea
              className="input message-body"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              disabled={!can("responder")}
              data-testid="template-body"
            />
          </FormField>
          {can("responder") ? (
            <div className="message-actions">
              <button className="button button-primary" type="submit" data-testid="template-save">
                {tr("templates.save")}
              </button>
              {t?.customized ? (
                <button
                  className="button button-ghost"
                  type="button"
                  onClick={() => void run(tr("templates.reverted"), () => api.delete(one))}
                >
                  {tr("templates.revert")}
                </button>
              ) : null}
            </div>
          ) : null}
        </form>
      </Card>
    </>
  );
}

/** Which template to edit: the message kind, the crisis type and the language. */
function TemplatePicker(props: {
  kind: string;
  setKind: (v: string) => void;
  type: string;
  setType: (v: string) => void;
  lang: string;
  setLang: (v: string) => void;
}) {
  const tr = useT();
  const kindLabel = useKindLabel();
  return (
    <Card>
      <div className="form-row">
        <select
          className="select"
          value={props.kind}
          onChange={(e) => props.setKind(e.target.value)}
          aria-label={tr("crisis.link_kind")}
          data-testid="template-kind"
        >
          {KINDS.map(([id]) => (
            <option key={id} value={id}>
              {kindLabel(id)}
            </option>
          ))}
        </select>
        <select
          className="select"
          value={props.type}
          onChange={(e) => props.setType(e.target.value)}
          aria-label={tr("templates.crisis_type")}
          data-testid="template-type"
        >
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {x.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <select
          className="select"
          value={props.lang}
          onChange={(e) => props.setLang(e.target.value)}
          aria-label={tr("language.label")}
          data-testid="template-language"
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </Card>
  );
}
