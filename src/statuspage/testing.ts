import type { Harness } from "../testing/harness.js";
import type { TestSmtp } from "../testing/smtp.js";

/** Subscribes `email` from the page in `lang` and follows the confirmation mail's link, as a reader would. */
export async function subscribeConfirmed(
  h: Harness,
  smtp: TestSmtp,
  email: string,
  lang: string,
): Promise<void> {
  const before = smtp.messages.length;
  const sub = await h.app.inject({ method: "POST", url: "/status/subscribe", payload: { email, lang } });
  if (sub.statusCode !== 202)
    throw new Error(`POST /status/subscribe answered ${sub.statusCode}: ${sub.body}`);
  await h.ctx.jobs.drain();
  const mails = await smtp.waitFor(before + 1);
  const token = /\/status\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mails[before]?.text ?? "")?.[1];
  const ok = await h.app.inject({ method: "POST", url: `/status/confirm?token=${token}` });
  if (ok.statusCode !== 200) throw new Error(`confirming ${email} answered ${ok.statusCode}: ${ok.body}`);
}
