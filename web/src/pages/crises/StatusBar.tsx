import { useState } from "react";
import { Badge } from "../../components/Badge.js";
import { useT } from "../../i18n/t.js";
import { useReasonedPatch } from "./ReasonPrompt.js";
import { ResolvePanel } from "./ResolvePanel.js";
import type { Crisis, RoomPart } from "./types.js";

const PRIMARY = new Set(["resolved", "acknowledged"]);

/**
 * Severity, status and the moves the lifecycle allows from here: forward (skipping steps is fine),
 * reopen after a resolve, or decline a false alarm with a reason.
 */
export function StatusBar({
  c,
  canAct,
  act,
  path,
  live,
  people,
}: RoomPart & {
  live: string;
  people: { name: string; tabs: number }[];
}) {
  const t = useT();
  const { send, ask, prompt } = useReasonedPatch(path, act);
  // Resolving first shows what goes out in public; the room decides.
  const [resolving, setResolving] = useState<"resolved" | "closed" | null>(null);
  const move = (s: Crisis["status"]) => {
    if (s === "declined") ask({ status: s }, t("crisis.decline_why"));
    else if (s === "resolved" || (s === "closed" && !c.resolved_at)) setResolving(s);
    else void send({ status: s });
  };
  const label = (s: Crisis["status"]) =>
    c.status === "resolved" && s === "mitigating" ? t("crisis.reopen") : t(`crisis.action.${s}`);
  return (
    <>
      <div className="crisis-statusbar" data-testid="crisis-statusbar">
        <Badge value={c.severity} />
        <span data-testid="crisis-status">
          <Badge value={c.status} />
        </span>
        {c.drill ? <Badge value="drill" tone="purple" /> : null}
        <span
          className={`live-dot live-${live}`}
          title={t("crisis.live_title", { state: live })}
          data-testid="live-state"
        >
          {live === "open" ? t("crisis.live") : live}
        </span>
        {people.length ? (
          <span className="muted room-people" data-testid="room-people">
            {t("crisis.in_room", {
              people: people.map((p) => (p.tabs > 1 ? `${p.name} (${p.tabs})` : p.name)).join(", "),
            })}
          </span>
        ) : null}
        {canAct
          ? c.next_statuses.map((s) => (
              <button
                key={s}
                type="button"
                className={PRIMARY.has(s) ? "button button-primary" : "button"}
                onClick={() => move(s)}
                data-testid={`status-${s}`}
              >
                {label(s)}
              </button>
            ))
          : null}
        {canAct ? (
          <select
            aria-label={t("crises.col_severity")}
            value={c.severity}
            onChange={(e) => void send({ severity: e.target.value })}
            data-testid="severity-select"
          >
            {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        ) : null}
      </div>
      {c.status === "declined" ? (
        <p className="notice" data-testid="declined-reason">
          {t("crisis.declined", { reason: c.declined_reason ?? "" })}
        </p>
      ) : null}
      {prompt}
      {resolving ? (
        <ResolvePanel status={resolving} path={path} act={act} onDone={() => setResolving(null)} />
      ) : null}
    </>
  );
}
