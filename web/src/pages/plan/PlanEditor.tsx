import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, errorMessage } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ContactsEditor } from "./ContactsEditor.js";
import { CatalogueCard, ContinuityCard, TeamCard } from "./PlanSections.js";
import { PlaybookEditor } from "./PlaybookEditor.js";
import { SuppliersCard } from "./SuppliersCard.js";
import type { Plan, PlanView } from "./types.js";

/** Edits a draft of the plan and saves it as a new revision; a stale draft is refused by the server (409). */
export function PlanEditor() {
  const q = useApiQuery<PlanView>("/api/v1/plan");
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const tr = useT();
  const [draft, setDraft] = useState<Plan | null>(null);
  const [json, setJson] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState("");
  useEffect(() => {
    if (q.data && !draft) {
      setDraft(structuredClone(q.data.plan));
      setJson(JSON.stringify(q.data.plan, null, 2));
    }
  }, [q.data, draft]);
  if (!q.data || !draft)
    return <div className="page-loading">{q.error ? errorMessage(q.error) : tr("app.loading")}</div>;
  const lang = q.data.language;
  const readOnly = !session.can("admin");
  const edit = (fn: (p: Plan) => void) => {
    const next = structuredClone(draft);
    fn(next);
    setDraft(next);
    setJson(JSON.stringify(next, null, 2));
  };
  const save = async (plan: Plan) => {
    setError(null);
    try {
      const saved = await api.put<PlanView>("/api/v1/plan", { plan, revision: q.data?.revision, note });
      qc.setQueryData(apiKey("/api/v1/plan"), saved);
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/plan/changes") });
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/plan/risk-matrix") });
      setDraft(structuredClone(saved.plan));
      setJson(JSON.stringify(saved.plan, null, 2));
      setNote("");
      toast({ message: tr("planedit.saved", { n: saved.revision }), tone: "success" });
    } catch (e) {
      setError(e);
    }
  };
  const sectionProps = { draft, lang, readOnly, edit };
  const saveJson = () => {
    try {
      void save(JSON.parse(json) as Plan);
    } catch {
      setError(new Error(tr("planedit.bad_json")));
    }
  };

  return (
    <div className="stack" data-testid="plan-editor">
      {readOnly ? <p className="muted">{tr("planedit.admins_only")}</p> : null}
      <CatalogueCard {...sectionProps} />
      <PlaybookEditor draft={draft} lang={lang} readOnly={readOnly} edit={edit} />

      <TeamCard {...sectionProps} />
      <ContactsEditor draft={draft} lang={lang} readOnly={readOnly} edit={edit} />

      <ContinuityCard {...sectionProps} />
      <SuppliersCard {...sectionProps} />
      <Card title={tr("planedit.json")}>
        <textarea
          className="plan-json"
          aria-label={tr("planedit.json_label")}
          value={json}
          disabled={readOnly}
          spellCheck={false}
          onChange={(e) => setJson(e.target.value)}
        />
      </Card>

      {readOnly ? null : (
        <div className="form-actions plan-save">
          <input
            placeholder={tr("planedit.note_placeholder")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-label={tr("planedit.note")}
          />
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save(draft)}
            data-testid="plan-save"
          >
            {tr("planedit.save")}
          </button>
          <button type="button" className="button" onClick={saveJson}>
            {tr("planedit.save_json")}
          </button>
          <FormError error={error} />
        </div>
      )}
    </div>
  );
}
