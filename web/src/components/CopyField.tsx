import { useRef, useState } from "react";
import { useT } from "../i18n/t.js";

/** A read-only value with a Copy button: secrets shown once, webhook URLs, feed addresses. */
export function CopyField({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const t = useT();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Clipboard API needs a secure context; selecting lets the user press Ctrl+C instead.
      input.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="copy-field">
      <input
        ref={input}
        className="input mono"
        readOnly
        value={value}
        aria-label={label}
        onFocus={(e) => e.currentTarget.select()}
        data-testid={testId}
      />
      <button
        type="button"
        className="button"
        onClick={() => void copy()}
        data-testid={testId ? `${testId}-copy` : undefined}
      >
        {copied ? t("common.copied") : t("common.copy")}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? t("common.copied_long") : ""}
      </span>
    </div>
  );
}
