import { useEffect, useRef } from "react";
import { type MessageId, useT } from "../../i18n/t.js";

const SHORTCUTS: [string, MessageId][] = [
  ["j / ↓", "shortcut.next"],
  ["k / ↑", "shortcut.previous"],
  ["r", "shortcut.reply"],
  ["Ctrl+Enter", "shortcut.send"],
  ["g", "shortcut.remedy"],
  ["/", "shortcut.filter"],
  ["Esc", "shortcut.leave"],
  ["?", "shortcut.toggle"],
];

/** Single-key shortcuts for the page; ignored while typing, Escape leaves the field. */
export function useShortcuts(map: Record<string, () => void>) {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      const typing = !!t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
      if (typing) {
        if (e.key === "Escape") t?.blur();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const fn = ref.current[e.key];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

export function Shortcuts({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <div
      className="cases-shortcuts notice"
      role="dialog"
      aria-label={t("shortcut.title")}
      data-testid="cases-shortcuts"
    >
      <dl>
        {SHORTCUTS.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button-small" onClick={onClose}>
        {t("common.close")}
      </button>
    </div>
  );
}
