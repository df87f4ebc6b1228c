import { useCallback } from "react";
import type { Item } from "../../api/types.js";
import { useT, useTOr } from "../../i18n/t.js";

type Approval = Pick<Item<"getApprovals">, "kind" | "what" | "about" | "language">;

/**
 * What waits for approval, in a line in the reader's language: "Discount code for Ola Nowak", "Customer
 * e-mail (en): <its subject>". The API's `title` is the same line in English; its parts come apart so
 * the kind can be translated.
 */
export function useApprovalLine() {
  const t = useT();
  const tOr = useTOr();
  return useCallback(
    (a: Approval) => {
      if (a.kind === "remedy")
        return t("approvals.line_remedy", {
          what: tOr(`remedy.${a.what}`, a.what.replaceAll("_", " ")),
          who: a.about,
        });
      const kind = tOr(`message_kind.${a.what}`, a.what.replaceAll("_", " "));
      return t("approvals.line_message", {
        what: kind.charAt(0).toLocaleUpperCase() + kind.slice(1),
        language: a.language ?? "",
        subject: a.about,
      });
    },
    [t, tOr],
  );
}
