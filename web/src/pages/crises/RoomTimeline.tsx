import { type FormEvent, useState } from "react";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { useCrisisEventText } from "./event-text.js";
import type { RoomPart } from "./types.js";

/** What happened, newest first: notes and decisions, with key events starred for the post-mortem. */
export function Timeline({ c, canAct, act, path }: RoomPart) {
  const t = useT();
  const say = useCrisisEventText();
  const [text, setText] = useState("");
  const [decision, setDecision] = useState(false);
  const [onlyKey, setOnlyKey] = useState(false);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    // A decision is what the post-mortem asks about first: it is a key event from the start.
    const body = decision ? { text, kind: "decision", key_event: true } : { text };
    void act(() => api.post(`${path}/events`, body)).then(() => {
      setText("");
      setDecision(false);
    });
  };
  const events = [...c.timeline].reverse().filter((e) => !onlyKey || e.key_event);
  return (
    <Card
      title={t("crisis.timeline")}
      data-testid="crisis-timeline"
      actions={
        <label className="muted">
          <input type="checkbox" checked={onlyKey} onChange={(e) => setOnlyKey(e.target.checked)} />{" "}
          {t("crisis.key_only")}
        </label>
      }
    >
      {canAct ? (
        <form className="inline-form" onSubmit={add}>
          <input
            aria-label={t("crisis.note")}
            placeholder={t("crisis.note_placeholder")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="note-text"
          />
          <label className="muted">
            <input
              type="checkbox"
              checked={decision}
              onChange={(e) => setDecision(e.target.checked)}
              data-testid="note-decision"
            />{" "}
            {t("crisis.decision")}
          </label>
          <button type="submit" className="button" data-testid="note-add">
            {t("crisis.add_note")}
          </button>
        </form>
      ) : null}
      <ol className="timeline">
        {events.map((e) => (
          <li
            key={e.id}
            className={e.key_event ? "timeline-key" : ""}
            data-testid="timeline-event"
            data-kind={e.kind}
          >
            <time dateTime={e.at}>{formatTime(e.at)}</time>
            <span className="timeline-text">
              {e.kind === "decision" ? <strong>{t("crisis.decision_prefix")} </strong> : null}
              {say(e)}
            </span>
            <span className="timeline-actor">{e.actor}</span>
            {canAct ? (
              <button
                type="button"
                className="button-ghost button-small"
                aria-pressed={e.key_event}
                title={e.key_event ? t("crisis.key_event") : t("crisis.mark_key")}
                onClick={() =>
                  void act(() => api.patch(`${path}/events/${e.id}`, { key_event: !e.key_event }))
                }
              >
                {e.key_event ? "★" : "☆"}
              </button>
            ) : e.key_event ? (
              "★"
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
