import { formatMoney } from "../core/money.js";
import { formatForCustomer, localeOf } from "../core/zoned-time.js";
import { IMPACT_KEYS } from "../crises/schema.js";
import type { Lang } from "../plan/default-plan/index.js";
import { LABELS as PLAN_LABELS } from "../plan/export/labels.js";
import { labelsFor } from "./labels.js";
import { de } from "./timeline-words/de.js";
import { en } from "./timeline-words/en.js";
import { es } from "./timeline-words/es.js";
import { fr } from "./timeline-words/fr.js";
import { it } from "./timeline-words/it.js";
import { pl } from "./timeline-words/pl.js";
import type { TimelineWords } from "./timeline-words/types.js";

const WORDS: Record<Lang, TimelineWords> = { en, pl, it, fr, de, es };
export const timelineWordsFor = (lang: Lang): TimelineWords => WORDS[lang];

/** What a sentence needs besides the event: the document's language and zone, and the plan's names in it. */
export interface TimelineContext {
  lang: Lang;
  timeZone: string;
  typeName(id: string): string | null;
  roleName(id: string): string | null;
}

type Data = Record<string, unknown>;
const val = (d: Data, k: string): unknown => d[k];
const bool = (d: Data, k: string) => (typeof d[k] === "boolean" ? (d[k] as boolean) : null);
const str = (d: Data, k: string) => (typeof d[k] === "string" ? (d[k] as string) : null);
const num = (d: Data, k: string) => (typeof d[k] === "number" ? (d[k] as number) : null);
const strs = (d: Data, k: string) =>
  Array.isArray(d[k]) && (d[k] as unknown[]).every((x) => typeof x === "string") ? (d[k] as string[]) : null;
const keyOf = <T extends object>(o: T, k: string | null): k is keyof T & string => k !== null && k in o;

type Render = (d: Data, w: TimelineWords, x: TimelineContext) => string | null;

const status = (w: TimelineWords, s: string | null) => (keyOf(w.status, s) ? w.status[s] : s);

function statusChanged(d: Data, w: TimelineWords): string | null {
  const from = str(d, "from");
  const to = str(d, "to");
  if (!from || !to) return null;
  const reason = str(d, "reason");
  if (to === "declined") return reason ? w.declined(status(w, from) ?? from, reason) : null;
  if (from === "resolved" && to === "mitigating") return w.reopened(reason);
  const skipped = strs(d, "skipped");
  return w.statusChanged(
    status(w, from) ?? from,
    status(w, to) ?? to,
    skipped?.length ? skipped.map((s) => status(w, s)).join(", ") : null,
  );
}

function impact(d: Data, w: TimelineWords, x: TimelineContext): string | null {
  const l = labelsFor(x.lang);
  const add = val(d, "mode") === "add";
  const currency = str(d, "currency") ?? "EUR";
  const parts = IMPACT_KEYS.flatMap((k) => {
    const v = num(d, k);
    if (v === null) return [];
    const shown =
      k === "revenue_at_risk" || k === "remedies_cost" ? formatMoney(v, currency, x.lang) : String(v);
    return [`${l[k]} ${add && v >= 0 ? "+" : ""}${shown}`];
  });
  return parts.length ? w.impact(parts.join(", ")) : null;
}

/** Two clauses of one entry ("Paged: …; no contact …"): French sets the narrow no-break space before ";". */
export const clauseBreak = (lang: string) => (lang === "fr" ? "\u202f; " : "; ");

function paged(d: Data, w: TimelineWords, x: TimelineContext): string | null {
  const list = (xs: string[]) => new Intl.ListFormat(x.lang, { type: "conjunction" }).format(xs);
  const people = Array.isArray(val(d, "paged")) ? (val(d, "paged") as Data[]) : null;
  const ids = strs(d, "unreachable_roles");
  const unreachable = ids ? ids.map((id) => x.roleName(id) ?? id) : strs(d, "unreachable");
  if (!people || !unreachable) return null;
  const called = list(
    people.map((p) => {
      const role = (str(p, "role") && x.roleName(str(p, "role") as string)) ?? str(p, "role_name") ?? "";
      return `${role} (${str(p, "name") ?? ""})`;
    }),
  );
  return [called ? w.paged(called) : "", unreachable.length ? w.noContact(list(unreachable), !called) : ""]
    .filter(Boolean)
    .join(clauseBreak(x.lang));
}

/** Each kind's sentence from its stored parameters; null when a row lacks them (its English text stays). */
const KINDS: Record<string, Render> = {
  "crisis.opened": (d, w, x) => {
    const title = str(d, "title");
    const sev = str(d, "severity");
    const type = str(d, "type");
    if (!title || !sev) return null;
    return w.opened(
      val(d, "drill") === true,
      title,
      (type && x.typeName(type)) ?? str(d, "type_name") ?? "",
      sev,
    );
  },
  "status.changed": (d, w) => statusChanged(d, w),
  "severity.changed": (d, w) =>
    str(d, "from") && str(d, "to") ? w.severity(str(d, "from") ?? "", str(d, "to") ?? "") : null,
  "title.changed": (d, w) => (str(d, "to") ? w.title(str(d, "to") ?? "") : null),
  "summary.changed": (_d, w) => w.summary,
  "personal_data.changed": (d, w) =>
    bool(d, "personal_data") !== null ? w.personalData(bool(d, "personal_data") === true) : null,
  "aware_at.changed": (d, w, x) => {
    const at = str(d, "aware_at");
    return at ? w.awareSince(formatForCustomer(at, { timeZone: x.timeZone, language: x.lang })) : null;
  },
  "authority.notified": (d, w) => ("notified_at" in d ? w.authority(val(d, "notified_at") !== null) : null),
  "safety.override": (d, w) => {
    const reason = str(d, "reason");
    if (!reason) return null;
    if (val(d, "field") === "personal_data") return w.dataRemoved(reason);
    const rule = str(d, "rule_text");
    const raise = str(d, "raise_to");
    return rule && raise ? w.lowered(rule, raise, reason) : null;
  },
  "escalation.triggered": (d, w) =>
    str(d, "rule_text") && str(d, "from")
      ? w.escalation(str(d, "rule_text") ?? "", str(d, "from") ?? "")
      : null,
  // A line someone wrote by hand (markPublicWord's text) is theirs; only the default words are ours.
  public_word: (d, w) =>
    bool(d, "first") !== null && !("text" in d) ? w.publicWord(bool(d, "first") === true) : null,
  "status.published": (d, w, x) => {
    const body =
      val(d, "body") && typeof val(d, "body") === "object"
        ? (val(d, "body") as Record<string, unknown>)
        : null;
    const text =
      body && [body[x.lang], val(body, "en"), ...Object.values(body)].find((t) => typeof t === "string");
    return typeof text === "string" ? w.statusPage(text) : null;
  },
  "message.sent": (d, w, x) => {
    const kind = str(d, "kind");
    const channel = str(d, "channel");
    const subject = str(d, "subject");
    if (!kind || !channel || subject === null) return null;
    const kinds = PLAN_LABELS[x.lang].messageKinds;
    const kindName = keyOf(kinds, kind) ? kinds[kind] : kind.replaceAll("_", " ");
    const channelName = keyOf(w.channel, channel) ? w.channel[channel] : channel;
    return w.sent(kindName, channelName, str(d, "language") ?? "", subject);
  },
  "role.assigned": (d, w, x) => {
    const role = (str(d, "role") && x.roleName(str(d, "role") as string)) ?? str(d, "role_name");
    const to = str(d, "to_name");
    return role && to ? w.role(role, to) : null;
  },
  "role.handover": (d, w, x) => {
    const role = (str(d, "role") && x.roleName(str(d, "role") as string)) ?? str(d, "role_name");
    const from = str(d, "from_name");
    const to = str(d, "to_name");
    if (!role || !from) return null;
    return to ? w.handover(role, from, to) : w.steppedDown(role, from);
  },
  "task.added": (d, w) => (str(d, "title") ? w.task.added(str(d, "title") ?? "") : null),
  "task.done": (d, w) => (str(d, "title") ? w.task.done(str(d, "title") ?? "") : null),
  "task.skipped": (d, w) => (str(d, "title") ? w.task.skipped(str(d, "title") ?? "") : null),
  "task.open": (d, w) => (str(d, "title") ? w.task.open(str(d, "title") ?? "") : null),
  "task.updated": (d, w) => (str(d, "title") ? w.task.updated(str(d, "title") ?? "") : null),
  "link.removed": (_d, w) => w.unlinked,
  "impact.updated": impact,
  "team.paged": paged,
  "public.kept_open": (d, w) => {
    const names = strs(d, "component_names");
    return names && bool(d, "declined") !== null
      ? w.keptOpen(bool(d, "declined") === true, names.join(", ") || null)
      : null;
  },
  "clock.overdue": (d, w, x) => {
    const clock = str(d, "clock");
    const due = str(d, "due_at");
    if (!clock || !due) return null;
    const when = formatForCustomer(due, { timeZone: x.timeZone, language: x.lang });
    if (val(d, "warning") === true) return w.gdprWarning(when);
    const target = num(d, "target_minutes");
    return keyOf(w.clock, clock) && target !== null ? w.overdue(w.clock[clock], target, when) : null;
  },
  "comms.reminder": (d, w, x) => {
    const due = str(d, "due_at");
    if (!due) return null;
    return w.reminder(
      val(d, "clock") === "first_public_word",
      formatForCustomer(due, { timeZone: x.timeZone, language: x.lang }),
    );
  },
  monitor_down: (d, w) => {
    const m = str(d, "monitor");
    if (!m) return null;
    const fallback = str(d, "fallback");
    return [w.monitorDown(m, str(d, "reason")), fallback ? w.fallback(fallback) : null]
      .filter(Boolean)
      .join("\n");
  },
  monitor_up: (d, w) => (str(d, "monitor") ? w.monitorUp(str(d, "monitor") ?? "") : null),
  "drill.scored": (d, w) => {
    const tasks = (val(d, "tasks") ?? {}) as Data;
    const score = num(d, "score");
    return score === null ? null : w.drillScored(score, num(tasks, "on_time") ?? 0, num(tasks, "total") ?? 0);
  },
  "drill.replay": (d, w) => {
    const [m, t, a] = [num(d, "mentions"), str(d, "topic"), num(d, "alerts")];
    return m !== null && t && a !== null ? w.drillReplay(m, t, a) : null;
  },
  "drill.alert": (d, w, x) => {
    const [kind, observed, expected] = [str(d, "kind"), num(d, "observed"), num(d, "expected")];
    if (!kind || observed === null || expected === null) return null;
    const shown = new Intl.NumberFormat(localeOf(x.lang), {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    });
    return w.detector(kind, str(d, "topic"), observed, shown.format(expected));
  },
};

function linked(kind: string, d: Data, w: TimelineWords): string | null {
  const k = kind.slice("link.".length);
  return keyOf(w.link, k) ? w.linked(w.link[k], str(d, "note")) : null;
}

/**
 * The event's sentence in the document's language, from its kind and stored parameters. Notes and
 * decisions are a person's own words, and a row without the parameters (older, or a kind this file
 * does not know) keeps the English sentence it was stored with.
 */
export function sentenceOf(e: { kind: string; text: string; data: unknown }, x: TimelineContext): string {
  const d = e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Data) : null;
  if (!d) return e.text;
  const w = WORDS[x.lang];
  const out =
    e.kind.startsWith("link.") && e.kind !== "link.removed" ? linked(e.kind, d, w) : KINDS[e.kind]?.(d, w, x);
  return out ?? e.text;
}
