import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { clauseBreak } from "../../src/review/timeline.js";
import { de } from "../../src/review/timeline-words/de.js";
import { en } from "../../src/review/timeline-words/en.js";
import { es } from "../../src/review/timeline-words/es.js";
import { fr } from "../../src/review/timeline-words/fr.js";
import { it as itWords } from "../../src/review/timeline-words/it.js";
import { pl } from "../../src/review/timeline-words/pl.js";
import type { TimelineWords } from "../../src/review/timeline-words/types.js";

const WORDS: Record<string, TimelineWords> = { en, pl, it: itWords, fr, de, es };
const DIR = fileURLToPath(new URL("../../web/src/i18n/", import.meta.url));

/**
 * One timeline event said twice: by the dashboard (its catalogue's message with these values) and by the
 * post-mortem and the crisis room's API `sentence` (review/timeline-words). Names, times and texts are
 * placeholders, so only the words each side adds are compared.
 */
function pairs(lang: string): { key: string; dashboard: string; postmortem: string }[] {
  const cat = JSON.parse(readFileSync(`${DIR}${lang}.json`, "utf8")) as Record<string, string>;
  const w = WORDS[lang] as TimelineWords;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    String(new IntlMessageFormat(cat[`timeline.${key}`] ?? `?${key}`, lang).format(values));
  const st = w.status;
  const list: [string, string, string][] = [
    [
      "crisis_opened",
      say("crisis_opened", { drill: "false", title: "T", type: "Y", severity: "S" }),
      w.opened(false, "T", "Y", "S"),
    ],
    [
      "crisis_opened (drill)",
      say("crisis_opened", { drill: "true", title: "T", type: "Y", severity: "S" }),
      w.opened(true, "T", "Y", "S"),
    ],
    ["severity_changed", say("severity_changed", { from: "A", to: "B" }), w.severity("A", "B")],
    ["status_changed", say("status_changed", { from: "A", to: "B" }), w.statusChanged("A", "B", null)],
    [
      "status_skipped",
      say("status_skipped", { from: "A", to: "B", skipped: "C" }),
      w.statusChanged("A", "B", "C"),
    ],
    [
      "status_declined",
      say("status_declined", { from: "A", to: st.declined, reason: "R" }),
      w.declined("A", "R"),
    ],
    ["status_reopened", say("status_reopened", { from: st.resolved, to: st.mitigating }), w.reopened(null)],
    [
      "status_reopened_why",
      say("status_reopened_why", { from: st.resolved, to: st.mitigating, reason: "R" }),
      w.reopened("R"),
    ],
    ["title_changed", say("title_changed", { title: "T" }), w.title("T")],
    ["summary_changed", say("summary_changed"), w.summary],
    ["personal_data_on", say("personal_data_on"), w.personalData(true)],
    ["personal_data_off", say("personal_data_off"), w.personalData(false)],
    ["aware_since", say("aware_since", { time: "W" }), w.awareSince("W")],
    ["authority_notified", say("authority_notified"), w.authority(true)],
    ["authority_withdrawn", say("authority_withdrawn"), w.authority(false)],
    ["safety_personal_data", say("safety_personal_data", { reason: "R" }), w.dataRemoved("R")],
    [
      "safety_severity",
      say("safety_severity", { rule: "U", raise_to: "S", reason: "R" }),
      w.lowered("U", "S", "R"),
    ],
    ["escalation", say("escalation", { rule: "U", severity: "S" }), w.escalation("U", "S")],
    ["public_first", say("public_first"), w.publicWord(true)],
    ["public_update", say("public_update"), w.publicWord(false)],
    ["status_published", say("status_published", { text: "X" }), w.statusPage("X")],
    [
      "message_sent",
      say("message_sent", { kind: "K", channel: "C", language: "L", subject: "S" }),
      w.sent("K", "C", "L", "S"),
    ],
    ["role_assigned", say("role_assigned", { role: "R", to: "N" }), w.role("R", "N")],
    ["role_handover", say("role_handover", { role: "R", from: "M", to: "N" }), w.handover("R", "M", "N")],
    ["role_stepped_down", say("role_stepped_down", { role: "R", from: "M" }), w.steppedDown("R", "M")],
    ["task_added", say("task_added", { title: "T" }), w.task.added("T")],
    ["task_done", say("task_done", { title: "T" }), w.task.done("T")],
    ["task_skipped", say("task_skipped", { title: "T" }), w.task.skipped("T")],
    ["task_open", say("task_open", { title: "T" }), w.task.open("T")],
    ["task_updated", say("task_updated", { title: "T" }), w.task.updated("T")],
    ["link_removed", say("link_removed"), w.unlinked],
    ...(["alert", "mention", "monitor", "case"] as const).flatMap((k): [string, string, string][] => [
      [`link_added ${k}`, say("link_added", { kind: cat[`value.${k}`] ?? k }), w.linked(w.link[k], null)],
      [
        `link_added_note ${k}`,
        say("link_added_note", { kind: cat[`value.${k}`] ?? k, note: "N" }),
        w.linked(w.link[k], "N"),
      ],
    ]),
    ["impact", say("impact", { parts: "P" }), w.impact("P")],
    ["team_paged", say("team_paged", { who: "W" }), w.paged("W")],
    ["team_unreachable", say("team_unreachable", { roles: "R" }), w.noContact("R", true)],
    [
      "team_paged_unreachable",
      say("team_paged_unreachable", { who: "W", roles: "R" }),
      `${w.paged("W")}${clauseBreak(lang)}${w.noContact("R", false)}`,
    ],
    ...keptOpen(say, w),
    ["clock_overdue", say("clock_overdue", { label: "L", minutes: 15, time: "W" }), w.overdue("L", 15, "W")],
    ["gdpr_warning", say("gdpr_warning", { time: "W" }), w.gdprWarning("W")],
    ["reminder_first", say("reminder_first", { time: "W" }), w.reminder(true, "W")],
    ["reminder_next", say("reminder_next", { time: "W" }), w.reminder(false, "W")],
    ["monitor_down", say("monitor_down", { monitor: "M", reason: "R" }), w.monitorDown("M", "R")],
    [
      "monitor_down (no reason)",
      say("monitor_down", { monitor: "M", reason: say("check_failed") }),
      w.monitorDown("M", null),
    ],
    ["monitor_up", say("monitor_up", { monitor: "M" }), w.monitorUp("M")],
    ["fallback", say("fallback", { fallback: "F" }), w.fallback("F")],
    ["drill_scored", say("drill_scored", { score: 80, on_time: 3, total: 4 }), w.drillScored(80, 3, 4)],
    ["drill_replay", say("drill_replay", { mentions: 5, topic: "T", alerts: 2 }), w.drillReplay(5, "T", 2)],
    [
      "drill_alert",
      say("drill_alert", { kind: "K", observed: 9, expected: "3" }),
      w.detector("K", null, 9, "3"),
    ],
    [
      "drill_alert_topic",
      say("drill_alert_topic", { kind: "K", topic: "T", observed: 9, expected: "3" }),
      w.detector("K", "T", 9, "3"),
    ],
  ];
  return list.map(([key, dashboard, postmortem]) => ({ key, dashboard, postmortem }));
}

/** The status-page incident left open at resolution, with components named and with none. */
function keptOpen(say: (key: string, v: Record<string, string>) => string, w: TimelineWords) {
  return [false, true].flatMap((declined): [string, string, string][] => {
    const key = declined ? "kept_open_declined" : "kept_open_resolved";
    return [
      [key, say(key, { components: "C", none: "false" }), w.keptOpen(declined, "C")],
      [`${key} (none)`, say(key, { components: "", none: "true" }), w.keptOpen(declined, null)],
    ];
  });
}

/**
 * One event, one wording: a Polish team read "Kryzys otwarty" in the crisis room and "Otwarto kryzys" in
 * the post-mortem and the API's `sentence` (and "Zrobione" / "Wykonano", "Plan awaryjny" / "Plan
 * ciągłości", "Usunięto dane osobowe" where the post-mortem said the personal-data flag was removed).
 */
describe("the dashboard and the post-mortem say each timeline event in the same words", () => {
  it("en: every kind both say (the post-mortem wrote '2 alert(s)')", () => {
    expect(pairs("en").filter((p) => p.dashboard !== p.postmortem)).toEqual([]);
    expect(en.drillReplay(1, "T", 1)).toBe(
      "Replayed 1 synthetic mention with a burst about T: the detectors raised 1 alert",
    );
  });

  it("pl: every kind both say", () => {
    // On the old code 34 of 57 differed, "Kryzys otwarty: T (Y, S)" against "Otwarto kryzys: T (Y, S)" first.
    expect(pairs("pl").filter((p) => p.dashboard !== p.postmortem)).toEqual([]);
  });

  it("de: every kind both say", () => {
    // On the old code 20 of 59 differed: "Übung eröffnet" / "Übung gestartet", "um 5. Dez. 2026, 14:00"
    // (a time's preposition before a date), "Alarme der Detektoren 2", "Verknüpft: Beschwerde" for a "Fall".
    expect(pairs("de").filter((p) => p.dashboard !== p.postmortem)).toEqual([]);
    expect(de.drillReplay(1, "T", 1)).toContain("1 synthetische Erwähnung mit");
  });

  it("fr: every kind both say", () => {
    // On the old code 22 of 59 differed: "Exercice ouvert" / "Exercice lancé", "attendue à 5 déc. 2026…"
    // (a time's preposition before a date), "Appelés : … ; aucun" / "…; aucun" (no narrow space),
    // "alertes des détecteurs 2".
    expect(pairs("fr").filter((p) => p.dashboard !== p.postmortem)).toEqual([]);
    expect(fr.drillReplay(1, "T", 0)).toBe(
      "1 mention synthétique rejouée avec une vague sur le thème T\u202f: les détecteurs ont levé 0 alerte",
    );
  });

  it("it: every kind both say", () => {
    // On the old code 22 of 59 differed: "La prima comunicazione pubblica era previsto" (the participle
    // did not agree), "per le 5 dic 2026, 14:00" (an hour's article before a date), "avvisi dei rilevatori 2".
    expect(pairs("it").filter((p) => p.dashboard !== p.postmortem)).toEqual([]);
    expect(itWords.reminder(true, "W")).toContain("era prevista per il W");
  });

  it("es: every kind both say", () => {
    // On the old code 27 of 59 differed: "debía salir a las 5 dic 2026, 14:00" (an hour's article before a
    // date), "Primer comunicado" / "Primera comunicación", "alertas de los detectores 2".
    expect(pairs("es").filter((p) => p.dashboard !== p.postmortem)).toEqual([]);
    expect(es.drillReplay(1, "T", 1)).toContain("1 mención sintética reproducida");
  });

  it("pl: counts take the form the number asks for on both sides", () => {
    const cat = JSON.parse(readFileSync(`${DIR}pl.json`, "utf8")) as Record<string, string>;
    const message = new IntlMessageFormat(cat["timeline.drill_replay"] ?? "", "pl");
    for (const [mentions, alerts] of [
      [1, 1],
      [2, 3],
      [5, 12],
      [22, 25],
    ] as const) {
      const post = pl.drillReplay(mentions, "T", alerts);
      expect(post).toBe(String(message.format({ mentions, topic: "T", alerts })));
    }
    // The post-mortem's was "Odtworzono syntetyczne wzmianki (5) …; alerty detektorów: 12".
    expect(pl.drillReplay(5, "T", 12)).toBe(
      "Odtworzono 5 syntetycznych wzmianek z falą na temat: T; detektory zgłosiły 12 alertów",
    );
    expect(pl.drillReplay(22, "T", 1)).toContain("22 syntetyczne wzmianki");
  });

  // The dashboard put its "no components" where the names go: "(no components not operational there)",
  // "(keine Komponenten dort nicht betriebsbereit)", "(aucun composant pas opérationnel là-bas)".
  for (const lang of ["en", "pl", "it", "fr", "de", "es"])
    it(`${lang}: a status-page incident left open, with components and with none`, () => {
      const cat = JSON.parse(readFileSync(`${DIR}${lang}.json`, "utf8")) as Record<string, string>;
      const w = WORDS[lang] as TimelineWords;
      const say = (key: string, values: Record<string, string>) =>
        String(new IntlMessageFormat(cat[`timeline.${key}`] ?? "", lang).format(values));
      for (const [key, dashboard, postmortem] of keptOpen(say, w)) expect(dashboard, key).toBe(postmortem);
      // Nor a reader's gender: the Italian said "quando sei pronto" (masculine) to every reader.
      expect(w.keptOpen(false, "C")).not.toMatch(/sei pronto|gotów/);
      expect(w.keptOpen(false, null)).not.toMatch(
        /(no components|keine Komponenten|aucun composant|nessun componente|sin componentes|bez komponentów) \S/,
      );
    });
});
