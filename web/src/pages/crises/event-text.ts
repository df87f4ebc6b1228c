import { useCallback, useMemo } from "react";
import { isolate } from "../../bidi.js";
import { type Fields, fieldsOf, listOf, num, str, type TimelineEntry } from "../../components/event-text.js";
import { formatMoney, formatNumber, formatTime } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import { useAlertKind } from "../alerts/kind-label.js";
import { useLanguageName } from "../mentions/filters.js";
import { type Failure, useFailureText } from "../monitors/failure-text.js";

/** What saying an entry needs: the catalogue, the reader's locale and the labels of other parts. */
interface Tools {
  t: ReturnType<typeof useT>;
  tOr: ReturnType<typeof useTOr>;
  locale: string;
  /** A status or other word through `value.*`. */
  value: (v: unknown) => string | undefined;
  alertKind: (kind: string) => string;
  languageName: (code: string) => string;
  failureText: (f: Failure) => string;
}
/** One kind of entry said from its fields; undefined when they are missing (the stored text shows). */
type Say = (d: Fields, x: Tools) => string | undefined;

const MONEY = new Set(["revenue_at_risk", "remedies_cost"]);
const IMPACT = [
  "orders_affected",
  "revenue_at_risk",
  "customers_affected",
  "remedies_given",
  "remedies_cost",
];

const task =
  (key: MessageId): Say =>
  (d, { t }) => {
    const title = str(d["title"]);
    return title ? t(key, { title }) : undefined;
  };

const role: Say = (d, { t }) => {
  const name = str(d["role_name"]);
  const from = str(d["from_name"]);
  const to = str(d["to_name"]);
  if (!name) return undefined;
  if (from && to) return t("timeline.role_handover", { role: name, from, to });
  if (from) return t("timeline.role_stepped_down", { role: name, from });
  return to ? t("timeline.role_assigned", { role: name, to }) : undefined;
};

const statusChanged: Say = (d, { t, value, locale }) => {
  const from = value(d["from"]);
  const to = value(d["to"]);
  if (!from || !to) return undefined;
  const reason = str(d["reason"]);
  if (d["to"] === "declined") return t("timeline.status_declined", { from, to, reason: reason ?? "" });
  if (d["from"] === "resolved" && d["to"] === "mitigating")
    return reason
      ? t("timeline.status_reopened_why", { from, to, reason })
      : t("timeline.status_reopened", { from, to });
  const skipped = Array.isArray(d["skipped"]) ? d["skipped"].map((s) => value(s) ?? "") : [];
  return skipped.length
    ? t("timeline.status_skipped", { from, to, skipped: listOf(skipped, locale) })
    : t("timeline.status_changed", { from, to });
};

/** Status, severity, title and the record's other fields. */
const RECORD: Record<string, Say> = {
  "crisis.opened": (d, { t }) => {
    const title = str(d["title"]);
    const type = str(d["type_name"]);
    const severity = str(d["severity"]);
    if (!title || !type || !severity) return undefined;
    return t("timeline.crisis_opened", { drill: d["drill"] === true, title, type, severity });
  },
  "status.changed": statusChanged,
  "safety.override": (d, { t }) => {
    const reason = str(d["reason"]) ?? "";
    if (d["field"] === "personal_data") return t("timeline.safety_personal_data", { reason });
    const rule = str(d["rule_text"]);
    const raiseTo = str(d["raise_to"]);
    return rule && raiseTo ? t("timeline.safety_severity", { rule, raise_to: raiseTo, reason }) : undefined;
  },
  "severity.changed": (d, { t }) => {
    const from = str(d["from"]);
    const to = str(d["to"]);
    return from && to ? t("timeline.severity_changed", { from, to }) : undefined;
  },
  "title.changed": (d, { t }) => {
    const to = str(d["to"]);
    return to ? t("timeline.title_changed", { title: to }) : undefined;
  },
  "summary.changed": (_d, { t }) => t("timeline.summary_changed"),
  "personal_data.changed": (d, { t }) => {
    if (typeof d["personal_data"] !== "boolean") return undefined;
    return d["personal_data"] ? t("timeline.personal_data_on") : t("timeline.personal_data_off");
  },
  "aware_at.changed": (d, { t }) => {
    const at = str(d["aware_at"]);
    return at ? t("timeline.aware_since", { time: formatTime(at) }) : undefined;
  },
  "authority.notified": (d, { t }) => {
    if (!("notified_at" in d)) return undefined;
    return d["notified_at"] ? t("timeline.authority_notified") : t("timeline.authority_withdrawn");
  },
  "impact.updated": (d, { t, tOr }) => {
    const currency = str(d["currency"]);
    if (!currency) return undefined;
    const add = d["mode"] === "add";
    const parts = IMPACT.flatMap((k) => {
      const v = d[k];
      if (typeof v !== "number") return [];
      const shown = MONEY.has(k) ? formatMoney(v, currency) : formatNumber(v);
      return [`${tOr(`metric.${k}`, k.replaceAll("_", " "))} ${add && v >= 0 ? "+" : ""}${shown}`];
    });
    return parts.length ? t("timeline.impact", { parts: parts.join(", ") }) : undefined;
  },
  "escalation.triggered": (d, { t }) => {
    const rule = str(d["rule_text"]);
    const from = str(d["from"]);
    return rule && from ? t("timeline.escalation", { rule, severity: from }) : undefined;
  },
};

/** The team's work: tasks, roles, links, paging, clocks. */
const WORK: Record<string, Say> = {
  "task.added": task("timeline.task_added"),
  "task.done": task("timeline.task_done"),
  "task.skipped": task("timeline.task_skipped"),
  "task.open": task("timeline.task_open"),
  "task.updated": task("timeline.task_updated"),
  "role.assigned": role,
  "role.handover": role,
  "link.removed": (_d, { t }) => t("timeline.link_removed"),
  "team.paged": (d, { t, locale }) => {
    const paged = d["paged"] as { role_name?: string; name?: string }[] | undefined;
    const unreachable = d["unreachable"] as string[] | undefined;
    if (!Array.isArray(paged) || !Array.isArray(unreachable)) return undefined;
    if (paged.some((p) => !p.role_name || !p.name)) return undefined;
    const who = listOf(
      paged.map((p) => `${isolate(p.role_name ?? "")} (${isolate(p.name ?? "")})`),
      locale,
    );
    const roles = listOf(unreachable, locale);
    if (paged.length && unreachable.length) return t("timeline.team_paged_unreachable", { who, roles });
    if (paged.length) return t("timeline.team_paged", { who });
    return unreachable.length ? t("timeline.team_unreachable", { roles }) : undefined;
  },
  "clock.overdue": (d, { t }) => {
    const label = str(d["label"]);
    const due = str(d["due_at"]);
    if (!label || !due || typeof d["warning"] !== "boolean") return undefined;
    const time = formatTime(due);
    return d["warning"]
      ? t("timeline.gdpr_warning", { time })
      : t("timeline.clock_overdue", { label, minutes: num(d["target_minutes"]) ?? "", time });
  },
  "drill.scored": (d, { t }) => {
    const score = num(d["score"]);
    const tasks = d["tasks"] as { on_time?: number; total?: number } | undefined;
    if (!score) return undefined;
    const onTime = formatNumber(tasks?.on_time ?? 0);
    return t("timeline.drill_scored", { score, on_time: onTime, total: formatNumber(tasks?.total ?? 0) });
  },
  "drill.replay": (d, { t, tOr }) => {
    const topic = str(d["topic"]);
    if (typeof d["mentions"] !== "number" || typeof d["alerts"] !== "number" || !topic) return undefined;
    return t("timeline.drill_replay", {
      mentions: d["mentions"],
      alerts: d["alerts"],
      topic: tOr(`topic.${topic}`, topic),
    });
  },
  "drill.alert": (d, { t, tOr, alertKind }) => {
    const kind = str(d["kind"]);
    const observed = num(d["observed"]);
    if (!kind || !observed || typeof d["expected"] !== "number") return undefined;
    const topic = str(d["topic"]);
    const values = {
      kind: alertKind(kind),
      observed,
      expected: formatNumber(d["expected"], { maximumFractionDigits: 1 }),
    };
    return topic
      ? t("timeline.drill_alert_topic", { ...values, topic: tOr(`topic.${topic}`, topic) })
      : t("timeline.drill_alert", values);
  },
};

/** What the public and the customers were told, and what the monitors saw. */
const OUTSIDE: Record<string, Say> = {
  "public.kept_open": (d, { t, locale }) => {
    const names = Array.isArray(d["component_names"]) ? (d["component_names"] as string[]) : null;
    if (!names || typeof d["declined"] !== "boolean") return undefined;
    // "no components" is its own phrase: put in the sentence's place of names it read "(no components not
    // operational there)".
    const said = { components: listOf(names.map(isolate), locale), none: names.length ? "false" : "true" };
    return d["declined"] ? t("timeline.kept_open_declined", said) : t("timeline.kept_open_resolved", said);
  },
  public_word: (d, { t }) => {
    if (typeof d["first"] !== "boolean") return undefined;
    return str(d["text"]) ?? (d["first"] ? t("timeline.public_first") : t("timeline.public_update"));
  },
  "comms.reminder": (d, { t }) => {
    const due = str(d["due_at"]);
    if (!due) return undefined;
    const time = formatTime(due);
    return d["clock"] === "first_public_word"
      ? t("timeline.reminder_first", { time })
      : t("timeline.reminder_next", { time });
  },
  "message.sent": (d, { t, tOr, languageName }) => {
    const kind = str(d["kind"]);
    const channel = str(d["channel"]);
    const language = str(d["language"]);
    const subject = str(d["subject"]);
    if (!kind || !channel || !language || subject === undefined) return undefined;
    return t("timeline.message_sent", {
      kind: tOr(`message_kind.${kind}`, kind.replaceAll("_", " ")),
      channel: tOr(`message.channel.${channel}`, channel.replaceAll("_", " ")),
      language: languageName(language),
      subject,
    });
  },
  "status.published": (d, { t, locale }) => {
    const body = d["body"] as Record<string, string> | undefined;
    if (!body || typeof body !== "object") return undefined;
    const text = body[locale] ?? body["en"] ?? Object.values(body)[0];
    return text ? t("timeline.status_published", { text }) : undefined;
  },
  monitor_down: (d, { t, failureText }) => {
    const monitor = str(d["monitor"]);
    if (!monitor) return undefined;
    const why = d["why"] as Failure | null | undefined;
    const reason = why ? failureText(why) : (str(d["reason"]) ?? t("timeline.check_failed"));
    const down = t("timeline.monitor_down", { monitor, reason });
    const fallback = str(d["fallback"]);
    return fallback ? `${down}\n${t("timeline.fallback", { fallback })}` : down;
  },
  monitor_up: (d, { t }) => {
    const monitor = str(d["monitor"]);
    return monitor ? t("timeline.monitor_up", { monitor }) : undefined;
  },
};

const SAY: Record<string, Say> = { ...RECORD, ...WORK, ...OUTSIDE };

/** `link.alert`, `link.case`…: what was linked, by its note (a title), never by its id. */
const linked: Say = (d, { t, value }) => {
  const kind = value(d["kind"]);
  if (!kind) return undefined;
  const note = str(d["note"]);
  return note ? t("timeline.link_added_note", { kind, note }) : t("timeline.link_added", { kind });
};

/**
 * A crisis timeline entry in the reader's language, said from its fields. Notes and decisions are the
 * team's own words; an entry whose fields the dashboard cannot say reads as the server said it in the
 * reader's language (`sentence`, the post-mortem's renderer), else its stored English text.
 * Names from the shop's plan (roles, crisis types, clocks, rules) stay in the plan's language.
 */
export function useCrisisEventText() {
  const t = useT();
  const tOr = useTOr();
  const { locale } = useLocale();
  const alertKind = useAlertKind();
  const languageName = useLanguageName();
  const failureText = useFailureText();
  const tools = useMemo<Tools>(() => {
    const value = (v: unknown) => {
      const s = str(v);
      return s ? tOr(`value.${s}`, s.replaceAll("_", " ")) : undefined;
    };
    return { t, tOr, locale, value, alertKind, languageName, failureText };
  }, [t, tOr, locale, alertKind, languageName, failureText]);
  return useCallback(
    (e: TimelineEntry): string => {
      const say = SAY[e.kind] ?? (e.kind.startsWith("link.") ? linked : undefined);
      // Then the server's sentence in the reader's language, and only then the stored English.
      return say?.(fieldsOf(e), tools) ?? e.sentence ?? e.text;
    },
    [tools],
  );
}
