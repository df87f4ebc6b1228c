import { useCallback } from "react";
import { useTOr } from "../../i18n/t.js";

/** A message kind (status_update, breach_notice…) in the interface language. */
export function useKindLabel() {
  const tOr = useTOr();
  return useCallback((kind: string) => tOr(`message.kind.${kind}`, kind.replaceAll("_", " ")), [tOr]);
}
