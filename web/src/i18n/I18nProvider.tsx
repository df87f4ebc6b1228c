import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { createIntl, IntlProvider } from "react-intl";
import { setErrorTranslator } from "../api.js";
import { setFormatLocale } from "../format.js";
import { loadMessages } from "./catalogues.js";
import { friendlyError } from "./friendly.js";
import { isLocale, type Locale, pickLocale } from "./locales.js";

/** The last language used on this browser, so the login page already speaks it. */
const STORAGE_KEY = "firebreak.language";

function remembered(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(locale: Locale | null) {
  try {
    if (locale) window.localStorage.setItem(STORAGE_KEY, locale);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode without storage: the choice still holds on the server and for this page.
  }
}

interface LocaleState {
  locale: Locale;
  /** Switch the interface; null goes back to the browser's language. Does not save on the server. */
  setLocale: (locale: Locale | null) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const v = useContext(LocaleContext);
  if (!v) throw new Error("useLocale outside I18nProvider");
  return v;
}

/**
 * Loads the catalogue of the current language and provides react-intl's `IntlProvider`. The tree below
 * is keyed by language, so a switch re-renders every page (dates and numbers too) in the new one.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => pickLocale(remembered(), navigator.languages));
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Record<string, string> } | null>(null);

  useEffect(() => {
    let live = true;
    void loadMessages(locale).then((messages) => {
      if (!live) return;
      setFormatLocale(locale);
      const intl = createIntl({ locale, defaultLocale: "en", messages });
      setErrorTranslator((e) => friendlyError(intl, e));
      document.documentElement.lang = locale;
      setLoaded({ locale, messages });
    });
    return () => {
      live = false;
    };
  }, [locale]);

  const setLocale = useCallback((next: Locale | null) => {
    remember(next);
    setLocaleState(pickLocale(next, navigator.languages));
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  // Until the first catalogue arrives there are no words to show; it is one small request.
  if (!loaded) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider key={loaded.locale} locale={loaded.locale} defaultLocale="en" messages={loaded.messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** Follows the logged-in person's saved language (from /auth/me); null keeps the current one. */
export function useAdoptLocale(chosen: string | null | undefined) {
  const { locale, setLocale } = useLocale();
  useEffect(() => {
    if (isLocale(chosen) && chosen !== locale) setLocale(chosen);
  }, [chosen, locale, setLocale]);
}
