import { useCallback } from "react";
import { useTOr } from "../../i18n/t.js";

/** An alert kind (negative_spike, monitor_down…) in the interface language. */
export function useAlertKind() {
  const tOr = useTOr();
  return useCallback((kind: string) => tOr(`alert.kind.${kind}`, kind.replaceAll("_", " ")), [tOr]);
}
