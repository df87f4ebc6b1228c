import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { useToastAction } from "../../action.js";
import { api } from "../../api.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";

interface Suggestions {
  suggested_type: string;
  items: { id: string; title: string; type_name: string; severity: string; match: "type" | "topic" }[];
}

/**
 * Beside "Open a crisis" on an alert: the open crises it may belong to, so a second alert about the
 * same trouble joins the crisis already running instead of opening a twin.
 */
export function LinkToOpenCrisis({ alertId }: { alertId: string }) {
  const q = useApiQuery<Suggestions>(`/api/v1/alerts/${encodeURIComponent(alertId)}/crisis-suggestions`);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { busy, run } = useToastAction();
  const t = useT();
  const link = (crisisId: string) =>
    run(async () => {
      await api.post(`/api/v1/alerts/${encodeURIComponent(alertId)}/crisis`, { crisis_id: crisisId });
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/alerts") });
      navigate(`/crises/${crisisId}`);
    });
  return (
    <>
      {(q.data?.items ?? []).map((c) => (
        <button
          key={c.id}
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void link(c.id)}
          title={t(c.match === "type" ? "crisis.same_type" : "crisis.same_topic", {
            type: c.type_name,
            severity: c.severity,
          })}
          data-testid="alert-link-crisis"
        >
          {t("crisis.link_to", { title: c.title })}
        </button>
      ))}
    </>
  );
}
