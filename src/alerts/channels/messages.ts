import { escapeHtml } from "../../core/html.js";
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

export function alertMessage(a: AlertsTable, reason: string, publicUrl: string): AlertMessage {
  const lines = [
    RAISED[a.kind] ??
      `${a.kind.replaceAll("_", " ")}: observed ${round(a.observed)} against ${round(a.expected)} expected (score ${round(a.score)}).`,
    `Started ${a.opened_at}${a.active ? ", still going" : `, ended ${a.ended_at ?? a.last_step_at}`}.`,
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
    html: `<p><strong>${escapeHtml(m.title)}</strong></p>${m.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}<p><a href="${escapeHtml(m.url)}">Acknowledge, snooze or open a crisis</a></p>`,
  };
}

/** Slack's mrkdwn treats &, < and > as markup. */
const slackEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A Slack-compatible incoming-webhook body (Block Kit), also accepted by Mattermost and Rocket.Chat. */
export function slackOf(m: AlertMessage, reason: string) {
  const head =
    reason === "escalated" ? `Escalated: ${m.title}` : reason === "closed" ? `Closed: ${m.title}` : m.title;
  return {
    text: head,
    blocks: [
      { type: "header", text: { type: "plain_text", text: head.slice(0, 150), emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: m.lines.map(slackEscape).join("\n") } },
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "Open in Firebreak" }, url: m.url }],
      },
    ],
  };
}
