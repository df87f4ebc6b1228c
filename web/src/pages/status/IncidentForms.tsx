import { type FormEvent, useState } from "react";
import { Card } from "../../components/Card.js";
import { DateTimeInput } from "../../components/DateTimeInput.js";
import { FormField } from "../../components/FormField.js";
import { formatTimeZone } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { LangTexts, missingIn, useShopLanguages } from "./LangTexts.js";
import { type I18n, IMPACTS, type StatusComponent, useLocalText } from "./model.js";

/** Checkboxes for the components (never groups) an incident, update or maintenance names. */
export function ComponentChecks(props: {
  components: StatusComponent[];
  value: string[];
  onChange: (ids: string[]) => void;
  testId: string;
}) {
  const t = useT();
  const local = useLocalText();
  return (
    <fieldset data-testid={props.testId}>
      <legend>{t("statusadmin.affected")}</legend>
      {props.components
        .filter((c) => !c.group)
        .map((c) => (
          <label key={c.id} className="status-check">
            <input
              type="checkbox"
              checked={props.value.includes(c.id)}
              onChange={(e) =>
                props.onChange(
                  e.target.checked ? [...props.value, c.id] : props.value.filter((x) => x !== c.id),
                )
              }
              data-testid={`${props.testId}-${c.id}`}
            />{" "}
            <bdi>{local(c.name, c.id)}</bdi>
          </label>
        ))}
    </fieldset>
  );
}

export function NewIncident(props: {
  components: StatusComponent[];
  onSubmit: (v: unknown) => Promise<boolean>;
  error: unknown;
}) {
  const t = useT();
  const [title, setTitle] = useState<I18n>({});
  const [body, setBody] = useState<I18n>({});
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
    <Card title={t("statusadmin.new_incident")}>
      <form className="form" onSubmit={submit} data-testid="incident-form">
        <LangTexts
          label={t("statusadmin.title")}
          languages={languages}
          value={title}
          onChange={setTitle}
          testId="incident-title"
        />
        <LangTexts
          label={t("statusadmin.first_update")}
          languages={languages}
          value={body}
          onChange={setBody}
          multiline
          testId="incident-body"
        />
        <FormField label={t("statusadmin.impact")} name="impact" error={props.error}>
          <select className="select" value={impact} onChange={(e) => setImpact(e.target.value)}>
            {IMPACTS.map((x) => (
              <option key={x} value={x}>
                {t(`statusadmin.impact_${x}` as MessageId)}
              </option>
            ))}
          </select>
        </FormField>
        <ComponentChecks
          components={props.components}
          value={components}
          onChange={setComponents}
          testId="incident-component"
        />
        <button
          className="button button-primary"
          type="submit"
          disabled={missingIn(languages, title).length + missingIn(languages, body).length > 0}
          data-testid="incident-publish"
        >
          {t("statusadmin.publish_incident")}
        </button>
      </form>
    </Card>
  );
}

export function MaintenanceForm(props: {
  components: StatusComponent[];
  onSubmit: (v: unknown) => Promise<boolean>;
  error: unknown;
}) {
  const t = useT();
  const languages = useShopLanguages();
  const [title, setTitle] = useState<I18n>({});
  const [body, setBody] = useState<I18n>({});
  const [starts, setStarts] = useState("");
  const [ends, setEnds] = useState("");
  const [components, setComponents] = useState<string[]>([]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Instants typed on the member's clock (DateTimeInput).
    await props.onSubmit({ title, body, components, starts_at: starts, ends_at: ends });
  };
  return (
    <form className="form" onSubmit={submit} data-testid="maintenance-form">
      <LangTexts
        label={t("statusadmin.title")}
        languages={languages}
        value={title}
        onChange={setTitle}
        testId="maintenance-title"
      />
      <LangTexts
        label={t("statusadmin.maintenance_body")}
        languages={languages}
        value={body}
        onChange={setBody}
        testId="maintenance-body"
      />
      <div className="form-grid">
        <FormField
          label={t("statusadmin.starts")}
          name="starts_at"
          error={props.error}
          hint={t("surges.zone_hint", { zone: formatTimeZone() })}
        >
          <DateTimeInput value={starts} onChange={setStarts} />
        </FormField>
        <FormField label={t("statusadmin.ends")} name="ends_at" error={props.error}>
          <DateTimeInput value={ends} onChange={setEnds} />
        </FormField>
      </div>
      <ComponentChecks
        components={props.components}
        value={components}
        onChange={setComponents}
        testId="maintenance-component"
      />
      <div>
        <button className="button" type="submit" disabled={!components.length}>
          {t("statusadmin.schedule")}
        </button>
      </div>
    </form>
  );
}
