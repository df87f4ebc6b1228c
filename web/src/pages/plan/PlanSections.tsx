import { Card } from "../../components/Card.js";
import { useT, useTOr } from "../../i18n/t.js";
import { TimeZoneField, TimeZoneList } from "./TimeZoneField.js";
import { loc, type Plan, type PlanView } from "./types.js";

/** What each section of the plan editor gets: the draft, the plan's language and a way to change it. */
export interface SectionProps {
  draft: Plan;
  lang: PlanView["language"];
  readOnly: boolean;
  edit: (fn: (p: Plan) => void) => void;
}

/** The crisis types with their likelihood and impact, which place them on the risk matrix. */
export function CatalogueCard({ draft, lang, readOnly, edit }: SectionProps) {
  const tr = useT();
  return (
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
  );
}

/** Who fills each role of the crisis team. */
export function TeamCard({ draft, readOnly, edit }: SectionProps) {
  const tr = useT();
  const tOr = useTOr();
  return (
    <Card title={tr("planedit.team")}>
      <table className="plan-table">
        <tbody>
          {draft.team.map((t, i) => (
            <tr key={t.role} data-testid={`team-${t.role}`}>
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
              <td>
                <TimeZoneField
                  listId="team-time-zones"
                  contact={t.primary}
                  label={tr("contacts.field_of", {
                    group: tOr(`crisis_role.${t.role}`, t.role),
                    field: tr("contacts.field.time_zone"),
                  })}
                  readOnly={readOnly}
                  onChange={(zone) =>
                    edit((p) => {
                      const slot = p.team[i];
                      if (!slot) return;
                      if (zone) slot.primary.timeZone = zone;
                      else delete slot.primary.timeZone;
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TimeZoneList id="team-time-zones" />
    </Card>
  );
}

/** Each critical service with its recovery targets, its fallback and its provider. */
export function ContinuityCard({ draft, lang, readOnly, edit }: SectionProps) {
  const tr = useT();
  return (
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
  );
}
