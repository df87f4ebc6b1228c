import { useEffect, useState } from "react";
import { isolate } from "../../bidi.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { ComponentChecks } from "./IncidentForms.js";
import { LangTexts, missingIn, useShopLanguages } from "./LangTexts.js";
import {
  type I18n,
  IMPACT_STATE,
  IMPACTS,
  type Impact,
  type Incident,
  STATUSES,
  type StatusComponent,
  useLocalText,
} from "./model.js";

export interface UpdateValues {
  status: string;
  body: I18n;
  impact: Impact;
  components: string[];
}

/** What each of the incident's components shows before and after this update, where that differs. */
export function componentChanges(inc: Incident, v: UpdateValues) {
  const before = (id: string) => (inc.components.includes(id) ? IMPACT_STATE[inc.impact] : "operational");
  const after = (id: string) =>
    v.status === "resolved" || !v.components.includes(id) ? "operational" : IMPACT_STATE[v.impact];
  return [...new Set([...inc.components, ...v.components])]
    .map((id) => ({ id, from: before(id), to: after(id) }))
    .filter((c) => c.from !== c.to);
}

/**
 * An update of an open incident. Languages the shop speaks that nobody wrote are pre-filled from the
 * plan's status update template (marked until edited); sending while one is still empty, or with
 * components that change state on the public page, first says so and waits for a second click.
 */
export function UpdateForm(props: {
  incident: Incident;
  components: StatusComponent[];
  onSubmit: (v: UpdateValues) => Promise<boolean>;
}) {
  const inc = props.incident;
  const t = useT();
  const local = useLocalText();
  const languages = useShopLanguages();
  const [status, setStatus] = useState("identified");
  const [impact, setImpact] = useState<Impact>(inc.impact);
  const [chosen, setChosen] = useState<string[]>(inc.components);
  const [body, setBody] = useState<I18n>({});
  const [prefilled, setPrefilled] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  // Counts published updates, so the next one starts pre-filled again.
  const [sent, setSent] = useState(0);
  const suggested = useApiQuery<{ texts: I18n }>(
    `/api/v1/status/incidents/${inc.id}/suggested-texts?status=${status}`,
  );

  // Fill only what is empty or still the template's own text: a word the team typed is never replaced.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refilled when new suggestions arrive only.
  useEffect(() => {
    const texts = suggested.data?.texts ?? {};
    const next = { ...body };
    const filled: string[] = [];
    for (const l of languages) {
      const text = texts[l];
      if (text && (!body[l]?.trim() || prefilled.includes(l))) {
        next[l] = text;
        filled.push(l);
      }
    }
    setBody(next);
    setPrefilled(filled);
  }, [suggested.data, languages.join(","), sent]);

  // A component removed from the page since the incident opened is dropped rather than refused (once the
  // page's components have loaded: before that, nothing is dropped).
  const known = props.components.length
    ? chosen.filter((id) => props.components.some((c) => c.id === id && !c.group))
    : chosen;
  const values: UpdateValues = { status, body, impact, components: known };
  const missing = missingIn(languages, body);
  const changes = componentChanges(inc, values);
  const name = (id: string) => local(props.components.find((c) => c.id === id)?.name, id);

  const send = async () => {
    const ok = await props.onSubmit(values);
    if (ok) {
      setSent((n) => n + 1);
      setBody({});
      setPrefilled([]);
      setConfirming(false);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length || changes.length) setConfirming(true);
        else void send();
      }}
      data-testid="update-form"
    >
      <StatusImpact
        status={status}
        impact={impact}
        onStatus={(v) => {
          setStatus(v);
          setConfirming(false);
        }}
        onImpact={setImpact}
      />
      <ComponentChecks
        components={props.components}
        value={chosen}
        onChange={setChosen}
        testId="update-component"
      />
      <LangTexts
        label={t("statusadmin.update_body")}
        languages={languages}
        value={body}
        onChange={(b) => {
          setPrefilled((p) => p.filter((l) => b[l] === body[l]));
          setBody(b);
        }}
        testId="update-body"
        prefilled={prefilled}
        multiline
      />
      {confirming ? (
        <ConfirmPanel
          missing={missing}
          changes={changes.map((c) => ({ ...c, name: name(c.id) }))}
          onSend={() => void send()}
          onBack={() => setConfirming(false)}
        />
      ) : (
        <button className="button" type="submit" data-testid="update-publish">
          {t("statusadmin.publish_update")}
        </button>
      )}
    </form>
  );
}

function StatusImpact(props: {
  status: string;
  impact: Impact;
  onStatus: (s: string) => void;
  onImpact: (i: Impact) => void;
}) {
  const t = useT();
  return (
    <div className="form-row">
      <select
        className="select"
        value={props.status}
        onChange={(e) => props.onStatus(e.target.value)}
        aria-label={t("statusadmin.status")}
        data-testid="update-status"
      >
        {STATUSES.map((st) => (
          <option key={st} value={st}>
            {t(`value.${st}` as MessageId)}
          </option>
        ))}
      </select>
      <select
        className="select"
        value={props.impact}
        onChange={(e) => props.onImpact(e.target.value as Impact)}
        aria-label={t("statusadmin.impact")}
        data-testid="update-impact"
      >
        {IMPACTS.map((x) => (
          <option key={x} value={x}>
            {t(`statusadmin.impact_${x}` as MessageId)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Said before sending: the languages still empty (which the page refuses) and each component that changes. */
function ConfirmPanel(props: {
  missing: string[];
  changes: { id: string; name: string; from: string; to: string }[];
  onSend: () => void;
  onBack: () => void;
}) {
  const t = useT();
  const stateLabel = (s: string) => t(`value.${s}` as MessageId);
  return (
    <div className="notice" role="alert" data-testid="update-confirm">
      {props.missing.length ? (
        <p data-testid="update-missing-warning">
          {t("statusadmin.missing_warning", { languages: props.missing.join(", ") })}
        </p>
      ) : null}
      {props.changes.length ? (
        <>
          <p>{t("statusadmin.changes_intro")}</p>
          <ul data-testid="update-changes">
            {props.changes.map((c) => (
              <li key={c.id}>
                {t("statusadmin.change_line", {
                  name: isolate(c.name),
                  from: stateLabel(c.from),
                  to: stateLabel(c.to),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={props.missing.length > 0}
        onClick={props.onSend}
        data-testid="update-confirm-send"
      >
        {t("statusadmin.publish_anyway")}
      </button>{" "}
      <button type="button" className="button button-ghost" onClick={props.onBack}>
        {t("statusadmin.back")}
      </button>
    </div>
  );
}
