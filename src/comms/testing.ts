import type { Harness } from "../testing/harness.js";

/** A crisis opened by a responder (a SEV1 payment failure unless `extra` says otherwise); answers its id. */
export async function openCrisis(h: Harness, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await h.app.inject({
    method: "POST",
    url: "/api/v1/crises",
    headers: h.auth("responder"),
    payload: { title: "Card payments failing", type: "payment_failure", severity: "SEV1", ...extra },
  });
  if (r.statusCode !== 201) throw new Error(`POST /api/v1/crises answered ${r.statusCode}: ${r.body}`);
  return r.json().id as string;
}

/** A message drafted from the shipped template of `kind` in `language`: the text a customer would read. */
export async function draftMessage(
  h: Harness,
  crisisId: string,
  kind: string,
  language: string,
): Promise<{ subject: string; body: string }> {
  const r = await h.app.inject({
    method: "POST",
    url: "/api/v1/comms/messages",
    headers: h.auth("responder"),
    payload: { kind, crisis_id: crisisId, language },
  });
  if (r.statusCode !== 201)
    throw new Error(`POST /api/v1/comms/messages answered ${r.statusCode}: ${r.body}`);
  return r.json().preview as { subject: string; body: string };
}
