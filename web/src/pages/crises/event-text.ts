import { useCallback } from "react";
import { fieldsOf, listOf, num, str, type TimelineEntry } from "../../components/event-text.js";
import { formatMoney, formatNumber, formatTime } from "../../format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { type MessageId, useT, useTOr } from "../../i18n/t.js";
import { useAlertKind } from "../alerts/kind-label.js";
import { useLanguageName } from "../mentions/filters.js";
import { type Failure, useFailureText } from "../monitors/failure-text.js";

const TASK_KEYS: Record<string, MessageId> = {
  "task.added": "timeline.task_added",
  "task.done": "timeline.task_done",
  "task.skipped": "timeline.task_skipped",
  "task.open": "timeline.task_open",
  "task.updated": "timeline.task_updated",
};
const MONEY = new Set(["revenue_at_risk", "remedies_cost"]);
const IMPACT = [
  "orders_affected",
  "revenue_at_risk",
  "customers_affected",
  "remedies_given",
  "remedies_cost",
];

/**
 * A crisis timeline entry in the reader's language, said from its fields. Notes and decisions are the
 * team's own words; an entry whose fields are missing (written by an older version) keeps its text.
 * Names from the shop's plan (roles, crisis types, clocks, rules) stay in the plan's language.
 */
export function useCrisisEventText() {
  const t = useT();
  const tOr = useTOr();
  const { locale } = useLocale();
  const alertKind = useAlertKind();
  const languageName = useLanguageName();
  const failureText = useFailureText();
  return useCallback(
    (e: TimelineEntry): string => {
      const d = fieldsOf(e);
      const value = (v: unknown) => {
        const s = str(v);
        return s ? tOr(`value.${s}`, s.replaceAll("_", " ")) : undefined;
      };
      const said = ((): string | undefined => {
        switch (e.kind) {
          case "crisis.opened": {
            const title = str(d["title"]);
            const type = str(d["type_name"]);
            const severity = str(d["severity"]);
            if (!title || !type || !severity) return undefined;
            return t("timeline.crisis_opened", { drill: d["drill"] === true, title, type, severity });
          }
          case "task.added":
          case "task.done":
          case "task.skipped":
          case "task.open":
          case "task.updated": {
            const title = str(d["title"]);
            const key = TASK_KEYS[e.kind];
            return title && key ? t(key, { title }) : undefined;
          }
          case "link.removed":
            return t("timeline.link_removed");
          case "role.assigned":
          case "role.handover": {
            const role = str(d["role_name"]);
            const from = str(d["from_name"]);
            const to = str(d["to_name"]);
            if (!role) return undefined;
            if (from && to) return t("timeline.role_handover", { role, from, to });
            if (from) return t("timeline.role_stepped_down", { role, from });
            return to ? t("timeline.role_assigned", { role, to }) : undefined;
          }
          case "status.changed": {
            const from = value(d["from"]);
            const to = value(d["to"]);
            if (!from || !to) return undefined;
            const reason = str(d["reason"]);
            if (d["to"] === "declined")
              return t("timeline.status_declined", { from, to, reason: reason ?? "" });
            if (d["from"] === "resolved" && d["to"] === "mitigating")
              return reason
                ? t("timeline.status_reopened_why", { from, to, reason })
                : t("timeline.status_reopened", { from, to });
            const skipped = Array.isArray(d["skipped"]) ? d["skipped"].map((s) => value(s) ?? "") : [];
            return skipped.length
              ? t("timeline.status_skipped", { from, to, skipped: listOf(skipped, locale) })
              : t("timeline.status_changed", { from, to });
          }
          case "safety.override": {
            const reason = str(d["reason"]) ?? "";
            if (d["field"] === "personal_data") return t("timeline.safety_personal_data", { reason });
            const rule = str(d["rule_text"]);
            const raiseTo = str(d["raise_to"]);
            return rule && raiseTo
              ? t("timeline.safety_severity", { rule, raise_to: raiseTo, reason })
              : undefined;
          }
          case "severity.changed": {
            const from = str(d["from"]);
            const to = str(d["to"]);
            return from && to ? t("timeline.severity_changed", { from, to }) : undefined;
          }
          case "title.changed": {
            const to = str(d["to"]);
            return to ? t("timeline.title_changed", { title: to }) : undefined;
          }
          case "summary.changed":
            return t("timeline.summary_changed");
          case "personal_data.changed":
            if (typeof d["personal_data"] !== "boolean") return undefined;
            return d["personal_data"] ? t("timeline.personal_data_on") : t("timeline.personal_data_off");
          case "aware_at.changed": {
            const at = str(d["aware_at"]);
            return at ? t("timeline.aware_since", { time: formatTime(at) }) : undefined;
          }
          case "authority.notified":
            if (!("notified_at" in d)) return undefined;
            return d["notified_at"] ? t("timeline.authority_notified") : t("timeline.authority_withdrawn");
          case "drill.scored": {
            const score = num(d["score"]);
            const tasks = d["tasks"] as { on_time?: number; total?: number } | undefined;
            return score
              ? t("timeline.drill_scored", {
                  score,
                  on_time: formatNumber(tasks?.on_time ?? 0),
                  total: formatNumber(tasks?.total ?? 0),
                })
              : undefined;
          }
          case "public.kept_open": {
            const names = Array.isArray(d["component_names"]) ? (d["component_names"] as string[]) : null;
            if (!names || typeof d["declined"] !== "boolean") return undefined;
            const components = names.length ? listOf(names, locale) : t("timeline.no_components");
            return d["declined"]
              ? t("timeline.kept_open_declined", { components })
              : t("timeline.kept_open_resolved", { components });
          }
          case "public_word":
            if (typeof d["first"] !== "boolean") return undefined;
            return str(d["text"]) ?? (d["first"] ? t("timeline.public_first") : t("timeline.public_update"));
          case "drill.replay": {
            const topic = str(d["topic"]);
            if (typeof d["mentions"] !== "number" || typeof d["alerts"] !== "number" || !topic)
              return undefined;
            return t("timeline.drill_replay", {
              mentions: d["mentions"],
              alerts: d["alerts"],
              topic: tOr(`topic.${topic}`, topic),
            });
          }
          case "drill.alert": {
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
          }
          case "team.paged": {
            const paged = d["paged"] as { role_name?: string; name?: string }[] | undefined;
            const unreachable = d["unreachable"] as string[] | undefined;
            if (!Array.isArray(paged) || !Array.isArray(unreachable)) return undefined;
            if (paged.some((p) => !p.role_name || !p.name)) return undefined;
            const who = listOf(
              paged.map((p) => `${p.role_name} (${p.name})`),
              locale,
            );
            const roles = listOf(unreachable, locale);
            if (paged.length && unreachable.length)
              return t("timeline.team_paged_unreachable", { who, roles });
            if (paged.length) return t("timeline.team_paged", { who });
            return unreachable.length ? t("timeline.team_unreachable", { roles }) : undefined;
          }
          case "impact.updated": {
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
          }
          case "escalation.triggered": {
            const rule = str(d["rule_text"]);
            const from = str(d["from"]);
            return rule && from ? t("timeline.escalation", { rule, severity: from }) : undefined;
          }
          case "clock.overdue": {
            const label = str(d["label"]);
            const due = str(d["due_at"]);
            if (!label || !due || typeof d["warning"] !== "boolean") return undefined;
            const time = formatTime(due);
            return d["warning"]
              ? t("timeline.gdpr_warning", { time })
              : t("timeline.clock_overdue", {
                  label,
                  minutes: num(d["target_minutes"]) ?? "",
                  time,
                });
          }
          case "comms.reminder": {
            const due = str(d["due_at"]);
            if (!due) return undefined;
            const time = formatTime(due);
            return d["clock"] === "first_public_word"
              ? t("timeline.reminder_first", { time })
              : t("timeline.reminder_next", { time });
          }
          case "monitor_down": {
            const monitor = str(d["monitor"]);
            if (!monitor) return undefined;
            const fallback = str(d["fallback"]);
            const why = d["why"] as Failure | null | undefined;
            const down = t("timeline.monitor_down", {
              monitor,
              reason: why ? failureText(why) : (str(d["reason"]) ?? t("timeline.check_failed")),
            });
            return fallback ? `${down}\n${t("timeline.fallback", { fallback })}` : down;
          }
          case "monitor_up": {
            const monitor = str(d["monitor"]);
            return monitor ? t("timeline.monitor_up", { monitor }) : undefined;
          }
          case "message.sent": {
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
          }
          case "status.published": {
            const body = d["body"] as Record<string, string> | undefined;
            if (!body || typeof body !== "object") return undefined;
            const text = body[locale] ?? body["en"] ?? Object.values(body)[0];
            return text ? t("timeline.status_published", { text }) : undefined;
          }
          default:
            if (e.kind.startsWith("link.")) {
              const kind = value(d["kind"]);
              if (!kind) return undefined;
              const note = str(d["note"]);
              return note
                ? t("timeline.link_added_note", { kind, note })
                : t("timeline.link_added", { kind });
            }
            return undefined;
        }
      })();
      return said ?? e.text;
    },
    [t, tOr, locale, alertKind, languageName, failureText],
  );
}
