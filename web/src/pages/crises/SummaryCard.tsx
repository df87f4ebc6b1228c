import { type FormEvent, useState } from "react";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import { useLanguageName } from "../mentions/filters.js";
import type { RoomPart } from "./types.js";

interface ShopLanguages {
  languages: string[];
  default_language: string;
}

/**
 * The summary in the plan's language, and the title and summary in each other language the shop writes:
 * a German notice quotes the German ones (where none is written, the message says which language it quotes).
 */
export function SummaryCard({ c, canAct, act, path }: RoomPart) {
  const t = useT();
  const languageName = useLanguageName();
  const shop = useApiQuery<ShopLanguages>("/api/v1/workspace");
  const others = (shop.data?.languages ?? []).filter((l) => l !== shop.data?.default_language);
  const [draft, setDraft] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [titles, setTitles] = useState<Record<string, string>>({});
  const edit = () => {
    setDraft(c.summary);
    setDrafts(Object.fromEntries(others.map((l) => [l, c.summaries[l] ?? ""])));
    setTitles(Object.fromEntries(others.map((l) => [l, c.titles[l] ?? ""])));
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (draft === null) return;
    void act(() => api.patch(path, { summary: draft, summaries: drafts, titles })).then(() => setDraft(null));
  };
  const written = Object.entries(c.summaries);
  return (
    <Card
      title={t("crisis.summary")}
      data-testid="crisis-summary"
      actions={
        canAct && draft === null ? (
          <button type="button" className="button button-small" onClick={edit} data-testid="summary-edit">
            {t("crisis.edit")}
          </button>
        ) : null
      }
    >
      {draft === null ? (
        <>
          <p className="crisis-summary" data-testid="summary-text">
            {c.summary || t("crisis.summary_none")}
          </p>
          {Object.entries(c.titles).map(([l, text]) => (
            <p key={`title-${l}`} lang={l} dir="auto" data-testid={`title-text-${l}`}>
              <span className="muted">{t("crisis.title_in", { language: languageName(l) })}: </span>
              <strong>{text}</strong>
            </p>
          ))}
          {written.map(([l, text]) => (
            <p key={l} className="crisis-summary" lang={l} dir="auto" data-testid={`summary-text-${l}`}>
              <span className="muted">{languageName(l)}: </span>
              {text}
            </p>
          ))}
        </>
      ) : (
        <form onSubmit={save} className="form">
          <textarea
            dir="auto"
            aria-label={t("crisis.summary")}
            rows={5}
            value={draft}
            maxLength={20_000}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="summary-input"
          />
          {others.map((l) => (
            <label key={`title-${l}`} className="field">
              <span>{t("crisis.title_in", { language: languageName(l) })}</span>
              <input
                dir="auto"
                lang={l}
                value={titles[l] ?? ""}
                maxLength={300}
                onChange={(e) => setTitles({ ...titles, [l]: e.target.value })}
                data-testid={`title-input-${l}`}
              />
            </label>
          ))}
          {others.map((l) => (
            <label key={l} className="field">
              <span>{t("crisis.summary_in", { language: languageName(l) })}</span>
              <textarea
                dir="auto"
                lang={l}
                rows={3}
                value={drafts[l] ?? ""}
                maxLength={20_000}
                onChange={(e) => setDrafts({ ...drafts, [l]: e.target.value })}
                data-testid={`summary-input-${l}`}
              />
            </label>
          ))}
          {others.length ? <p className="muted">{t("crisis.summary_in_hint")}</p> : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" data-testid="summary-save">
              {t("common.save")}
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </Card>
  );
}
