import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";
import { useT } from "../i18n/t.js";

export type ToastTone = "info" | "success" | "error";

export interface ToastInput {
  message: string;
  tone?: ToastTone;
  /** Milliseconds before it goes away; errors stay 8 s, others 4 s by default. */
  timeout?: number;
}

interface ToastItem extends Required<ToastInput> {
  id: number;
}

type ToastFn = (t: ToastInput | string) => void;

const ToastContext = createContext<ToastFn | null>(null);

/** Short notices in the corner, announced to screen readers. Wrap the app once. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setItems((xs) => xs.filter((x) => x.id !== id)), []);
  const toast = useCallback<ToastFn>(
    (input) => {
      const t = typeof input === "string" ? { message: input } : input;
      const tone = t.tone ?? "info";
      const item: ToastItem = {
        id: next.current++,
        message: t.message,
        tone,
        timeout: t.timeout ?? (tone === "error" ? 8000 : 4000),
      };
      setItems((xs) => [...xs.slice(-4), item]);
      setTimeout(() => dismiss(item.id), item.timeout);
    },
    [dismiss],
  );
  const value = useMemo(() => toast, [toast]);
  const dismissLabel = useT()("common.dismiss");
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" aria-live="polite" aria-atomic="false" data-testid="toasts">
        {items.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} role={t.tone === "error" ? "alert" : "status"}>
            <span>{t.message}</span>
            <button
              type="button"
              className="toast-close"
              aria-label={dismissLabel}
              onClick={() => dismiss(t.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** `const toast = useToast(); toast({ message: "Saved", tone: "success" })`. */
export function useToast(): ToastFn {
  const t = useContext(ToastContext);
  if (!t) throw new Error("useToast outside ToastProvider");
  return t;
}
