import { useEffect, useState } from "react";
import { api } from "../../api.js";
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
  const q = useApiQuery<Preview>(`${path}/resolve-preview`);
  const [texts, setTexts] = useState<Record<string, string>>({});
  useEffect(() => setTexts(q.data?.incident?.texts ?? {}), [q.data]);
  const resolve = (pub: "resolve" | "keep") =>
    void act(() =>
      api.patch(path, { status, public: pub, ...(pub === "resolve" ? { final_update: texts } : {}) }),
    ).then(onDone);
  if (q.isLoading) return <p className="muted">Checking the status page…</p>;
  const inc = q.data?.incident;
  return (
    <div className="notice resolve-panel" data-testid="resolve-panel">
      {inc ? (
        <>
          <p>
            The status page still shows this crisis as open. Resolving posts this final update and turns{" "}
            {inc.components.length ? (
              <strong>{(inc.component_names ?? inc.components).join(", ")}</strong>
            ) : (
              "its components"
            )}{" "}
            operational:
          </p>
          {Object.keys(texts).map((lang) => (
            <label key={lang} className="field">
              <span className="field-label">{lang}</span>
              <textarea
                className="input"
                rows={2}
                value={texts[lang]}
                onChange={(e) => setTexts((t) => ({ ...t, [lang]: e.target.value }))}
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
            Resolve and post the final update
          </button>
          <button type="button" className="button" onClick={() => resolve("keep")} data-testid="resolve-keep">
            Resolve, keep the incident open
          </button>
        </>
      ) : (
        <>
          <p>No incident is open on the status page for this crisis.</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => resolve("resolve")}
            data-testid="resolve-confirm"
          >
            {status === "closed" ? "Close" : "Resolve"}
          </button>
        </>
      )}
      <button type="button" className="button button-ghost" onClick={onDone}>
        Cancel
      </button>
    </div>
  );
}
