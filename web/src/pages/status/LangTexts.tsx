import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";

type Texts = Record<string, string>;

/** The languages the shop writes to customers in, default first (GET /api/v1/workspace). */
export function useShopLanguages(): string[] {
  const q = useApiQuery<{ languages: string[]; default_language: string }>("/api/v1/workspace");
  const d = q.data;
  if (!d) return ["en"];
  return [d.default_language, ...d.languages.filter((l) => l !== d.default_language)];
}

/** Languages of the shop still without a text: the page refuses to publish until each has one. */
export const missingIn = (languages: string[], t: Texts) => languages.filter((l) => !t[l]?.trim());

/**
 * One field per language the shop speaks, so every customer reads the update in their language; the
 * languages still empty are named before anything is sent.
 */
export function LangTexts(props: {
  label: string;
  languages: string[];
  value: Texts;
  onChange: (t: Texts) => void;
  multiline?: boolean;
  testId: string;
  /** Languages whose text came from the plan's template and nobody has edited yet: marked for reading. */
  prefilled?: string[];
}) {
  const t = useT();
  const missing = missingIn(props.languages, props.value);
  return (
    <fieldset className="field lang-texts" data-testid={props.testId}>
      <legend className="field-label">{props.label}</legend>
      {props.languages.map((l) => {
        const common = {
          id: `${props.testId}-${l}`,
          className: "input",
          value: props.value[l] ?? "",
          "aria-label": `${props.label} (${l})`,
          "data-testid": `${props.testId}-${l}`,
        };
        return (
          <div key={l} className="lang-text">
            <label className="muted" htmlFor={`${props.testId}-${l}`}>
              {l}
            </label>{" "}
            {props.prefilled?.includes(l) ? (
              <span className="field-hint" data-testid={`${props.testId}-${l}-prefilled`}>
                {t("statusadmin.prefilled")}
              </span>
            ) : null}
            {props.multiline ? (
              <textarea
                {...common}
                rows={2}
                onChange={(e) => props.onChange({ ...props.value, [l]: e.target.value })}
              />
            ) : (
              <input {...common} onChange={(e) => props.onChange({ ...props.value, [l]: e.target.value })} />
            )}
          </div>
        );
      })}
      {missing.length && Object.values(props.value).some((v) => v.trim()) ? (
        <p className="field-hint" role="status" data-testid={`${props.testId}-missing`}>
          {t("statusadmin.still_missing", { languages: missing.join(", ") })}
        </p>
      ) : null}
    </fieldset>
  );
}
