import { Card } from "../../components/Card.js";
import { useT } from "../../i18n/t.js";
import { TimeZoneField, TimeZoneList } from "./TimeZoneField.js";
import { type Contact, loc, type Plan, type PlanView } from "./types.js";

const FIELDS = ["name", "organisation", "phone", "email"] as const;
const emptyContact = (): Contact => ({ name: "", organisation: "", phone: "", email: "", notes: "" });

interface Props {
  draft: Plan;
  lang: PlanView["language"];
  readOnly: boolean;
  edit: (fn: (p: Plan) => void) => void;
}

/**
 * Who to call outside the crisis team: press, suppliers, carriers, payment and hosting providers,
 * authorities. Kept per stakeholder group because the printed plan lists them where they are needed.
 */
export function ContactsEditor({ draft, lang, readOnly, edit }: Props) {
  const t = useT();
  return (
    <Card title={t("contacts.title")} data-testid="contacts-editor">
      {draft.stakeholders.map((g, gi) => (
        <div key={g.id} className="contact-group" data-testid={`contacts-${g.id}`}>
          <div className="contact-group-head">
            <strong>{loc(g.name, lang)}</strong>
            {readOnly ? null : (
              <button
                type="button"
                className="button button-small"
                data-testid={`contact-add-${g.id}`}
                onClick={() => edit((p) => void p.stakeholders[gi]?.contacts.push(emptyContact()))}
              >
                {t("contacts.add")}
              </button>
            )}
          </div>
          {g.contacts.length === 0 ? <p className="muted">{t("contacts.none")}</p> : null}
          {g.contacts.map((c, ci) => (
            // Contacts have no id of their own; the position is stable while the draft is edited.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div key={ci} className="contact-row" data-testid="contact">
              {FIELDS.map((k) => (
                <input
                  key={k}
                  placeholder={t(`contacts.field.${k}`)}
                  aria-label={t("contacts.field_of", {
                    group: loc(g.name, lang),
                    field: t(`contacts.field.${k}`),
                  })}
                  value={c[k]}
                  disabled={readOnly}
                  data-testid={`contact-${k}`}
                  onChange={(e) =>
                    edit((p) => {
                      const contact = p.stakeholders[gi]?.contacts[ci];
                      if (contact) contact[k] = e.target.value;
                    })
                  }
                />
              ))}
              <TimeZoneField
                listId="contact-time-zones"
                contact={c}
                label={t("contacts.field_of", {
                  group: loc(g.name, lang),
                  field: t("contacts.field.time_zone"),
                })}
                readOnly={readOnly}
                onChange={(zone) =>
                  edit((p) => {
                    const contact = p.stakeholders[gi]?.contacts[ci];
                    if (!contact) return;
                    if (zone) contact.timeZone = zone;
                    else delete contact.timeZone;
                  })
                }
              />
              {readOnly ? null : (
                <button
                  type="button"
                  className="button-ghost button-small"
                  onClick={() => edit((p) => void p.stakeholders[gi]?.contacts.splice(ci, 1))}
                >
                  {t("common.remove")}
                </button>
              )}
            </div>
          ))}
        </div>
      ))}
      <TimeZoneList id="contact-time-zones" />
    </Card>
  );
}
