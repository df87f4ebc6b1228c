import { useCallback } from "react";
import { type Fields, fieldsOf, listOf, str, type TimelineEntry } from "../../components/event-text.js";
import { formatMoney } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT, useTOr } from "../../i18n/t.js";

interface Tools {
  t: ReturnType<typeof useT>;
  tOr: ReturnType<typeof useTOr>;
  locale: string;
}
/** One kind of entry said from its fields; undefined when they are missing (the stored text shows). */
type Say = (d: Fields, x: Tools) => string | undefined;

const remedyName = (k: unknown, { tOr }: Tools) => {
  const s = str(k);
  return s ? tOr(`remedy.${s}`, s.replaceAll("_", " ")) : undefined;
};
const money = (v: unknown, currency: unknown) =>
  typeof v === "number" && str(currency) ? formatMoney(v, currency as string) : undefined;

/** Why a case was escalated, from the reason's code. */
const why = (d: Fields, { t }: Tools, by: string): string => {
  const note = str(d["note"]);
  switch (d["reason"]) {
    case "overdue":
      return t("case_timeline.why_overdue");
    case "overdue_resolution":
      return t("case_timeline.why_overdue_resolution");
    case "high_reach":
      return t("case_timeline.why_high_reach", { reach: Number(d["reach"]) || 0 });
    case "manual":
      return note
        ? t("case_timeline.why_manual_note", { who: by, note })
        : t("case_timeline.why_manual", { who: by });
    default:
      return t("case_timeline.why_priority", { priority: str(d["priority"]) ?? "" });
  }
};

/** The case itself: opened, linked, escalated, its status and priority, the post it came from. */
const CASE: Record<string, Say> = {
  "case.opened": (d, { t }) => {
    const priority = str(d["priority"]);
    const source = str(d["source"]);
    return priority && source ? t("case_timeline.opened", { priority, source }) : undefined;
  },
  "crisis.linked": (d, { t }) => {
    if (!("crisis_title" in d)) return undefined;
    const title = str(d["crisis_title"]);
    return title ? t("case_timeline.crisis_linked", { title }) : t("case_timeline.crisis_unlinked");
  },
  escalated: (d, x) => {
    const to = Array.isArray(d["to"]) ? (d["to"] as string[]) : null;
    const by = str(d["by"]);
    if (!str(d["reason"]) || !to || !by) return undefined;
    return x.t("case_timeline.escalated", {
      to: to.length ? listOf(to, x.locale) : x.t("case_timeline.admins"),
      why: why(d, x, by),
    });
  },
  "status.changed": (d, { t, tOr }) => {
    const from = str(d["from"]);
    const to = str(d["to"]);
    if (!from || !to) return undefined;
    return t("case_timeline.status_changed", {
      from: tOr(`case.status.${from}`, from),
      to: tOr(`case.status.${to}`, to),
    });
  },
  "priority.changed": (d, { t }) => {
    const from = str(d["from"]);
    const to = str(d["to"]);
    return from && to ? t("case_timeline.priority_changed", { from, to }) : undefined;
  },
  "language.changed": (d, { t }) => {
    const from = str(d["from"])?.toUpperCase();
    const to = str(d["to"])?.toUpperCase();
    return from && to ? t("case_timeline.language_changed", { from, to }) : undefined;
  },
  spreading: (d, { t }) => {
    if (typeof d["copies"] !== "number") return undefined;
    const from = str(d["from"]);
    const to = str(d["to"]);
    return from && to
      ? t("case_timeline.spreading_priority", { copies: d["copies"], from, to })
      : t("case_timeline.spreading", { copies: d["copies"] });
  },
  "post.changed": (d, { t, tOr }) => {
    const status = str(d["status"]);
    if (status === "removed") return t("case_timeline.post_removed");
    if (status !== "updated") return status ? t("case_timeline.post_unchanged") : undefined;
    const tone = str(d["sentiment"]);
    return tone ? t("case_timeline.post_updated", { tone: tOr(`value.${tone}`, tone) }) : undefined;
  },
};

/** What was said to the customer and what they got. */
const ANSWER: Record<string, Say> = {
  "remedy.given": (d, x) => {
    const name = remedyName(d["kind"], x);
    if (!name) return undefined;
    const amount = d["amount"] ? money(d["amount"], d["currency"]) : undefined;
    const given = amount
      ? x.t("case_timeline.remedy_given_amount", { remedy: name, amount })
      : x.t("case_timeline.remedy_given", { remedy: name });
    const code = str(d["code"]);
    return code ? x.t("case_timeline.remedy_code", { given, code }) : given;
  },
  "remedy.requested": (d, x) => {
    const name = remedyName(d["kind"], x);
    const amount = money(d["amount"], d["currency"]);
    const limit = money(d["limit"], d["currency"]);
    const role = str(d["approver_role"]);
    if (!name || !amount || !limit || !role) return undefined;
    return x.t("case_timeline.remedy_requested", { remedy: name, amount, limit, role });
  },
  "remedy.rejected": (d, x) => {
    const name = remedyName(d["kind"], x);
    return name ? x.t("case_timeline.remedy_rejected", { remedy: name }) : undefined;
  },
  "message.received": (d, { t }) => {
    const channel = str(d["channel"]);
    if (!channel || typeof d["reopened"] !== "boolean") return undefined;
    return d["reopened"]
      ? t("case_timeline.message_reopened", { channel })
      : t("case_timeline.message_received", { channel });
  },
  "reply.sent": (d, { t }) => {
    const channel = str(d["channel"]);
    return channel ? t("case_timeline.reply_sent", { channel }) : undefined;
  },
  "reply.copied": (_d, { t }) => t("case_timeline.reply_copied"),
  "reply.sent_by_hand": (d, { t }) => {
    const who = str(d["marked_by"]);
    return who ? t("case_timeline.reply_by_hand", { who }) : undefined;
  },
  "follow_up.prepared": (_d, { t }) => t("case_timeline.follow_up"),
};

const SAY: Record<string, Say> = { ...CASE, ...ANSWER };

/**
 * A case timeline entry in the reader's language, said from its fields. Notes are the team's own
 * words; an entry whose fields are missing (written by an older version) keeps its English text.
 */
export function useCaseEventText() {
  const t = useT();
  const tOr = useTOr();
  const { locale } = useLocale();
  return useCallback(
    (e: TimelineEntry): string => SAY[e.kind]?.(fieldsOf(e), { t, tOr, locale }) ?? e.text,
    [t, tOr, locale],
  );
}
