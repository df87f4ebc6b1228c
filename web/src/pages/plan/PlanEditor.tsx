import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, errorMessage } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { ContactsEditor } from "./ContactsEditor.js";
import { PlaybookEditor } from "./PlaybookEditor.js";
import { type Contact, loc, type Plan, type PlanView } from "./types.js";

const emptyContact = (): Contact => ({ name: "", organisation: "", phone: "", email: "", notes: "" });

/** Edits a draft of the plan and saves it as a new revision; a stale draft is refused by the server (409). */
export function PlanEditor() {
  const q = useApiQuery<PlanView>("/api/v1/plan");
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const tr = useT();
  const tOr = useTOr();
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
      <Card title={tr("planedit.catalogue")}>
        <table className="plan-table">
          <thead>
            <tr>
              <th>{tr("crises.col_type")}</th>
              <th>{tr("planedit.likelihood")}</th>
              <th>{tr("planedit.impact")}</th>
            </tr>
          </thead>
          <tbody>
            {draft.crisisTypes.map((t, i) => (
              <tr key={t.id}>
                <td>{loc(t.name, lang)}</td>
                {(["likelihood", "impact"] as const).map((k) => (
                  <td key={k}>
                    <input
                      type="number"
                      min={1}
                      max={5}
                      value={t[k]}
                      disabled={readOnly}
                      aria-label={tr(k === "likelihood" ? "planedit.likelihood_of" : "planedit.impact_of", {
                        type: loc(t.name, lang),
                      })}
                      data-testid={`type-${t.id}-${k}`}
                      onChange={(e) =>
                        edit((p) => {
                          const ct = p.crisisTypes[i];
                          if (ct) ct[k] = Math.min(5, Math.max(1, Number(e.target.value) || 1));
                        })
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <PlaybookEditor draft={draft} lang={lang} readOnly={readOnly} edit={edit} />

      <Card title={tr("planedit.team")}>
        <table className="plan-table">
          <tbody>
            {draft.team.map((t, i) => (
              <tr key={t.role}>
                <th scope="row">{tOr(`crisis_role.${t.role}`, t.role.replaceAll("_", " "))}</th>
                {(["name", "phone", "email"] as const).map((k) => (
                  <td key={k}>
                    <input
                      placeholder={tr(`contacts.field.${k}`)}
                      aria-label={tr("contacts.field_of", {
                        group: tOr(`crisis_role.${t.role}`, t.role),
                        field: tr(`contacts.field.${k}`),
                      })}
                      value={t.primary[k]}
                      disabled={readOnly}
                      onChange={(e) =>
                        edit((p) => {
                          const slot = p.team[i];
                          if (slot) slot.primary[k] = e.target.value;
                        })
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <ContactsEditor draft={draft} lang={lang} readOnly={readOnly} edit={edit} />

      <Card title={tr("planedit.continuity")}>
        <table className="plan-table">
          <tbody>
            {draft.continuity.map((s, i) => (
              <tr key={s.id}>
                <th scope="row">{loc(s.name, lang)}</th>
                {(["rtoMinutes", "rpoMinutes"] as const).map((k) => (
                  <td key={k}>
                    <input
                      type="number"
                      min={0}
                      aria-label={`${k === "rtoMinutes" ? "RTO" : "RPO"} · ${loc(s.name, lang)}`}
                      value={s[k]}
                      disabled={readOnly}
                      onChange={(e) =>
                        edit((p) => {
                          const c = p.continuity[i];
                          if (c)
                            c[k] = Math.max(
                              k === "rtoMinutes" ? 1 : 0,
                              Math.round(Number(e.target.value) || 0),
                            );
                        })
                      }
                    />
                  </td>
                ))}
                <td>
                  <input
                    placeholder={tr("planedit.fallback_lang", { lang })}
                    aria-label={tr("planedit.fallback_of", { service: loc(s.name, lang) })}
                    value={s.fallback[lang]}
                    disabled={readOnly}
                    data-testid={`continuity-fallback-${s.id}`}
                    onChange={(e) =>
                      edit((p) => {
                        const c = p.continuity[i];
                        if (!c) return;
                        c.fallback[lang] = e.target.value;
                        // English is every language's fallback: keep it filled.
                        if (!c.fallback.en.trim()) c.fallback.en = e.target.value;
                      })
                    }
                  />
                </td>
                <td>
                  <input
                    placeholder={tr("planedit.provider")}
                    aria-label={tr("planedit.provider_of", { service: loc(s.name, lang) })}
                    value={s.provider}
                    disabled={readOnly}
                    onChange={(e) =>
                      edit((p) => {
                        const c = p.continuity[i];
                        if (c) c.provider = e.target.value;
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card
        title={tr("planview.suppliers")}
        actions={
          readOnly ? null : (
            <button
              type="button"
              className="button button-small"
              data-testid="supplier-add"
              onClick={() =>
                edit((p) =>
                  p.suppliers.push({
                    id: `supplier-${Date.now().toString(36)}`,
                    name: tr("planedit.new_supplier"),
                    category: "goods",
                    contact: emptyContact(),
                    products: [],
                    singleSource: false,
                    alternative: "",
                  }),
                )
              }
            >
              {tr("planedit.add_supplier")}
            </button>
          )
        }
      >
        {draft.suppliers.map((s, i) => (
          <div key={s.id} className="supplier-row" data-testid="supplier">
            <input
              aria-label={tr("planedit.supplier_name")}
              value={s.name}
              disabled={readOnly}
              data-testid="supplier-name"
              onChange={(e) =>
                edit((p) => {
                  const sup = p.suppliers[i];
                  if (sup) sup.name = e.target.value || " ";
                })
              }
            />
            <input
              aria-label={tr("planedit.products")}
              placeholder={tr("planedit.products")}
              value={s.products.map((x) => x.name).join(", ")}
              disabled={readOnly}
              data-testid="supplier-products"
              onChange={(e) =>
                edit((p) => {
                  const sup = p.suppliers[i];
                  if (sup)
                    sup.products = e.target.value
                      .split(",")
                      .map((n) => n.trim())
                      .filter(Boolean)
                      .map((n) => ({ sku: "", name: n }));
                })
              }
            />
            <label>
              <input
                type="checkbox"
                checked={s.singleSource}
                disabled={readOnly}
                data-testid="supplier-single"
                onChange={(e) =>
                  edit((p) => {
                    const sup = p.suppliers[i];
                    if (sup) sup.singleSource = e.target.checked;
                  })
                }
              />{" "}
              {tr("planview.single_source")}
            </label>
            {readOnly ? null : (
              <button
                type="button"
                className="button-ghost button-small"
                onClick={() => edit((p) => void p.suppliers.splice(i, 1))}
              >
                {tr("common.remove")}
              </button>
            )}
          </div>
        ))}
      </Card>

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
