import { type ReactNode, useEffect, useState } from "react";

import { api } from "../../api.js";
import { T, useT } from "../../i18n/t.js";
import { useApiQuery } from "../../queries.js";
import type { RoomPart } from "./types.js";

interface Preview {
  incident: {
    incident_id: string;
    title: Record<string, string>;
    texts: Record<string, string>;
    components: string[];
    component_names?: string[];
  } | null;
}

/**
 * Before resolving: what goes out in public. With an open status incident the room sees the final
 * update in each language the incident used (editable) and the components that turn operational, then
 * resolves with it, or resolves and keeps the incident open on purpose.
 */
export function ResolvePanel({
  status,
  path,
  act,
  onDone,
}: {
  status: "resolved" | "closed";
  path: string;
  act: RoomPart["act"];
  onDone: () => void;
}) {
  const t = useT();
  const q = useApiQuery<Preview>(`${path}/resolve-preview`);
  const [texts, setTexts] = useState<Record<string, string>>({});
  useEffect(() => setTexts(q.data?.incident?.texts ?? {}), [q.data]);
  const resolve = (pub: "resolve" | "keep") =>
    void act(() =>
      api.patch(path, { status, public: pub, ...(pub === "resolve" ? { final_update: texts } : {}) }),
    ).then(onDone);
  if (q.isLoading) return <p className="muted">{t("crisis.resolve_checking")}</p>;
  const inc = q.data?.incident;
  return (
    <div className="notice resolve-panel" data-testid="resolve-panel">
      {inc ? (
        <>
          <p>
            {inc.components.length ? (
              <T
                id="crisis.resolve_open_named"
                values={{
                  components: (inc.component_names ?? inc.components).join(", "),
                  b: (s: ReactNode) => <strong>{s}</strong>,
                }}
              />
            ) : (
              t("crisis.resolve_open")
            )}
          </p>
          {Object.keys(texts).map((lang) => (
            <label key={lang} className="field">
              <span className="field-label">{lang}</span>
              <textarea
                className="input"
                dir="auto"
                rows={2}
                value={texts[lang]}
                onChange={(e) => setTexts((prev) => ({ ...prev, [lang]: e.target.value }))}
                data-testid={`final-update-${lang}`}
              />
            </label>
          ))}
          <button
            type="button"
            className="button button-primary"
            onClick={() => resolve("resolve")}
            data-testid="resolve-publish"
          >
            {t("crisis.resolve_publish")}
          </button>
          <button type="button" className="button" onClick={() => resolve("keep")} data-testid="resolve-keep">
            {t("crisis.resolve_keep")}
          </button>
        </>
      ) : (
        <>
          <p>{t("crisis.resolve_no_incident")}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => resolve("resolve")}
            data-testid="resolve-confirm"
          >
            {status === "closed" ? t("crisis.action.closed") : t("crisis.action.resolved")}
          </button>
        </>
      )}
      <button type="button" className="button button-ghost" onClick={onDone}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
