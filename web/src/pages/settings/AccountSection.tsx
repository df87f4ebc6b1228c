import { useQueryClient } from "@tanstack/react-query";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { LanguagePicker } from "../../components/LanguagePicker.js";
import { useToast } from "../../components/Toast.js";
import { isLocale, LOCALE_NAMES, type Locale } from "../../i18n/locales.js";
import { useT } from "../../i18n/t.js";
import { ME_KEY, useSession } from "../../session.js";

/** The signed-in person's own settings: the language the dashboard speaks to them. */
export default function AccountSection() {
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
  const chosen = isLocale(session.user.language) ? session.user.language : null;

  const save = async (locale: Locale | null) => {
    await api.put("/api/v1/auth/language", { language: locale });
    await qc.invalidateQueries({ queryKey: ME_KEY });
    if (locale) toast({ message: t("language.saved", { name: LOCALE_NAMES[locale] }), tone: "success" });
  };

  return (
    <div className="stack">
      <Card title={t("language.label")} data-testid="account-language">
        <p className="muted">{t("account.language_hint")}</p>
        <LanguagePicker chosen={chosen} save={save} />
      </Card>
    </div>
  );
}
