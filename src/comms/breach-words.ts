import type { Lang } from "../plan/default-plan/index.js";

/**
 * Under a breach notice to a customer who unsubscribed from the shop's e-mails: why it still came. The
 * page after unsubscribing promised "no more e-mails … except a notice the law requires" (row 92); the
 * notice itself must say it is that one, or it reads as the opt-out ignored. No gendered participle
 * (Polish "wypisano Cię", French "vous avez demandé").
 */
export const SENT_DESPITE_OPT_OUT: Record<Lang, string> = {
  en: "You are receiving this e-mail although you asked for no more of our e-mails: the law requires us to tell you about a breach of your personal data.",
  pl: "Otrzymujesz tę wiadomość mimo rezygnacji z naszych e-maili: prawo wymaga, abyśmy poinformowali Cię o naruszeniu ochrony Twoich danych osobowych.",
  fr: "Vous recevez cet e-mail bien que vous ayez demandé à ne plus recevoir nos e-mails\u202f: la loi nous oblige à vous informer d'une violation de vos données personnelles.",
  de: "Sie erhalten diese E-Mail, obwohl Sie sich von unseren E-Mails abgemeldet haben: Das Gesetz verpflichtet uns, Sie über eine Verletzung des Schutzes Ihrer personenbezogenen Daten zu informieren.",
  it: "Ricevi questa e-mail anche se hai chiesto di non ricevere più le nostre e-mail: la legge ci obbliga a informarti di una violazione dei tuoi dati personali.",
  es: "Recibes este correo aunque pediste dejar de recibir nuestros correos: la ley nos obliga a informarte de una violación de tus datos personales.",
};
