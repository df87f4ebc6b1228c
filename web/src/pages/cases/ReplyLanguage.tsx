import { useToastAction } from "../../action.js";
import { api } from "../../api.js";
import { LOCALES } from "../../i18n/locales.js";
import { useT } from "../../i18n/t.js";
import { useLanguageName } from "../mentions/filters.js";
import type { Case } from "./types.js";

/**
 * Above the draft when the customer wrote in another language than it (Portuguese in a German shop):
 * says so, and lets a team member choose which of our languages the replies are drafted in. Never
 * part of the text sent.
 */
export function ReplyLanguage({ c, onChanged }: { c: Case; onChanged: () => void }) {
  const t = useT();
  const name = useLanguageName();
  const { busy, run } = useToastAction();
  if (!c.customer_language || c.customer_language === c.language) return null;
  const choose = (language: string) =>
    run(async () => {
      await api.patch(`/api/v1/cases/${c.id}`, { language });
      onChanged();
    });
  return (
    <div className="notice notice-warn" data-testid="reply-language-note">
      <p>{t("reply.language_note", { customer: name(c.customer_language), draft: name(c.language) })}</p>
      <label>
        {t("reply.language_choose")}{" "}
        <select
          className="select"
          value={c.language}
          disabled={busy}
          onChange={(e) => void choose(e.target.value)}
          data-testid="reply-language"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {name(l)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
