import type { Language } from "../core/lang.js";

/** What the invitation and reset e-mails say; `{…}` are filled in by `fill`. One text per language. */
interface TeamMail {
  inviteSubject: string;
  invite: string;
  resetSubject: string;
  reset: string;
}

const TEXTS: Record<Language, TeamMail> = {
  en: {
    inviteSubject: "{inviter} invites you to {workspace} on Firebreak",
    invite:
      "{inviter} invites you to join {workspace} on Firebreak as {role}.\n\nOpen this link to choose your name and password:\n{link}\n\nThe link works once, until {expires}. If you did not expect this, ignore this e-mail.",
    resetSubject: "Set a new Firebreak password",
    reset:
      "{admin} asked for a new password for your Firebreak account ({email}). Your open sessions have ended.\n\nOpen this link to choose a new password:\n{link}\n\nThe link works once, until {expires}. Until then your old password still works.",
  },
  pl: {
    inviteSubject: "{inviter} zaprasza Cię do {workspace} w Firebreak",
    invite:
      "{inviter} zaprasza Cię do zespołu {workspace} w Firebreak (rola: {role}).\n\nOtwórz ten link, aby podać imię i wybrać hasło:\n{link}\n\nLink działa raz, do {expires}. Jeśli się tego nie spodziewasz, zignoruj tę wiadomość.",
    resetSubject: "Ustaw nowe hasło do Firebreak",
    reset:
      "{admin} poprosił(a) o nowe hasło do Twojego konta Firebreak ({email}). Twoje otwarte sesje zostały zakończone.\n\nOtwórz ten link, aby wybrać nowe hasło:\n{link}\n\nLink działa raz, do {expires}. Do tego czasu stare hasło nadal działa.",
  },
  de: {
    inviteSubject: "{inviter} lädt Sie zu {workspace} in Firebreak ein",
    invite:
      "{inviter} lädt Sie ein, {workspace} in Firebreak als {role} beizutreten.\n\nÖffnen Sie diesen Link, um Ihren Namen und Ihr Passwort festzulegen:\n{link}\n\nDer Link funktioniert einmal, bis {expires}. Falls Sie das nicht erwartet haben, ignorieren Sie diese E-Mail.",
    resetSubject: "Neues Firebreak-Passwort festlegen",
    reset:
      "{admin} hat ein neues Passwort für Ihr Firebreak-Konto ({email}) angefordert. Ihre offenen Sitzungen wurden beendet.\n\nÖffnen Sie diesen Link, um ein neues Passwort zu wählen:\n{link}\n\nDer Link funktioniert einmal, bis {expires}. Bis dahin gilt Ihr altes Passwort weiter.",
  },
  fr: {
    inviteSubject: "{inviter} vous invite dans {workspace} sur Firebreak",
    invite:
      "{inviter} vous invite à rejoindre {workspace} sur Firebreak en tant que {role}.\n\nOuvrez ce lien pour choisir votre nom et votre mot de passe :\n{link}\n\nLe lien fonctionne une fois, jusqu’au {expires}. Si vous ne vous y attendiez pas, ignorez cet e-mail.",
    resetSubject: "Choisir un nouveau mot de passe Firebreak",
    reset:
      "{admin} a demandé un nouveau mot de passe pour votre compte Firebreak ({email}). Vos sessions ouvertes ont été fermées.\n\nOuvrez ce lien pour choisir un nouveau mot de passe :\n{link}\n\nLe lien fonctionne une fois, jusqu’au {expires}. D’ici là, votre ancien mot de passe reste valable.",
  },
  it: {
    inviteSubject: "{inviter} ti invita in {workspace} su Firebreak",
    invite:
      "{inviter} ti invita a unirti a {workspace} su Firebreak come {role}.\n\nApri questo link per scegliere nome e password:\n{link}\n\nIl link funziona una sola volta, fino al {expires}. Se non te lo aspettavi, ignora questa e-mail.",
    resetSubject: "Imposta una nuova password di Firebreak",
    reset:
      "{admin} ha chiesto una nuova password per il tuo account Firebreak ({email}). Le tue sessioni aperte sono state chiuse.\n\nApri questo link per scegliere una nuova password:\n{link}\n\nIl link funziona una sola volta, fino al {expires}. Fino ad allora la vecchia password resta valida.",
  },
  es: {
    inviteSubject: "{inviter} te invita a {workspace} en Firebreak",
    invite:
      "{inviter} te invita a unirte a {workspace} en Firebreak como {role}.\n\nAbre este enlace para elegir tu nombre y tu contraseña:\n{link}\n\nEl enlace funciona una vez, hasta el {expires}. Si no lo esperabas, ignora este correo.",
    resetSubject: "Elige una nueva contraseña de Firebreak",
    reset:
      "{admin} ha pedido una nueva contraseña para tu cuenta de Firebreak ({email}). Tus sesiones abiertas se han cerrado.\n\nAbre este enlace para elegir una nueva contraseña:\n{link}\n\nEl enlace funciona una vez, hasta el {expires}. Hasta entonces tu contraseña anterior sigue valiendo.",
  },
};

/** Role names as the e-mails say them. */
const ROLE_WORDS: Record<Language, Record<string, string>> = {
  en: { admin: "admin", responder: "responder", viewer: "viewer" },
  pl: { admin: "administrator", responder: "reagujący", viewer: "obserwator" },
  de: { admin: "Admin", responder: "Responder", viewer: "Betrachter" },
  fr: { admin: "administrateur", responder: "intervenant", viewer: "lecteur" },
  it: { admin: "amministratore", responder: "operatore", viewer: "osservatore" },
  es: { admin: "administrador", responder: "responsable", viewer: "lector" },
};

/** Plain text only: mail.send escapes it into the HTML part, so names typed by people stay text. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export function invitationMail(
  language: Language,
  v: { inviter: string; workspace: string; role: string; link: string; expires: string },
) {
  const t = TEXTS[language];
  const values = { ...v, role: ROLE_WORDS[language][v.role] ?? v.role };
  return { subject: fill(t.inviteSubject, values), text: fill(t.invite, values) };
}

export function resetMail(
  language: Language,
  v: { admin: string; email: string; link: string; expires: string },
) {
  const t = TEXTS[language];
  return { subject: fill(t.resetSubject, v), text: fill(t.reset, v) };
}
