import { html } from "../../core/html.js";
import { readerTime } from "../../core/reader-time.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import type { AlertsTable } from "../tables.js";

/** What every channel says about an alert, in plain words a person woken at night can act on. */
export interface AlertMessage {
  title: string;
  lines: string[];
  url: string;
}

const round = (n: number) => (Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/** Alerts raised by other parts carry facts, not a count against a baseline. */
const RAISED: Record<string, string> = {
  monitor_down: "A monitor failed its checks, confirmed by retries before anyone was woken.",
  provider_incident: "A provider the shop depends on reports an incident on its status page.",
};

/**
 * `timeZone`: the workspace's; the on-call reads when it started as the shop's clocks say, by name.
 * `own`: the zone of the one member an e-mail goes to, where they chose one: the time is then on their
 * clock and says whose ("18:15 GMT+9 (your time zone, Asia/Tokyo)").
 */
export function alertMessage(
  a: AlertsTable,
  reason: string,
  publicUrl: string,
  timeZone = "UTC",
  own: string | null = null,
): AlertMessage {
  const when = (iso: string) =>
    own ? readerTime(iso, own, timeZone) : formatForCustomer(iso, { timeZone, language: "en" });
  const lines = [
    RAISED[a.kind] ??
      `${a.kind.replaceAll("_", " ")}: observed ${round(a.observed)} against ${round(a.expected)} expected (score ${round(a.score)}).`,
    `Started ${when(a.opened_at)}${a.active ? ", still going" : `, ended ${when(a.ended_at ?? a.last_step_at)}`}.`,
  ];
  if (a.source) lines.push(`Source: ${a.source}`);
  if (a.author) lines.push(`Author: ${a.author}`);
  if (reason === "escalated")
    lines.unshift("Nobody has acknowledged this alert yet: it comes to you next in the chain.");
  if (reason === "closed") lines.unshift("This alert is closed.");
  return { title: a.title, lines, url: `${publicUrl}/alerts/${a.id}` };
}

export function emailOf(m: AlertMessage, reason: string) {
  const prefix =
    reason === "escalated"
      ? "[Firebreak, escalated]"
      : reason === "closed"
        ? "[Firebreak, closed]"
        : "[Firebreak]";
  return {
    subject: `${prefix} ${m.title}`,
    text: `${m.lines.join("\n")}\n\nAcknowledge, snooze or open a crisis: ${m.url}\n`,
    // The same words as the text part, every inserted value escaped by the html template.
    html: html`<p><strong>${m.title}</strong></p>${m.lines.map((l) => html`<p>${l}</p>`)}<p><a href="${m.url}">Acknowledge, snooze or open a crisis</a></p>`.toString(),
  };
}

/**
 * Slack's rules for text it formats: `&`, `<` and `>` become entities, and nothing else. That alone
 * keeps `<!channel>`, `<@U123>` and `<url|label>` in a mention's text from pinging or linking.
 */
export const slackEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** At most `max` characters as a person counts them: an emoji or accented letter is never split. */
export function cutText(s: string, max: number): string {
  const parts = [...graphemes.segment(s)].map((g) => g.segment);
  if (parts.length <= max) return s;
  return `${parts.slice(0, max - 1).join("")}…`;
}

/** A Slack-compatible incoming-webhook body (Block Kit), also accepted by Mattermost and Rocket.Chat. */
export function slackOf(m: AlertMessage, reason: string) {
  const head =
    reason === "escalated" ? `Escalated: ${m.title}` : reason === "closed" ? `Closed: ${m.title}` : m.title;
  return {
    // The notification and fallback text is formatted by Slack, so it is escaped like the section.
    text: slackEscape(cutText(head, 3000)),
    blocks: [
      // Slack decodes the three entities in every text field; a header over 150 characters is refused.
      { type: "header", text: { type: "plain_text", text: slackEscape(cutText(head, 150)), emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: cutText(m.lines.map(slackEscape).join("\n"), 3000) } },
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "Open in Firebreak" }, url: m.url }],
      },
    ],
  };
}
