import { CONTRAST, firstOf, SENT } from "./packs.js";
import { anyIs, type Lookups, mayHave } from "./sentiment.js";
import { type Token, WORD } from "./text.js";
import { anchorWords, foldedText, PROMISE_WORDS, wordSet } from "./tone-words.js";

/**
 * A promise of speed against the time it took (twenty-first pass, docs/classification.md): "Love how my
 * \"express\" delivery took 9 days. Really express.", "Wow, nur 14 Tage für ein \"Express\"-Paket.
 * Rekordverdächtig.", "Quelle rapidité ! Commandé le 2, reçu le 20. Bravo.", "Bravissimi, il pacco
 * \"urgente\" è arrivato dopo tre settimane.", "Envío en 24h, decían. Ya va por la segunda semana.
 * Gracias, de verdad." A text that names a service of speed (express, urgent, priority, 24 hours), or
 * puts a word of speed in quotes or exclaims it ("Quelle rapidité !", "Che velocità!"), and tells a
 * long time (a week of days or more, two weeks, a month, the second week, two dates a week apart)
 * praises in irony: every praise word of it is turned round. Not where a contrast stands ("Express took
 * 9 days, but the dress is gorgeous": each meant).
 */

/** Services of speed: named, they promise it. */
const SERVICE =
  wordSet(`express expres ekspres ekspresowa ekspresowy ekspresowo ekspresowej exprés expressversand
  expresslieferung eilversand eilzustellung espressa urgent urgente
  urgentes urgenti pilna pilne pilny priority prioritaire prioritario prioritaria prioritaria priorytet
  priorytetowa priorytetowo 24h 48h`);
/** Words of speed: a promise only quoted or exclaimed ("\"fast\" delivery", "Quelle rapidité !"). */
const SPEED =
  wordSet(`fast quick speedy rapid schnell schnelle schneller blitzschnell rapide rapidité rapidement
  veloce velocità velocissimo rapido rápido rapida rápida rapidez szybko szybka szybki szybkość`);
const ANCHORS: ReadonlySet<string> = new Set([...SERVICE, ...SPEED, "24", "48"]);
/** Exclaimed speed: "how fast", "wie schnell", "quelle rapidité", "che velocità", "qué rapidez", "ale szybko". */
const EXCLAIMED =
  /\b(?:how (?:fast|quick|speedy)|so (?:fast|quick)|wie schnell|so schnell|quelle rapidite|que c est rapide|che velocita|che rapidita|que rapidez|que rapido|ale szybko|jak szybko)\b/;
/** "24 hours", "24 Stunden", "24 heures", "24 ore", "24 horas", "24 godziny": a promise said in hours. */
const HOURS = /\b(?:24|48) (?:hours|hrs|stunden|heures|ore|horas|godzin|godziny)\b/;

const DAYS = /\b(\d+) (?:days|tage|tagen|jours|giorni|dias|dni)\b/g;
const COUNT =
  "(?:\\d+|two|three|four|five|six|zwei|drei|vier|funf|fuenf|sechs|deux|trois|quatre|cinq|due|tre|quattro|cinque|dos|tres|cuatro|cinco|dwa|dwie|trzy|cztery|piec)";
const LONG = new RegExp(
  `\\b(?:${[
    `${COUNT} (?:weeks|wochen|semaines|settimane|semanas|tygodnie|tygodni|months|monate|monaten|mois|mesi|meses|miesiace|miesiecy)`,
    "(?:a|one|whole|un|une|einen|ein|ganzen|uno|cały|caly) (?:month|monat|mois|mese|mes|miesiac)",
    "(?:second|third|zweiten?|dritten?|deuxieme|troisieme|seconda|terza|segunda|tercera|drugi|trzeci) (?:week|woche|semaine|settimana|semana|tydzien)",
  ].join("|")})\\b`,
);
/** "le 2 … le 20", "am 3. … am 14.", "on the 2nd … on the 20th": two dates of a month. */
const DATE = /\b(?:le|am|il|el|on the|on|dnia) (\d{1,2})(?:st|nd|rd|th|er|e)?\b/g;
const WEEK = 7;
const PRAISE = 1;

/** Whether the words tell a long time (see above). */
function longTime(s: string): boolean {
  for (const m of s.matchAll(DAYS)) if (Number(m[1]) >= WEEK) return true;
  if (LONG.test(s)) return true;
  const dates = [...s.matchAll(DATE)].map((m) => Number(m[1])).filter((d) => d >= 1 && d <= 31);
  return dates.length >= 2 && Math.max(...dates) - Math.min(...dates) >= WEEK;
}

/** Whether the text promises speed: a service named, or a word of speed quoted or exclaimed. */
function promised(tokens: Token[], s: string): boolean {
  for (const t of tokens) {
    if (t.kind !== WORD) continue;
    if (SERVICE.has(t.w)) return true;
    if (t.quote !== undefined && SPEED.has(t.w)) return true;
  }
  return EXCLAIMED.test(s) || HOURS.test(s);
}

/** Pushes the praise positions of a text whose promise of speed its times deny (see above). */
export function brokenPromises(tokens: Token[], look: Lookups, out: number[]): void {
  if (!mayHave(look, PROMISE_WORDS)) return;
  const f = foldedText(tokens);
  if (!promised(tokens, f.s) || !longTime(f.s)) return;
  const contrast = mayHave(look, CONTRAST);
  const marks: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k] as Token).kind !== WORD) continue;
    if (contrast && anyIs(look, k, CONTRAST)) return;
    for (const row of look) {
      const e = firstOf(row[k] ?? null, SENT, tokens, k);
      if (!e) continue;
      if (e.value.weight >= PRAISE) marks.push(k);
      break;
    }
  }
  out.push(...marks);
}

anchorWords(ANCHORS, PROMISE_WORDS);
