import { useId, useState } from "react";
import { useLocale } from "../i18n/I18nProvider.js";
import { browserLocale, isLocale, LOCALE_NAMES, LOCALES, type Locale } from "../i18n/locales.js";
import { useT } from "../i18n/t.js";

export interface LanguagePickerProps {
  /** The saved choice (null = the browser's); without it the picker shows the language in use. */
  chosen?: Locale | null;
  /** Keeps the choice on the server too (logged-in users); the login page only remembers it locally. */
  save?: (locale: Locale | null) => Promise<void>;
}

/** A select of the six interface languages, each named in its own words. */
export function LanguagePicker({ chosen, save }: LanguagePickerProps) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const fromBrowser = browserLocale(navigator.languages);
  const value = chosen === undefined ? locale : (chosen ?? "");

  const change = async (raw: string) => {
    const next = isLocale(raw) ? raw : null;
    setBusy(true);
    try {
      await save?.(next);
      setLocale(next);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="language-picker">
      <label htmlFor={id} className="field-label">
        {t("language.label")}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        disabled={busy}
        onChange={(e) => void change(e.target.value)}
        data-testid="language-picker"
      >
        {save ? <option value="">{t("language.browser", { name: LOCALE_NAMES[fromBrowser] })}</option> : null}
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
