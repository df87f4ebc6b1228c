import { polishVocative } from "../core/polish-vocative.js";
import type { CaseLang, CaseTopic, RemedyKind } from "./policy.js";

type Due = (due: string) => string;
export interface Words {
  thanks(name: string | null): string;
  apology: Record<CaseTopic, string>;
  /** Empathy without admitting fault (a scam in the shop's name). */
  concern: string;
  next: Record<CaseTopic, Due>;
  private: string;
  offer(remedy: string): string;
  /** The remedies the team has given already: done, not offered. */
  gave(remedies: string): string;
  /** Before a given discount's code: "(code: …)". */
  code: string;
  apologyOnly: string;
  /** `amount` is null for "the whole amount". */
  remedy: Record<RemedyKind, (amount: string | null) => string>;
  sign(shop: string): string;
  /** A reply's subject line when the customer's message had none. */
  subject: string;
  followUpPrivate(shop: string, name: string | null): string;
  followUpPublic(outcome: string | null): string;
}

const en: Words = {
  thanks: (n) =>
    n ? `Hello ${n}, thank you for telling us about this.` : "Thank you for telling us about this.",
  apology: {
    delivery: "We are sorry that your parcel has not reached you on time.",
    product_quality: "We are sorry that the product is not what our description promised.",
    order_error: "We are sorry that your order arrived wrong or incomplete.",
    customer_service: "We are sorry that it was so hard to reach us and that you had to wait for an answer.",
    price: "We are sorry for the confusion over the price.",
    payment: "We are sorry for the trouble with your payment.",
    returns_refunds: "We are sorry that your return or refund is taking this long.",
    fraud: "We are sorry for the worry this causes you.",
    security: "We are sorry for the worry this causes you.",
    outage: "We are sorry that our shop was not working when you needed it.",
    general: "We are sorry that your experience with us fell short.",
  },
  concern: "We understand how worrying this is, and we take it seriously.",
  next: {
    delivery: (d) =>
      `We are tracing your parcel with the courier and will write to you with the result by ${d}.`,
    product_quality: (d) =>
      `Our team is looking at your product and will write to you with the next steps by ${d}.`,
    order_error: (d) =>
      `We are checking your order and will send you the missing or correct item, with a confirmation, by ${d}.`,
    customer_service: (d) =>
      `A member of our team is reading your message now and will answer you personally by ${d}.`,
    price: (d) => `We are checking the price of your order and will confirm the outcome to you by ${d}.`,
    payment: (d) => `We are checking your payment and will tell you what we found by ${d}.`,
    returns_refunds: (d) => `We are checking your return and will confirm your refund by ${d}.`,
    fraud: (d) => `We are looking into this and will write to you with what we found by ${d}.`,
    security: (d) =>
      `We are investigating this and will tell you what we found and what it means for you by ${d}.`,
    outage: (d) => `We are working to restore everything and will update you by ${d}.`,
    general: (d) => `We are looking into it and will write to you by ${d}.`,
  },
  private:
    "If you prefer, you can send us a private message or an e-mail with your order number and we can continue there.",
  offer: (r) => `To make this right, we would like to offer you ${r}.`,
  gave: (r) => `To make this right, we have given you ${r}.`,
  code: "code",
  apologyOnly: "Please accept our apology.",
  remedy: {
    apology: () => "our apology",
    discount: (a) => (a ? `a discount of ${a} on your next order` : "a discount on your next order"),
    refund: (a) => (a ? `a refund of ${a}` : "a full refund of your payment"),
    return_shipping_paid: () => "a free return, with the shipping paid by us",
    replacement: () => "a replacement sent at our cost",
    price_honoured: () => "the price you saw when you ordered, or free cancellation if you prefer",
  },
  subject: "Your message",
  sign: (s) => `Kind regards,\nthe ${s} team`,
  followUpPrivate: (s, n) =>
    `${n ? `Hello ${n}, w` : "W"}e are glad we could sort this out. If you feel it is fair, would you consider updating or removing your post, so others can see how it ended? Thank you,\nthe ${s} team`,
  followUpPublic: (o) =>
    `Update: we talked it through in private and the issue is resolved${o ? ` (${o})` : ""}. Thank you for your patience.`,
};

const pl: Words = {
  // A name is only written in the vocative (core/polish-vocative.ts); without a known one, no name.
  thanks: (n) => {
    const v = polishVocative(n);
    return `${v ? `Dzień dobry, ${v}! ` : ""}Dziękujemy, że dajesz nam znać.`;
  },
  apology: {
    delivery: "Przepraszamy, że Twoja paczka nie dotarła na czas.",
    product_quality: "Przepraszamy, że produkt nie odpowiada naszemu opisowi.",
    order_error: "Przepraszamy, że zamówienie dotarło niepełne lub z błędnym produktem.",
    customer_service: "Przepraszamy, że tak trudno było się z nami skontaktować i że czekasz na odpowiedź.",
    price: "Przepraszamy za zamieszanie z ceną.",
    payment: "Przepraszamy za kłopot z płatnością.",
    returns_refunds: "Przepraszamy, że zwrot trwa tak długo.",
    fraud: "Przepraszamy za niepokój, jaki to u Ciebie wywołuje.",
    security: "Przepraszamy za niepokój, jaki to u Ciebie wywołuje.",
    outage: "Przepraszamy, że nasz sklep nie działał, gdy był Ci potrzebny.",
    general: "Przepraszamy, że zakupy u nas nie poszły tak, jak powinny.",
  },
  concern: "Rozumiemy, jak bardzo to niepokojące, i traktujemy to poważnie.",
  next: {
    delivery: (d) => `Sprawdzamy Twoją przesyłkę z firmą kurierską i napiszemy do Ciebie z wynikiem do ${d}.`,
    product_quality: (d) =>
      `Nasz zespół sprawdza Twój produkt i napiszemy do Ciebie z dalszymi krokami do ${d}.`,
    order_error: (d) =>
      `Sprawdzamy Twoje zamówienie i wyślemy brakujący lub właściwy produkt, z potwierdzeniem, do ${d}.`,
    customer_service: (d) =>
      `Osoba z naszego zespołu czyta teraz Twoją wiadomość i odpowie Ci osobiście do ${d}.`,
    price: (d) => `Sprawdzamy cenę z Twojego zamówienia i potwierdzimy Ci wynik do ${d}.`,
    payment: (d) => `Sprawdzamy Twoją płatność i przekażemy Ci, co ustaliliśmy, do ${d}.`,
    returns_refunds: (d) => `Sprawdzamy Twoje zgłoszenie i potwierdzimy zwrot pieniędzy do ${d}.`,
    fraud: (d) => `Wyjaśniamy tę sprawę i napiszemy do Ciebie, co ustaliliśmy, do ${d}.`,
    security: (d) => `Badamy tę sprawę; co ustaliliśmy i co to oznacza dla Ciebie, napiszemy do ${d}.`,
    outage: (d) => `Pracujemy nad przywróceniem działania sklepu i przekażemy Ci informację do ${d}.`,
    general: (d) => `Wyjaśniamy sprawę i napiszemy do Ciebie do ${d}.`,
  },
  private:
    "Jeśli wolisz, możesz napisać do nas wiadomość prywatną lub e-mail z numerem zamówienia i tam dokończymy rozmowę.",
  offer: (r) => `Aby to naprawić, proponujemy Ci ${r}.`,
  gave: (r) => `Aby to naprawić, przyznaliśmy Ci ${r}.`,
  code: "kod",
  apologyOnly: "Prosimy, przyjmij nasze przeprosiny.",
  remedy: {
    apology: () => "nasze przeprosiny",
    discount: (a) => (a ? `rabat ${a} na kolejne zamówienie` : "rabat na kolejne zamówienie"),
    refund: (a) => (a ? `zwrot ${a}` : "pełny zwrot płatności"),
    return_shipping_paid: () => "bezpłatny zwrot, z wysyłką na nasz koszt",
    replacement: () => "wymianę produktu na nasz koszt",
    price_honoured: () => "cenę z chwili zamówienia albo bezpłatne anulowanie zamówienia",
  },
  subject: "Twoja wiadomość",
  sign: (s) => `Pozdrawiamy,\nzespół ${s}`,
  followUpPrivate: (s, n) => {
    const v = polishVocative(n);
    return `${v ? `Dzień dobry, ${v}! C` : "C"}ieszymy się, że udało się to rozwiązać. Jeśli uważasz, że to uczciwe, czy możesz zaktualizować lub usunąć swój wpis, aby inni zobaczyli, jak sprawa się zakończyła? Dziękujemy,\nzespół ${s}`;
  },
  followUpPublic: (o) =>
    `Aktualizacja: wyjaśniliśmy sprawę w prywatnej rozmowie i jest już rozwiązana${o ? ` (${o})` : ""}. Dziękujemy za cierpliwość.`,
};

const de: Words = {
  thanks: (n) =>
    n
      ? `Hallo ${n}, vielen Dank, dass Sie uns darauf aufmerksam machen.`
      : "Vielen Dank, dass Sie uns darauf aufmerksam machen.",
  apology: {
    delivery: "Es tut uns leid, dass Ihr Paket nicht rechtzeitig angekommen ist.",
    product_quality: "Es tut uns leid, dass der Artikel nicht unserer Beschreibung entspricht.",
    order_error: "Es tut uns leid, dass Ihre Bestellung falsch oder unvollständig angekommen ist.",
    customer_service:
      "Es tut uns leid, dass Sie uns so schwer erreichen konnten und auf eine Antwort warten mussten.",
    price: "Es tut uns leid, dass es beim Preis Unklarheiten gab.",
    payment: "Es tut uns leid, dass es mit Ihrer Zahlung Probleme gab.",
    returns_refunds: "Es tut uns leid, dass Ihre Rücksendung oder Erstattung so lange dauert.",
    fraud: "Es tut uns leid, dass Ihnen das Sorgen bereitet.",
    security: "Es tut uns leid, dass Ihnen das Sorgen bereitet.",
    outage: "Es tut uns leid, dass unser Shop nicht erreichbar war, als Sie ihn gebraucht haben.",
    general: "Es tut uns leid, dass Sie diese Erfahrung mit uns gemacht haben.",
  },
  concern: "Wir verstehen, wie beunruhigend das ist, und nehmen es ernst.",
  next: {
    delivery: (d) =>
      `Wir verfolgen Ihr Paket mit dem Paketdienst und melden uns bis ${d} mit dem Ergebnis bei Ihnen.`,
    product_quality: (d) =>
      `Unser Team prüft den Artikel und meldet sich bis ${d} mit den nächsten Schritten bei Ihnen.`,
    order_error: (d) =>
      `Wir prüfen Ihre Bestellung und schicken Ihnen den fehlenden oder richtigen Artikel mit einer Bestätigung bis ${d}.`,
    customer_service: (d) =>
      `Eine Person aus unserem Team liest gerade Ihre Nachricht und antwortet Ihnen persönlich bis ${d}.`,
    price: (d) => `Wir prüfen den Preis Ihrer Bestellung und bestätigen Ihnen das Ergebnis bis ${d}.`,
    payment: (d) => `Wir prüfen Ihre Zahlung und teilen Ihnen bis ${d} mit, was wir herausgefunden haben.`,
    returns_refunds: (d) => `Wir prüfen Ihre Rücksendung und bestätigen Ihnen die Erstattung bis ${d}.`,
    fraud: (d) => `Wir gehen der Sache nach und melden uns bis ${d} mit dem, was wir herausgefunden haben.`,
    security: (d) =>
      `Wir untersuchen den Vorfall und sagen Ihnen bis ${d}, was wir herausgefunden haben und was das für Sie bedeutet.`,
    outage: (d) => `Wir arbeiten daran, alles wiederherzustellen, und informieren Sie bis ${d}.`,
    general: (d) => `Wir kümmern uns darum und melden uns bis ${d} bei Ihnen.`,
  },
  private:
    "Sie können uns auch gern eine private Nachricht oder eine E-Mail mit Ihrer Bestellnummer schreiben, dann machen wir dort weiter.",
  offer: (r) => `Als Wiedergutmachung bieten wir Ihnen ${r} an.`,
  gave: (r) => `Als Wiedergutmachung haben wir Ihnen ${r} gewährt.`,
  code: "Code",
  apologyOnly: "Bitte entschuldigen Sie die Unannehmlichkeiten.",
  remedy: {
    apology: () => "unsere Entschuldigung",
    discount: (a) =>
      a ? `einen Rabatt von ${a} auf Ihre nächste Bestellung` : "einen Rabatt auf Ihre nächste Bestellung",
    refund: (a) => (a ? `eine Erstattung von ${a}` : "eine vollständige Erstattung Ihrer Zahlung"),
    return_shipping_paid: () => "eine kostenlose Rücksendung auf unsere Kosten",
    replacement: () => "einen kostenlosen Ersatz",
    price_honoured: () => "den Preis zum Zeitpunkt Ihrer Bestellung oder eine kostenlose Stornierung",
  },
  subject: "Ihre Nachricht",
  sign: (s) => `Viele Grüße,\nIhr Team von ${s}`,
  followUpPrivate: (s, n) =>
    `${n ? `Hallo ${n}, s` : "S"}chön, dass wir das klären konnten. Wenn Sie es fair finden, würden Sie Ihren Beitrag aktualisieren oder entfernen, damit andere sehen, wie es ausgegangen ist? Vielen Dank,\nIhr Team von ${s}`,
  followUpPublic: (o) =>
    `Update: Wir haben das privat besprochen, und das Anliegen ist gelöst${o ? ` (${o})` : ""}. Danke für Ihre Geduld.`,
};

const fr: Words = {
  thanks: (n) => (n ? `Bonjour ${n}, merci de nous avoir prévenus.` : "Merci de nous avoir prévenus."),
  apology: {
    delivery: "Nous sommes désolés que votre colis ne soit pas arrivé à temps.",
    product_quality: "Nous sommes désolés que le produit ne corresponde pas à notre description.",
    order_error: "Nous sommes désolés que votre commande soit arrivée incomplète ou avec un mauvais article.",
    customer_service:
      "Nous sommes désolés qu'il ait été si difficile de nous joindre et que vous ayez dû attendre une réponse.",
    price: "Nous sommes désolés pour la confusion sur le prix.",
    payment: "Nous sommes désolés que votre paiement ne se soit pas déroulé comme prévu.",
    returns_refunds: "Nous sommes désolés que votre retour ou votre remboursement prenne autant de temps.",
    fraud: "Nous sommes désolés de l'inquiétude que cela vous cause.",
    security: "Nous sommes désolés de l'inquiétude que cela vous cause.",
    outage: "Nous sommes désolés que notre boutique n'ait pas fonctionné quand vous en aviez besoin.",
    general: "Nous sommes désolés pour cette mauvaise expérience.",
  },
  concern: "Nous comprenons à quel point c'est inquiétant, et nous le prenons au sérieux.",
  next: {
    delivery: (d) =>
      `Nous suivons votre colis avec le transporteur et vous écrirons le résultat d'ici le ${d}.`,
    product_quality: (d) =>
      `Notre équipe examine le produit et vous écrira les prochaines étapes d'ici le ${d}.`,
    order_error: (d) =>
      `Nous vérifions votre commande et vous enverrons l'article manquant ou correct, avec une confirmation, d'ici le ${d}.`,
    customer_service: (d) =>
      `Une personne de notre équipe lit votre message et vous répondra personnellement d'ici le ${d}.`,
    price: (d) => `Nous vérifions le prix de votre commande et vous confirmerons le résultat d'ici le ${d}.`,
    payment: (d) => `Nous vérifions votre paiement et vous dirons ce que nous avons trouvé d'ici le ${d}.`,
    returns_refunds: (d) =>
      `Nous vérifions votre retour et vous confirmerons le remboursement d'ici le ${d}.`,
    fraud: (d) => `Nous examinons la situation et vous écrirons ce que nous avons trouvé d'ici le ${d}.`,
    security: (d) =>
      `Nous enquêtons et vous dirons ce que nous avons trouvé et ce que cela signifie pour vous d'ici le ${d}.`,
    outage: (d) => `Nous travaillons à tout rétablir et vous donnerons des nouvelles d'ici le ${d}.`,
    general: (d) => `Nous examinons la situation et vous écrirons d'ici le ${d}.`,
  },
  private:
    "Si vous préférez, vous pouvez nous envoyer un message privé ou un e-mail avec votre numéro de commande et nous poursuivrons l'échange par ce biais.",
  offer: (r) => `Pour réparer cela, nous vous proposons ${r}.`,
  gave: (r) => `Pour réparer cela, nous vous avons accordé ${r}.`,
  code: "code",
  apologyOnly: "Veuillez accepter nos excuses.",
  remedy: {
    apology: () => "nos excuses",
    discount: (a) =>
      a ? `une remise de ${a} sur votre prochaine commande` : "une remise sur votre prochaine commande",
    refund: (a) => (a ? `un remboursement de ${a}` : "un remboursement complet de votre paiement"),
    return_shipping_paid: () => "un retour gratuit, frais d'envoi à notre charge",
    replacement: () => "un remplacement à nos frais",
    price_honoured: () => "le prix affiché lors de votre commande ou une annulation gratuite",
  },
  subject: "Votre message",
  sign: (s) => `Cordialement,\nl'équipe ${s}`,
  followUpPrivate: (s, n) =>
    `${n ? `Bonjour ${n}, n` : "N"}ous sommes heureux d'avoir pu régler cela. Si cela vous semble juste, pourriez-vous mettre à jour ou retirer votre publication, pour que d'autres voient comment cela s'est terminé ? Merci,\nl'équipe ${s}`,
  followUpPublic: (o) =>
    `Mise à jour : nous en avons parlé en privé et le problème est réglé${o ? ` (${o})` : ""}. Merci de votre patience.`,
};

const it: Words = {
  thanks: (n) => (n ? `Ciao ${n}, grazie per avercelo segnalato.` : "Grazie per avercelo segnalato."),
  apology: {
    delivery: "Ci dispiace che il tuo pacco non sia arrivato in tempo.",
    product_quality: "Ci dispiace che il prodotto non corrisponda alla nostra descrizione.",
    order_error: "Ci dispiace che il tuo ordine sia arrivato incompleto o con un articolo sbagliato.",
    customer_service:
      "Ci dispiace che sia stato così difficile contattarci e che tu abbia dovuto aspettare una risposta.",
    price: "Ci dispiace per la confusione sul prezzo.",
    payment: "Ci dispiace per il problema con il tuo pagamento.",
    returns_refunds: "Ci dispiace che il tuo reso o rimborso stia richiedendo così tanto tempo.",
    fraud: "Ci dispiace per la preoccupazione che questo ti causa.",
    security: "Ci dispiace per la preoccupazione che questo ti causa.",
    outage: "Ci dispiace che il nostro negozio non funzionasse quando ne avevi bisogno.",
    general: "Ci dispiace per questa brutta esperienza.",
  },
  concern: "Capiamo quanto sia preoccupante, e lo prendiamo sul serio.",
  next: {
    delivery: (d) => `Stiamo rintracciando il tuo pacco con il corriere e ti scriveremo l'esito entro ${d}.`,
    product_quality: (d) =>
      `Il nostro team sta esaminando il prodotto e ti scriverà i prossimi passi entro ${d}.`,
    order_error: (d) =>
      `Stiamo controllando il tuo ordine e ti invieremo l'articolo mancante o corretto, con una conferma, entro ${d}.`,
    customer_service: (d) =>
      `Una persona del nostro team sta leggendo il tuo messaggio e ti risponderà personalmente entro ${d}.`,
    price: (d) => `Stiamo verificando il prezzo del tuo ordine e ti confermeremo l'esito entro ${d}.`,
    payment: (d) => `Stiamo verificando il tuo pagamento e ti diremo cosa abbiamo trovato entro ${d}.`,
    returns_refunds: (d) => `Stiamo controllando il tuo reso e ti confermeremo il rimborso entro ${d}.`,
    fraud: (d) => `Stiamo verificando la situazione e ti scriveremo cosa abbiamo trovato entro ${d}.`,
    security: (d) => `Stiamo indagando e ti diremo cosa abbiamo trovato e cosa significa per te entro ${d}.`,
    outage: (d) => `Stiamo lavorando per ripristinare tutto e ti aggiorneremo entro ${d}.`,
    general: (d) => `Stiamo verificando e ti scriveremo entro ${d}.`,
  },
  private:
    "Se preferisci, puoi scriverci un messaggio privato o un'e-mail con il numero d'ordine e proseguiremo la conversazione da lì.",
  offer: (r) => `Per rimediare, ti offriamo ${r}.`,
  gave: (r) => `Per rimediare, ti abbiamo concesso ${r}.`,
  code: "codice",
  apologyOnly: "Ti preghiamo di accettare le nostre scuse.",
  remedy: {
    apology: () => "le nostre scuse",
    discount: (a) => (a ? `uno sconto di ${a} sul prossimo ordine` : "uno sconto sul prossimo ordine"),
    refund: (a) => (a ? `un rimborso di ${a}` : "il rimborso completo del pagamento"),
    return_shipping_paid: () => "il reso gratuito, con la spedizione a nostro carico",
    replacement: () => "la sostituzione a nostre spese",
    price_honoured: () => "il prezzo al momento dell'ordine oppure l'annullamento gratuito",
  },
  subject: "Il tuo messaggio",
  sign: (s) => `Cordiali saluti,\nil team di ${s}`,
  followUpPrivate: (s, n) =>
    `${n ? `Ciao ${n}, s` : "S"}iamo contenti di aver risolto. Se ti sembra giusto, potresti aggiornare o rimuovere il tuo post, così anche gli altri vedranno com'è finita? Grazie,\nil team di ${s}`,
  followUpPublic: (o) =>
    `Aggiornamento: ne abbiamo parlato in privato e il problema è risolto${o ? ` (${o})` : ""}. Grazie per la pazienza.`,
};

const es: Words = {
  thanks: (n) => (n ? `Hola ${n}, gracias por avisarnos.` : "Gracias por avisarnos."),
  apology: {
    delivery: "Lamentamos que tu paquete no haya llegado a tiempo.",
    product_quality: "Lamentamos que el producto no corresponda a nuestra descripción.",
    order_error: "Lamentamos que tu pedido haya llegado incompleto o con un artículo equivocado.",
    customer_service:
      "Lamentamos que haya sido tan difícil contactarnos y que hayas tenido que esperar una respuesta.",
    price: "Lamentamos la confusión con el precio.",
    payment: "Lamentamos el problema con tu pago.",
    returns_refunds: "Lamentamos que tu devolución o reembolso esté tardando tanto.",
    fraud: "Lamentamos la preocupación que esto te causa.",
    security: "Lamentamos la preocupación que esto te causa.",
    outage: "Lamentamos que nuestra tienda no funcionara cuando la necesitabas.",
    general: "Lamentamos que tu experiencia con nosotros no haya sido buena.",
  },
  concern: "Entendemos lo preocupante que es, y nos lo tomamos en serio.",
  next: {
    delivery: (d) =>
      `Estamos localizando tu paquete con la empresa de transporte y te escribiremos con el resultado antes del ${d}.`,
    product_quality: (d) =>
      `Nuestro equipo está revisando el producto y te escribirá los próximos pasos antes del ${d}.`,
    order_error: (d) =>
      `Estamos revisando tu pedido y te enviaremos el artículo que falta o el correcto, con una confirmación, antes del ${d}.`,
    customer_service: (d) =>
      `Una persona de nuestro equipo está leyendo tu mensaje y te responderá personalmente antes del ${d}.`,
    price: (d) =>
      `Estamos comprobando el precio de tu pedido y te confirmaremos el resultado antes del ${d}.`,
    payment: (d) => `Estamos comprobando tu pago y te diremos lo que hemos encontrado antes del ${d}.`,
    returns_refunds: (d) => `Estamos revisando tu devolución y te confirmaremos el reembolso antes del ${d}.`,
    fraud: (d) =>
      `Estamos investigando la situación y te escribiremos lo que hemos encontrado antes del ${d}.`,
    security: (d) =>
      `Estamos investigando y te diremos lo que hemos encontrado y lo que significa para ti antes del ${d}.`,
    outage: (d) => `Estamos trabajando para restablecerlo todo y te informaremos antes del ${d}.`,
    general: (d) => `Estamos revisándolo y te escribiremos antes del ${d}.`,
  },
  private:
    "Si lo prefieres, puedes enviarnos un mensaje privado o un correo con tu número de pedido y te atendemos por esa vía.",
  offer: (r) => `Para compensarte, te ofrecemos ${r}.`,
  gave: (r) => `Para compensarte, te hemos concedido ${r}.`,
  code: "código",
  apologyOnly: "Te pedimos disculpas.",
  remedy: {
    apology: () => "nuestras disculpas",
    discount: (a) => (a ? `un descuento de ${a} en tu próximo pedido` : "un descuento en tu próximo pedido"),
    refund: (a) => (a ? `un reembolso de ${a}` : "el reembolso completo de tu pago"),
    return_shipping_paid: () => "la devolución gratuita, con el envío a nuestro cargo",
    replacement: () => "un reemplazo a nuestro cargo",
    price_honoured: () => "el precio del momento de tu pedido o la cancelación gratuita",
  },
  subject: "Tu mensaje",
  sign: (s) => `Un saludo,\nel equipo de ${s}`,
  followUpPrivate: (s, n) =>
    `${n ? `Hola ${n}, n` : "N"}os alegra haberlo resuelto. Si te parece justo, ¿podrías actualizar o eliminar tu publicación, para que otros vean cómo terminó? Gracias,\nel equipo de ${s}`,
  followUpPublic: (o) =>
    `Actualización: lo hemos hablado en privado y el problema está resuelto${o ? ` (${o})` : ""}. Gracias por tu paciencia.`,
};

const WORDS: Record<CaseLang, Words> = { en, pl, de, fr, it, es };
export const wordsOf = (language: CaseLang): Words => WORDS[language];
