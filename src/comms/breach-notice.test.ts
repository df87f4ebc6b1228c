import { describe, expect, it } from "vitest";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { mailCustomerList } from "./test-customer-mail.js";

/**
 * The breach notice (GDPR Art. 34) as a shop's customers read it, in six languages. On the old code a
 * customer who had unsubscribed got it with no word why (the page after unsubscribing had promised "no
 * more e-mails … except a notice the law requires", row 92, but the notice itself said nothing); a
 * notice whose crisis had no summary went out with "What happened:" and nothing after it; and a
 * translation started from its language's template showed the parts in the shop's language ("Welche
 * Daten betroffen sind: names and e-mail addresses"), as a translation could not carry its own.
 */
const { h, smtp } = setupMailHarness();
const LANGS = ["en", "pl", "fr", "de", "it", "es"] as const;
type L = (typeof LANGS)[number];

const WHY: Record<L, string> = {
  en: "You are receiving this e-mail although you asked for no more of our e-mails: the law requires us to tell you about a breach of your personal data.",
  pl: "Otrzymujesz tę wiadomość mimo rezygnacji z naszych e-maili: prawo wymaga, abyśmy poinformowali Cię o naruszeniu ochrony Twoich danych osobowych.",
  fr: "Vous recevez cet e-mail bien que vous ayez demandé à ne plus recevoir nos e-mails\u202f: la loi nous oblige à vous informer d'une violation de vos données personnelles.",
  de: "Sie erhalten diese E-Mail, obwohl Sie sich von unseren E-Mails abgemeldet haben: Das Gesetz verpflichtet uns, Sie über eine Verletzung des Schutzes Ihrer personenbezogenen Daten zu informieren.",
  it: "Ricevi questa e-mail anche se hai chiesto di non ricevere più le nostre e-mail: la legge ci obbliga a informarti di una violazione dei tuoi dati personali.",
  es: "Recibes este correo aunque pediste dejar de recibir nuestros correos: la ley nos obliga a informarte de una violación de tus datos personales.",
};

/** The parts in each language, as the shop's privacy person writes them. */
const PARTS: Record<L, { what_happened: string; data: string; consequences: string; measures: string }> = {
  en: {
    what_happened: "Someone copied our customer list.",
    data: "names and e-mail addresses",
    consequences: "phishing e-mails in our name",
    measures: "we closed the access and told the authority",
  },
  pl: {
    what_happened: "Ktoś skopiował listę naszych klientów.",
    data: "imiona i adresy e-mail",
    consequences: "e-maile wyłudzające dane w naszym imieniu",
    measures: "zamknęliśmy dostęp i zawiadomiliśmy urząd",
  },
  fr: {
    what_happened: "Quelqu'un a copié notre liste de clients.",
    data: "noms et adresses e-mail",
    consequences: "des e-mails d'hameçonnage en notre nom",
    measures: "nous avons fermé l'accès et prévenu l'autorité",
  },
  de: {
    what_happened: "Jemand hat unsere Kundenliste kopiert.",
    data: "Namen und E-Mail-Adressen",
    consequences: "Phishing-E-Mails in unserem Namen",
    measures: "wir haben den Zugang gesperrt und die Behörde informiert",
  },
  it: {
    what_happened: "Qualcuno ha copiato la nostra lista clienti.",
    data: "nomi e indirizzi e-mail",
    consequences: "e-mail di phishing a nostro nome",
    measures: "abbiamo chiuso l'accesso e avvisato l'autorità",
  },
  es: {
    what_happened: "Alguien copió nuestra lista de clientes.",
    data: "nombres y direcciones de correo",
    consequences: "correos de phishing en nuestro nombre",
    measures: "cerramos el acceso y avisamos a la autoridad",
  },
};

const call = (
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: object,
  who: "admin" | "responder" = "responder",
) => h.app.inject({ method, url, headers: h.auth(who), ...(payload ? { payload } : {}) });

/** Each language's shipped template, as the dashboard's "Start from the … template" fills it in. */
async function templates(langs: readonly L[]) {
  const out: Record<string, { subject: string; body: string }> = {};
  for (const l of langs) {
    const t = await call(
      "GET",
      `/api/v1/comms/templates?kind=breach_notice&crisis_type=data_breach&language=${l}`,
    );
    out[l] = { subject: t.json().items[0].subject, body: t.json().items[0].body };
  }
  return out;
}

async function breachDraft(summary: string) {
  const crisis = await call("POST", "/api/v1/crises", {
    title: "Customer list leaked",
    type: "data_breach",
    severity: "SEV1",
    personal_data: true,
    ...(summary ? { summary } : {}),
  });
  expect(crisis.statusCode, crisis.body).toBe(201);
  const m = await call("POST", "/api/v1/comms/messages", {
    kind: "breach_notice",
    crisis_id: crisis.json().id,
    language: "en",
  });
  expect(m.statusCode, m.body).toBe(201);
  return m.json().id as string;
}

const { what_happened: _w, ...EN_REQUIRED } = PARTS.en;
const contact = "privacy@shop.test";

describe("the breach notice, in six languages", () => {
  it("tells a customer who unsubscribed why it still comes; one who did not is told nothing of it", async () => {
    h.clock.freeze(new Date("2026-10-24T21:50:00Z"));
    await setShop(h, {
      name: "Sklep <img src=x onerror=alert(1)> & Co",
      time_zone: "Europe/Warsaw",
      languages: [...LANGS],
      default_language: "en",
    });
    // Six readers unsubscribe through a shop e-mail's own link, as a customer does.
    const csv = `email,name,language\n${LANGS.map((l) => `${l}@example.com,<img src=x onerror=alert(1)> Anna,${l}`).join("\n")}\n`;
    await mailCustomerList(h, smtp, {
      csv,
      crisis: { title: "Shop down", type: "site_outage", severity: "SEV2" },
      language: "en",
    });
    const first = await smtp.waitFor(LANGS.length);
    for (const mail of first) {
      const token = /messages\/unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "")?.[1] ?? "";
      expect(
        (await h.app.inject({ method: "POST", url: `/status/messages/unsubscribe?token=${token}` }))
          .statusCode,
      ).toBe(200);
    }
    await h.app.inject({
      method: "POST",
      url: "/api/v1/comms/contacts/import",
      headers: { ...h.auth("admin"), "content-type": "text/csv" },
      payload: "email,name,language\nstill@example.com,Still,en\n",
    });
    const id = await breachDraft("");
    const translations = Object.fromEntries(
      Object.entries(await templates(LANGS.slice(1))).map(([l, t]) => [
        l,
        { ...t, breach: { ...PARTS[l as L], contact } },
      ]),
    );
    const patched = await call("PATCH", `/api/v1/comms/messages/${id}`, {
      vars: { breach: { ...PARTS.en, contact }, translations },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await call("POST", `/api/v1/comms/messages/${id}/submit`)).statusCode).toBe(200);
    expect((await call("POST", `/api/v1/comms/messages/${id}/approve`, undefined, "admin")).statusCode).toBe(
      200,
    );
    const before = smtp.messages.length;
    expect(
      (await call("POST", `/api/v1/comms/messages/${id}/send`, { channel: "email", segment: "all" }))
        .statusCode,
    ).toBe(200);
    await h.ctx.jobs.drain();
    const mails = (await smtp.waitFor(before + LANGS.length + 1)).slice(before);
    expect(mails).toHaveLength(LANGS.length + 1);
    for (const l of LANGS) {
      const mail = mails.find((m) => JSON.stringify(m.to).includes(`${l}@example.com`));
      expect(mail?.text, l).toContain(WHY[l]);
      expect(mail?.text, l).toContain(PARTS[l].data);
      expect(mail?.html, l).toContain(WHY[l].replaceAll("'", "&#39;"));
      expect(mail?.html, l).not.toContain("<img");
      // Owed to them: no link to unsubscribe from it.
      expect(mail?.text, l).not.toContain("/messages/unsubscribe");
    }
    const still = mails.find((m) => JSON.stringify(m.to).includes("still@"));
    expect(still?.text).toContain("What happened: Someone copied our customer list.");
    expect(still?.text).not.toContain(WHY.en);
  });

  it("cannot go with nothing after 'What happened:' (a crisis without a summary, no part of its own)", async () => {
    const id = await breachDraft("");
    await call("PATCH", `/api/v1/comms/messages/${id}`, { vars: { breach: { ...EN_REQUIRED, contact } } });
    const refused = await call("POST", `/api/v1/comms/messages/${id}/submit`);
    // On the old code 200: the notice reached review reading "What happened: " and a line break.
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.field).toBe("vars.breach.what_happened");
    const told = await breachDraft("Someone copied our customer list on 24 October.");
    await call("PATCH", `/api/v1/comms/messages/${told}`, { vars: { breach: { ...EN_REQUIRED, contact } } });
    const ok = await call("POST", `/api/v1/comms/messages/${told}/submit`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().preview.body).toContain(
      "What happened: Someone copied our customer list on 24 October.",
    );
  });

  it("a translation from its template says the parts in its own language, or is refused naming the part", async () => {
    const id = await breachDraft("");
    const { de } = await templates(["de"]);
    await call("PATCH", `/api/v1/comms/messages/${id}`, {
      vars: { breach: { ...PARTS.en, contact }, translations: { de } },
    });
    const refused = await call("POST", `/api/v1/comms/messages/${id}/submit`);
    // On the old code 200, and the German reader read "Welche Daten betroffen sind: names and e-mail addresses".
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.field).toBe("vars.translations.de.breach.what_happened");
    const patched = await call("PATCH", `/api/v1/comms/messages/${id}`, {
      vars: { breach: { ...PARTS.en, contact }, translations: { de: { ...de, breach: PARTS.de } } },
    });
    const body = patched.json().translations.de.preview.body as string;
    expect(body).toContain("Was passiert ist: Jemand hat unsere Kundenliste kopiert.");
    expect(body).toContain("Betroffene Daten: Namen und E-Mail-Adressen");
    expect(body).toContain(`Ansprechpartner: ${contact}`);
    expect(body).not.toContain("names and e-mail");
    expect((await call("POST", `/api/v1/comms/messages/${id}/submit`)).statusCode).toBe(200);
    // A translation written out in full, without the template's parts, needs none of its own.
    const own = await breachDraft("");
    await call("PATCH", `/api/v1/comms/messages/${own}`, {
      vars: {
        breach: { ...PARTS.en, contact },
        translations: { de: { body: "Guten Tag, Jemand hat unsere Kundenliste kopiert. …" } },
      },
    });
    expect((await call("POST", `/api/v1/comms/messages/${own}/submit`)).statusCode).toBe(200);
  });
  it("is not posted on the public status page, nor is an internal brief or a partner notice", async () => {
    // On the old code 200: every visitor of the page read "Hello there, we are writing to tell you about a
    // personal data breach that affects you", and an internal brief's "please do not comment publicly".
    h.clock.freeze(new Date("2026-10-25T06:00:00Z"));
    const id = await breachDraft("Someone copied our customer list.");
    await call("PATCH", `/api/v1/comms/messages/${id}`, { vars: { breach: { ...EN_REQUIRED, contact } } });
    await call("POST", `/api/v1/comms/messages/${id}/submit`);
    expect((await call("POST", `/api/v1/comms/messages/${id}/approve`, undefined, "admin")).statusCode).toBe(
      200,
    );
    const refused = await call("POST", `/api/v1/comms/messages/${id}/send`, { channel: "status_page" });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.field).toBe("channel");
    const crisisId = (await call("GET", `/api/v1/comms/messages/${id}`)).json().crisis_id;
    for (const kind of ["internal_brief", "supplier_notice"]) {
      const m = await call("POST", "/api/v1/comms/messages", { kind, crisis_id: crisisId, language: "en" });
      await call("POST", `/api/v1/comms/messages/${m.json().id}/submit`);
      await call("POST", `/api/v1/comms/messages/${m.json().id}/approve`, undefined, "admin");
      const r = await call("POST", `/api/v1/comms/messages/${m.json().id}/send`, { channel: "status_page" });
      expect(r.statusCode, `${kind}: ${r.body}`).toBe(400);
    }
    const page = await h.app.inject({ url: "/status.json" });
    expect(page.body).not.toContain("affects you");
    // The e-mail still goes.
    expect(
      (await call("POST", `/api/v1/comms/messages/${id}/send`, { channel: "email", segment: "all" }))
        .statusCode,
    ).toBe(200);
  });
});
