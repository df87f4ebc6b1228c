import { describe, expect, it } from "vitest";
import { crisisFacts } from "./crisis-facts.js";
import { classify } from "./index.js";

/**
 * Crisis facts told plainly (thirty-second pass: crisis-facts.ts). Written for this test, not the bench's
 * sentences: [text, language, topic].
 */
const TOLD: [string, string, string][] = [
  // An account taken over, an order placed with it: fraud.
  ["Somebody reset my password last night and ordered three phones", "en", "fraud"],
  ["My account was hacked and there are orders I never placed", "en", "fraud"],
  ["Fremde haben über mein Konto drei Konsolen bestellt", "de", "fraud"],
  ["Mein Passwort wurde gestern Nacht geändert", "de", "fraud"],
  ["Mon mot de passe a été modifié et il y a une commande que je n'ai pas faite", "fr", "fraud"],
  ["Quelqu'un s'est connecté à mon compte cette nuit", "fr", "fraud"],
  ["Mi hanno cambiato la password e sparito il saldo punti", "it", "fraud"],
  ["Qualcuno è entrato nel mio account stanotte", "it", "fraud"],
  ["Me han cambiado la contraseña esta mañana", "es", "fraud"],
  ["Han hecho dos pedidos con mi tarjeta guardada", "es", "fraud"],
  ["Ktoś zalogował się na moje konto w nocy", "pl", "fraud"],
  ["Moje konto zostało przejęte wczoraj", "pl", "fraud"],
  // A copy of the shop's site that took money.
  ["The page looked just like your site, I paid £60 and nothing arrived", "en", "fraud"],
  ["Sah genau aus wie die Seite von euch, 80 € bezahlt, nie was gekommen", "de", "fraud"],
  // The author's own data leaked: security.
  ["My personal details are on the dark web now", "en", "security"],
  ["My name and address ended up online, apparently", "en", "security"],
  ["Meine Daten sind jetzt im Netz", "de", "security"],
  ["Die Kundenliste ist im Netz. Meine Adresse ist auch dabei", "de", "security"],
  ["Mes données ont fuité, super", "fr", "security"],
  ["Mes coordonnées sont dans la nature depuis lundi", "fr", "security"],
  ["I miei dati sono finiti in rete", "it", "security"],
  ["Ci sono anche i miei dati in quella lista", "it", "security"],
  ["Se filtraron mis datos hace un mes", "es", "security"],
  ["Mis datos personales están en internet", "es", "security"],
  ["Moje dane są w sieci od tygodnia", "pl", "security"],
  ["Moje dane zostały ujawnione w sieci", "pl", "security"],
  // A code accepted and the full price charged, a charge above the sum shown: price.
  ["Voucher applied fine but I still paid the full price", "en", "price"],
  ["The site showed $35 and my card was charged $52", "en", "price"],
  ["Gutschein eingelöst, aber der volle Preis steht auf der Rechnung", "de", "price"],
  ["Im Warenkorb standen 30 €, abgebucht wurden 45 €", "de", "price"],
  ["Bon de réduction appliqué, mais j'ai payé plein tarif", "fr", "price"],
  ["Le panier affichait 40 € et on m'a débité 55 €", "fr", "price"],
  ["Coupon applicato ma ho pagato il prezzo intero", "it", "price"],
  ["Sul sito era 30€ e mi hanno addebitato 42€", "it", "price"],
  ["Cupón aplicado pero me cobraron el precio completo", "es", "price"],
  ["La tienda marcaba 20€ y me cobraron 28€", "es", "price"],
  ["Kod przyjęty, ale zapłaciłam pełną cenę", "pl", "price"],
  ["W koszyku było 100 zł, a pobrano 130 zł", "pl", "price"],
  // A day promised and a later one now, or nobody on yesterday's slot: delivery.
  ["Parcel was supposed to arrive Tuesday, it's now Thursday", "en", "delivery"],
  ["Booked for yesterday 2-4pm, nobody came", "en", "delivery"],
  ["Das Paket sollte am Montag kommen, kam erst am Mittwoch", "de", "delivery"],
  ["Sollte am Freitag kommen, jetzt ist Sonntag", "de", "delivery"],
  ["Le colis devait arriver mardi, livré jeudi", "fr", "delivery"],
  ["Promise pour hier matin, personne n'est passé", "fr", "delivery"],
  ["Doveva arrivare venerdì, è arrivato lunedì", "it", "delivery"],
  ["Consegna prevista ieri, non è venuto nessuno", "it", "delivery"],
  ["Tenía que llegar el martes y llegó el jueves", "es", "delivery"],
  ["Tenía que venir ayer por la tarde y no vino nadie", "es", "delivery"],
  ["Paczka miała być w poniedziałek, przyszła w środę", "pl", "delivery"],
  ["Zakupy miały przyjechać w piątek, dotarły w poniedziałek", "pl", "delivery"],
];

/** Controls: the same words with nothing wrong told, or asked, or news with no first person. */
const FINE: [string, string][] = [
  ["I changed my password, all good now", "en"],
  ["Change your password regularly, folks", "en"],
  ["Ich habe mein Passwort geändert, alles gut", "de"],
  ["J'ai changé mon mot de passe, tout va bien", "fr"],
  ["Ho cambiato la password, tutto a posto", "it"],
  ["He cambiado la contraseña, todo bien", "es"],
  ["Zmieniłam hasło, wszystko działa", "pl"],
  ["Meine Daten sind nicht betroffen, zum Glück", "de"],
  ["Code accepted, paid 64€, thanks", "en"],
  ["Charged £80 as shown, fine", "en"],
  ["Gutschein angenommen, 20 € gespart, danke", "de"],
  ["Code promo accepté, payé 40 €, merci", "fr"],
  ["Due Saturday, came Friday!", "en"],
  ["Sollte am Samstag kommen, kam schon am Freitag", "de"],
  ["Tenía que llegar el sábado y llegó el viernes, genial", "es"],
  ["Miała być w sobotę, przyszła w piątek, super", "pl"],
  ["Doveva arrivare sabato, è arrivato venerdì, ottimo", "it"],
  // News of a leak with no first person stays another reader's (others-news.ts): neutral, as on main.
  ["Kaufhaus Nord bestätigt: Kundendaten sind im Netz aufgetaucht", "de"],
  ["MercaRed confirma que los datos de sus clientes se han filtrado", "es"],
  ["Sklep Butik potwierdza, że dane klientów wyciekły", "pl"],
];

describe("crisis facts told plainly", () => {
  it.each(TOLD)("reads %s (%s) as a complaint of %s", (text, language, topic) => {
    const c = classify({ text, language });
    expect(c.complaint).toBe(true);
    expect(c.topics).toContain(topic);
  });

  it.each(FINE)("leaves %s (%s) without a complaint", (text, language) => {
    expect(classify({ text, language }).complaint).toBe(false);
  });
});

/** Asked or denied: the rule itself reads nothing (main's other readers already call these security). */
describe("crisis facts asked or denied", () => {
  it.each([
    ["Has someone logged into my account?", "en"],
    ["My data was not leaked, I checked", "en"],
    ["Mis datos no se han filtrado, menos mal", "es"],
    ["Moje dane nie wyciekły", "pl"],
    ["Did somebody change my password?", "en"],
  ])("finds no crisis fact in %s (%s)", (text, language) => {
    expect(crisisFacts(text, language)).toBeNull();
  });
});
