import { api, type Page } from "../../api.js";
import { isolate } from "../../bidi.js";
import { fieldError } from "../../components/FormField.js";
import { colon, quoted } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { BreachFields } from "./MessageParts.js";
import { LANGS, type Message } from "./types.js";

type Value = Record<string, { subject?: string; body: string; breach?: Record<string, string> }>;

/**
 * The same message in the other languages: visitors of the status page and customers read their own.
 * Each translation is Liquid too and gets its own tone check once saved.
 */
export function Translations(props: {
  message: Message;
  value: Value;
  onChange: (v: Value) => void;
  disabled: boolean;
  error: unknown;
}) {
  const { message: m, value, onChange, disabled } = props;
  const tr = useT();
  const tOr = useTOr();
  const fill = async (lang: string) => {
    const t = await api.get<Page<{ subject: string; body: string }>>(
      `/api/v1/comms/templates?kind=${m.kind}&crisis_type=${m.crisis_type}&language=${lang}`,
    );
    const first = t.items[0];
    if (first) onChange({ ...value, [lang]: { ...value[lang], subject: first.subject, body: first.body } });
  };
  const err = fieldError(props.error, "vars.translations");
  return (
    <fieldset className="stack" data-testid="translations">
      <legend>{tr("translations.legend")}</legend>
      {err ? <p className="notice notice-error">{err}</p> : null}
      {LANGS.filter((l) => l !== m.language).map((lang) => {
        const v = value[lang];
        const tone = m.translations[lang]?.tone;
        return (
          <details key={lang} open={Boolean(v?.body)}>
            <summary>
              {lang}
              {v?.body ? " ✓" : ""}
              {tone && !tone.ok ? ` · ${tr("messages.remarks", { n: tone.remarks.length })}` : ""}
            </summary>
            <input
              className="input"
              placeholder={tr("translations.subject_placeholder")}
              aria-label={tr("translations.subject_in", { lang })}
              value={v?.subject ?? ""}
              disabled={disabled}
              onChange={(e) =>
                onChange({ ...value, [lang]: { body: v?.body ?? "", subject: e.target.value } })
              }
            />
            <textarea
              className="input"
              dir="auto"
              rows={4}
              aria-label={tr("translations.text_in", { lang })}
              value={v?.body ?? ""}
              disabled={disabled}
              data-testid={`translation-${lang}`}
              onChange={(e) => onChange({ ...value, [lang]: { ...(v ?? {}), body: e.target.value } })}
            />
            {m.kind === "breach_notice" ? (
              // The parts in this language: the template shows them after its own labels.
              <BreachFields
                name={`vars.translations.${lang}.breach`}
                value={v?.breach ?? {}}
                onChange={(breach) => onChange({ ...value, [lang]: { body: v?.body ?? "", ...v, breach } })}
                disabled={disabled}
                error={props.error}
              />
            ) : null}
            {tone && !tone.ok ? (
              <ul className="muted">
                {tone.remarks.map((r) => (
                  <li key={`${r.kind}-${r.index}`}>
                    {tOr(`tone.${r.kind}`, r.kind.replaceAll("_", " "))}
                    {r.text ? `${colon()} ${quoted(isolate(r.text))}` : ""} —{" "}
                    {tOr(`tone.why.${r.kind}`, r.why)}
                  </li>
                ))}
              </ul>
            ) : null}
            {!disabled ? (
              <button
                type="button"
                className="button button-small button-ghost"
                onClick={() => void fill(lang)}
              >
                {tr("translations.start_from", { lang })}
              </button>
            ) : null}
          </details>
        );
      })}
    </fieldset>
  );
}
