import { useEffect, useRef } from "react";

const SHORTCUTS: [string, string][] = [
  ["j / ↓", "next case"],
  ["k / ↑", "previous case"],
  ["r", "write the reply"],
  ["Ctrl+Enter", "send the reply (in the composer)"],
  ["g", "give a remedy"],
  ["/", "filter the inbox"],
  ["Esc", "leave a field"],
  ["?", "show or hide this list"],
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
  return (
    <div
      className="cases-shortcuts notice"
      role="dialog"
      aria-label="Keyboard shortcuts"
      data-testid="cases-shortcuts"
    >
      <dl>
        {SHORTCUTS.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button-small" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
