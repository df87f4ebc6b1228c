import { useState } from "react";
import { useToastAction } from "../action.js";
import { useT } from "../i18n/t.js";

export interface ConfirmButtonProps {
  /** What the first click says ("Remove"). */
  label: string;
  /** The question asked before doing it ("Remove this feed?"). */
  question: string;
  onConfirm: () => Promise<void>;
  testId?: string;
}

/** A destructive action in two clicks: the button, then "Confirm" beside a "Cancel". Failures toast. */
export function ConfirmButton({ label, question, onConfirm, testId }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const { busy, run } = useToastAction();
  if (!asking) {
    return (
      <button
        type="button"
        className="button button-small button-ghost"
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-inline">
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={busy}
        onClick={() => void run(async () => onConfirm().finally(() => setAsking(false)))}
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {t("common.confirm")}
      </button>
      <button type="button" className="button button-small button-ghost" onClick={() => setAsking(false)}>
        {t("common.cancel")}
      </button>
    </span>
  );
}
