import { useCallback } from "react";
import { fieldsOf, listOf, str, type TimelineEntry } from "../../components/event-text.js";
import { formatMoney } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT, useTOr } from "../../i18n/t.js";

/**
 * A case timeline entry in the reader's language, said from its fields. Notes are the team's own
 * words; an entry whose fields are missing (written by an older version) keeps its English text.
 */
export function useCaseEventText() {
  const t = useT();
  const tOr = useTOr();
  const { locale } = useLocale();
  return useCallback(
    (e: TimelineEntry): string => {
      const d = fieldsOf(e);
      const remedy = (k: unknown) => {
        const s = str(k);
        return s ? tOr(`remedy.${s}`, s.replaceAll("_", " ")) : undefined;
      };
      const money = (v: unknown, currency: unknown) =>
        typeof v === "number" && str(currency) ? formatMoney(v, currency as string) : undefined;
      const caseStatus = (v: unknown) => {
        const s = str(v);
        return s ? tOr(`case.status.${s}`, s) : undefined;
      };
      const said = ((): string | undefined => {
        switch (e.kind) {
          case "case.opened": {
            const priority = str(d["priority"]);
            const source = str(d["source"]);
            return priority && source ? t("case_timeline.opened", { priority, source }) : undefined;
          }
          case "crisis.linked": {
            if (!("crisis_title" in d)) return undefined;
            const title = str(d["crisis_title"]);
            return title ? t("case_timeline.crisis_linked", { title }) : t("case_timeline.crisis_unlinked");
          }
          case "escalated": {
            const reason = str(d["reason"]);
            const to = Array.isArray(d["to"]) ? (d["to"] as string[]) : null;
            const by = str(d["by"]);
            if (!reason || !to || !by) return undefined;
            const note = str(d["note"]);
            const why =
              reason === "overdue"
                ? t("case_timeline.why_overdue")
                : reason === "overdue_resolution"
                  ? t("case_timeline.why_overdue_resolution")
                  : reason === "high_reach"
                    ? t("case_timeline.why_high_reach", { reach: Number(d["reach"]) || 0 })
                    : reason === "manual"
                      ? note
                        ? t("case_timeline.why_manual_note", { who: by, note })
                        : t("case_timeline.why_manual", { who: by })
                      : t("case_timeline.why_priority", { priority: str(d["priority"]) ?? "" });
            return t("case_timeline.escalated", {
              to: to.length ? listOf(to, locale) : t("case_timeline.admins"),
              why,
            });
          }
          case "remedy.given": {
            const name = remedy(d["kind"]);
            if (!name) return undefined;
            const amount = d["amount"] ? money(d["amount"], d["currency"]) : undefined;
            const given = amount
              ? t("case_timeline.remedy_given_amount", { remedy: name, amount })
              : t("case_timeline.remedy_given", { remedy: name });
            const code = str(d["code"]);
            return code ? t("case_timeline.remedy_code", { given, code }) : given;
          }
          case "remedy.requested": {
            const name = remedy(d["kind"]);
            const amount = money(d["amount"], d["currency"]);
            const limit = money(d["limit"], d["currency"]);
            const role = str(d["approver_role"]);
            if (!name || !amount || !limit || !role) return undefined;
            return t("case_timeline.remedy_requested", { remedy: name, amount, limit, role });
          }
          case "remedy.rejected": {
            const name = remedy(d["kind"]);
            return name ? t("case_timeline.remedy_rejected", { remedy: name }) : undefined;
          }
          case "spreading": {
            if (typeof d["copies"] !== "number") return undefined;
            const from = str(d["from"]);
            const to = str(d["to"]);
            return from && to
              ? t("case_timeline.spreading_priority", { copies: d["copies"], from, to })
              : t("case_timeline.spreading", { copies: d["copies"] });
          }
          case "post.changed": {
            const status = str(d["status"]);
            if (status === "removed") return t("case_timeline.post_removed");
            if (status === "updated") {
              const tone = str(d["sentiment"]);
              return tone ? t("case_timeline.post_updated", { tone: tOr(`value.${tone}`, tone) }) : undefined;
            }
            return status ? t("case_timeline.post_unchanged") : undefined;
          }
          case "message.received": {
            const channel = str(d["channel"]);
            if (!channel || typeof d["reopened"] !== "boolean") return undefined;
            return d["reopened"]
              ? t("case_timeline.message_reopened", { channel })
              : t("case_timeline.message_received", { channel });
          }
          case "reply.sent": {
            const channel = str(d["channel"]);
            return channel ? t("case_timeline.reply_sent", { channel }) : undefined;
          }
          case "reply.copied":
            return t("case_timeline.reply_copied");
          case "reply.sent_by_hand": {
            const who = str(d["marked_by"]);
            return who ? t("case_timeline.reply_by_hand", { who }) : undefined;
          }
          case "follow_up.prepared":
            return t("case_timeline.follow_up");
          case "status.changed": {
            const from = caseStatus(d["from"]);
            const to = caseStatus(d["to"]);
            return from && to ? t("case_timeline.status_changed", { from, to }) : undefined;
          }
          case "priority.changed": {
            const from = str(d["from"]);
            const to = str(d["to"]);
            return from && to ? t("case_timeline.priority_changed", { from, to }) : undefined;
          }
          default:
            return undefined;
        }
      })();
      return said ?? e.text;
    },
    [t, tOr, locale],
  );
}
