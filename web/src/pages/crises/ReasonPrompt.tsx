import { type FormEvent, useState } from "react";
import { api, errorMessage, isApiError } from "../../api.js";
import { useT } from "../../i18n/t.js";
import type { RoomPart } from "./types.js";

type Body = Record<string, unknown>;
interface Pending {
  body: Body;
  question: string;
}

/**
 * Changes that need a reason (declining a false alarm, removing personal data, lowering the severity
 * below the plan's rule) ask for it in the room; the reason goes to the timeline with the change.
 * When the server says a change needs one, the same form opens with its explanation.
 */
export function useReasonedPatch(path: string, act: RoomPart["act"]) {
  const [pending, setPending] = useState<Pending | null>(null);
  const send = (body: Body) =>
    act(async () => {
      try {
        return await api.patch(path, body);
      } catch (e) {
        if (isApiError(e) && e.field === "reason") {
          setPending({ body, question: errorMessage(e) });
          return null;
        }
        throw e;
      }
    });
  const ask = (body: Body, question: string) => setPending({ body, question });
  const prompt = pending ? (
    <ReasonForm
      question={pending.question}
      onCancel={() => setPending(null)}
      onSubmit={(reason) => {
        const body = { ...pending.body, reason };
        setPending(null);
        return send(body);
      }}
    />
  ) : null;
  return { send, ask, prompt };
}

function ReasonForm(props: {
  question: string;
  onCancel: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const t = useT();
  const [reason, setReason] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) void props.onSubmit(reason.trim());
  };
  return (
    <form className="notice reason-prompt" onSubmit={submit} data-testid="reason-prompt">
      <label>
        <span>{props.question}</span>
        <input
          className="input"
          value={reason}
          maxLength={2000}
          required
          onChange={(e) => setReason(e.target.value)}
          data-testid="reason-input"
        />
      </label>
      <button
        type="submit"
        className="button button-primary"
        disabled={!reason.trim()}
        data-testid="reason-submit"
      >
        {t("crisis.save_reason")}
      </button>
      <button type="button" className="button button-ghost" onClick={props.onCancel}>
        {t("common.cancel")}
      </button>
    </form>
  );
}
