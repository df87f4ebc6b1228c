import type { Harness } from "../testing/harness.js";
import type { TestSmtp } from "../testing/smtp.js";

interface CustomerMailing {
  csv: string;
  crisis: { title: string; type: string; severity: string };
  language: string;
}

/**
 * A shop e-mail to one customer list, up to its send: the list imported from CSV (as a shop uploads it),
 * a crisis opened, its shipped customer e-mail drafted in `language` and sent to everyone; no job runs.
 */
export async function sendToCustomerList(h: Harness, o: CustomerMailing) {
  const call = (url: string, payload: object) =>
    h.app.inject({ method: "POST", url, headers: h.auth("responder"), payload });
  const imported = await h.app.inject({
    method: "POST",
    url: "/api/v1/comms/contacts/import",
    headers: { ...h.auth("admin"), "content-type": "text/csv" },
    payload: o.csv,
  });
  const crisis = await call("/api/v1/crises", o.crisis);
  const draft = await call("/api/v1/comms/messages", {
    kind: "customer_email",
    crisis_id: crisis.json().id,
    language: o.language,
  });
  const sent = await call(`/api/v1/comms/messages/${draft.json().id}/send`, {
    channel: "email",
    segment: "all",
  });
  return { imported, crisis, draft, sent };
}

/**
 * The same, end to end: the jobs run. Every answer is returned so each test asserts what it is about;
 * `mail` is the first one delivered.
 */
export async function mailCustomerList(h: Harness, smtp: TestSmtp, o: CustomerMailing) {
  const answers = await sendToCustomerList(h, o);
  await h.ctx.jobs.drain();
  const [mail] = answers.sent.statusCode === 200 ? await smtp.waitFor(1) : [];
  return { ...answers, mail };
}
