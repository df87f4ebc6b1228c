/**
 * Pre-sale and how-to questions that should read neutral, for the nineteenth pass (neutral questions) of
 * docs/classification.md. Written on 2026-12-07 before any rule of that pass was changed and committed
 * alone so the order shows. 30 a language (en, pl, de, fr, it, es): 20 neutral questions (a product's
 * properties and washing, sizes, availability, delivery time, payment methods, how to do something) and
 * 10 controls whose reading must not move (complaint questions, "is it possible that nobody answers?",
 * praise asked as a question). The four misses the brief quoted are among the rows; the rest were
 * written by the same hand, in the same session and from the same brief as the rules, so after the rules
 * this set measures coverage, not unseen accuracy. Read through bench/neutral-questions.ts.
 *
 * Each row: text, language, whether it is a complaint, the polarity it should read, its kind.
 */
export type Lang = "en" | "pl" | "de" | "fr" | "it" | "es";
export type Label = "negative" | "neutral" | "positive";
export type Kind =
  | "property" // what a product is made of, how it washes, what it does
  | "size" // sizes and fit
  | "stock" // availability, colours, restocks
  | "delivery" // delivery time and places
  | "payment" // payment methods
  | "howto" // how to order, return, change
  | "complaint" // control: a complaint asked as a question
  | "possible" // control: "is it possible that nobody answers?"
  | "praise"; // control: praise asked as a question
export type Row = [text: string, lang: Lang, complaint: boolean, label: Label, kind: Kind];

type Item = [text: string, kind: Kind];
const N = (lang: Lang, items: Item[]): Row[] => items.map(([t, k]) => [t, lang, false, "neutral", k]);
const C = (lang: Lang, items: Item[]): Row[] => items.map(([t, k]) => [t, lang, true, "negative", k]);
const P = (lang: Lang, items: Item[]): Row[] => items.map(([t, k]) => [t, lang, false, "positive", k]);

const en: Row[] = [
  ...N("en", [
    ["Can the fabric go in the washing machine?", "property"],
    ["Is this jacket waterproof or just water resistant?", "property"],
    ["What is the sole made of?", "property"],
    ["Does the lamp come with a bulb?", "property"],
    ["Is the cover removable for washing?", "property"],
    ["Is it also available in size L?", "size"],
    ["Does this dress run small or true to size?", "size"],
    ["What size should I order if I am 180 cm tall?", "size"],
    ["Will the black one be back in stock soon?", "stock"],
    ["Do you have this model in dark green?", "stock"],
    ["Is the 64 GB version still available?", "stock"],
    ["How many days does delivery to Austria take?", "delivery"],
    ["Do you ship to Norway?", "delivery"],
    ["If I order today, when will it arrive?", "delivery"],
    ["Is it possible to pay on delivery?", "payment"],
    ["Can I pay with PayPal?", "payment"],
    ["Do you accept bank transfer?", "payment"],
    ["How do I change the delivery address on my order?", "howto"],
    ["Do I need to print the return label?", "howto"],
    ["Is it necessary to create an account to order?", "howto"],
  ]),
  ...C("en", [
    ["Why has nobody answered my three emails about the broken zip?", "complaint"],
    ["Is it possible that nobody at your shop reads the messages?", "possible"],
    ["Where is my refund, it has been a month?", "complaint"],
    ["How is it possible that the parcel is still not here after three weeks?", "possible"],
    ["Why did you charge me twice for one order?", "complaint"],
  ]),
  ...P("en", [
    ["Isn't this scarf just lovely?", "praise"],
    ["Who knew a kettle could be this beautiful?", "praise"],
    ["How is it possible that it arrived so fast? Amazing service!", "praise"],
    ["Have you ever seen a nicer colour?", "praise"],
    ["Can I just say how much I love this jumper?", "praise"],
  ]),
];

const pl: Row[] = [
  ...N("pl", [
    ["Czy materiał można prać w pralce?", "property"],
    ["Czy ta kurtka jest wodoodporna?", "property"],
    ["Z czego jest zrobiona podeszwa?", "property"],
    ["Czy lampa jest sprzedawana z żarówką?", "property"],
    ["Czy pokrowiec da się zdjąć do prania?", "property"],
    ["Czy jest dostępny także w rozmiarze L?", "size"],
    ["Czy ta sukienka jest zgodna z rozmiarówką?", "size"],
    ["Jaki rozmiar wybrać przy wzroście 180 cm?", "size"],
    ["Czy czarny kolor wróci jeszcze na stan?", "stock"],
    ["Czy macie ten model w kolorze ciemnozielonym?", "stock"],
    ["Czy wersja 64 GB jest jeszcze dostępna?", "stock"],
    ["Ile dni trwa dostawa do Niemiec?", "delivery"],
    ["Czy wysyłacie do Norwegii?", "delivery"],
    ["Jeśli zamówię dzisiaj, kiedy przyjdzie paczka?", "delivery"],
    ["Czy można zapłacić przy odbiorze?", "payment"],
    ["Czy mogę zapłacić BLIKIEM?", "payment"],
    ["Czy przyjmujecie przelew tradycyjny?", "payment"],
    ["Jak zmienić adres dostawy w zamówieniu?", "howto"],
    ["Czy trzeba drukować etykietę zwrotną?", "howto"],
    ["Czy trzeba zakładać konto, żeby złożyć zamówienie?", "howto"],
  ]),
  ...C("pl", [
    ["Dlaczego nikt nie odpowiada na moje trzy maile w sprawie zepsutego zamka?", "complaint"],
    ["Czy to możliwe, że nikt u was nie czyta wiadomości?", "possible"],
    ["Gdzie jest mój zwrot pieniędzy, minął już miesiąc?", "complaint"],
    ["Jak to możliwe, że paczki nadal nie ma po trzech tygodniach?", "possible"],
    ["Dlaczego pobraliście ode mnie pieniądze dwa razy za jedno zamówienie?", "complaint"],
  ]),
  ...P("pl", [
    ["Czy ten szalik nie jest po prostu piękny?", "praise"],
    ["Kto by pomyślał, że czajnik może być tak piękny?", "praise"],
    ["Jak to możliwe, że paczka przyszła tak szybko? Świetna obsługa!", "praise"],
    ["Widzieliście kiedyś ładniejszy kolor?", "praise"],
    ["Czy mogę tylko powiedzieć, jak bardzo kocham ten sweter?", "praise"],
  ]),
];

const de: Row[] = [
  ...N("de", [
    ["Kann der Stoff in die Waschmaschine?", "property"],
    ["Ist die Jacke wasserdicht oder nur wasserabweisend?", "property"],
    ["Woraus ist die Sohle gemacht?", "property"],
    ["Ist bei der Lampe ein Leuchtmittel dabei?", "property"],
    ["Kann man den Bezug zum Waschen abnehmen?", "property"],
    ["Gibt es das Modell auch in Größe L?", "size"],
    ["Fällt das Kleid eher klein oder normal aus?", "size"],
    ["Welche Größe soll ich bei 180 cm Körpergröße bestellen?", "size"],
    ["Kommt die schwarze Farbe bald wieder rein?", "stock"],
    ["Habt ihr das Modell auch in Dunkelgrün?", "stock"],
    ["Ist die Version mit 64 GB noch verfügbar?", "stock"],
    ["Wie viele Tage dauert der Versand nach Österreich?", "delivery"],
    ["Liefert ihr auch nach Norwegen?", "delivery"],
    ["Wenn ich heute bestelle, wann kommt es an?", "delivery"],
    ["Ist es möglich, per Nachnahme zu bezahlen?", "payment"],
    ["Kann ich mit PayPal bezahlen?", "payment"],
    ["Akzeptiert ihr Überweisung?", "payment"],
    ["Wie kann ich die Lieferadresse meiner Bestellung ändern?", "howto"],
    ["Muss ich das Retourenetikett ausdrucken?", "howto"],
    ["Muss man ein Konto anlegen, um zu bestellen?", "howto"],
  ]),
  ...C("de", [
    ["Warum antwortet niemand auf meine drei Mails wegen des kaputten Reißverschlusses?", "complaint"],
    ["Kann es sein, dass bei euch niemand die Nachrichten liest?", "possible"],
    ["Wo bleibt meine Erstattung, es ist schon ein Monat her?", "complaint"],
    ["Wie kann es sein, dass das Paket nach drei Wochen immer noch nicht da ist?", "possible"],
    ["Warum habt ihr mir eine Bestellung zweimal abgebucht?", "complaint"],
  ]),
  ...P("de", [
    ["Ist dieser Schal nicht einfach wunderschön?", "praise"],
    ["Wer hätte gedacht, dass ein Wasserkocher so schön sein kann?", "praise"],
    ["Wie kann es sein, dass es so schnell ankam? Toller Service!", "praise"],
    ["Habt ihr je eine schönere Farbe gesehen?", "praise"],
    ["Darf ich sagen, wie sehr ich diesen Pullover liebe?", "praise"],
  ]),
];

const fr: Row[] = [
  ...N("fr", [
    ["Le tissu passe-t-il en machine ?", "property"],
    ["Cette veste est-elle imperméable ?", "property"],
    ["En quoi est faite la semelle ?", "property"],
    ["La lampe est-elle livrée avec une ampoule ?", "property"],
    ["La housse est-elle déhoussable pour le lavage ?", "property"],
    ["Est-il disponible aussi en taille L ?", "size"],
    ["Cette robe taille-t-elle petit ou normalement ?", "size"],
    ["Quelle taille faut-il prendre pour 1m80 ?", "size"],
    ["Le noir sera-t-il bientôt de nouveau en stock ?", "stock"],
    ["Avez-vous ce modèle en vert foncé ?", "stock"],
    ["La version 64 Go est-elle encore disponible ?", "stock"],
    ["Combien de jours faut-il pour la livraison ?", "delivery"],
    ["Livrez-vous en Norvège ?", "delivery"],
    ["Si je commande aujourd'hui, quand est-ce que je le reçois ?", "delivery"],
    ["Est-il possible de payer à la livraison ?", "payment"],
    ["Puis-je payer avec PayPal ?", "payment"],
    ["Acceptez-vous les virements bancaires ?", "payment"],
    ["Comment faut-il faire pour changer l'adresse de livraison ?", "howto"],
    ["Faut-il imprimer l'étiquette de retour ?", "howto"],
    ["Est-il nécessaire de créer un compte pour commander ?", "howto"],
  ]),
  ...C("fr", [
    ["Pourquoi personne ne répond à mes trois mails au sujet de la fermeture cassée ?", "complaint"],
    ["Est-il possible que personne chez vous ne lise les messages ?", "possible"],
    ["Où est mon remboursement, ça fait un mois ?", "complaint"],
    ["Comment est-il possible que le colis ne soit toujours pas arrivé après trois semaines ?", "possible"],
    ["Pourquoi m'avez-vous débité deux fois pour une seule commande ?", "complaint"],
  ]),
  ...P("fr", [
    ["Cette écharpe n'est-elle pas tout simplement magnifique ?", "praise"],
    ["Qui aurait cru qu'une bouilloire pouvait être aussi belle ?", "praise"],
    ["Comment est-ce possible que ce soit arrivé si vite ? Service génial !", "praise"],
    ["Avez-vous déjà vu une plus belle couleur ?", "praise"],
    ["Puis-je juste dire à quel point j'adore ce pull ?", "praise"],
  ]),
];

const it: Row[] = [
  ...N("it", [
    ["Il tessuto si può lavare in lavatrice?", "property"],
    ["Questa giacca è impermeabile?", "property"],
    ["Di che materiale è la suola?", "property"],
    ["La lampada è venduta con la lampadina?", "property"],
    ["La fodera è sfoderabile per il lavaggio?", "property"],
    ["È disponibile anche nella taglia L?", "size"],
    ["Questo vestito veste piccolo o regolare?", "size"],
    ["Che taglia devo prendere se sono alto 1,80?", "size"],
    ["Il nero tornerà presto disponibile?", "stock"],
    ["Avete questo modello in verde scuro?", "stock"],
    ["La versione da 64 GB è ancora disponibile?", "stock"],
    ["Quanti giorni ci vogliono per la consegna in Austria?", "delivery"],
    ["Spedite anche in Norvegia?", "delivery"],
    ["Se ordino oggi, quando arriva?", "delivery"],
    ["È possibile pagare alla consegna?", "payment"],
    ["Posso pagare con PayPal?", "payment"],
    ["Accettate il bonifico bancario?", "payment"],
    ["Come posso cambiare l'indirizzo di consegna dell'ordine?", "howto"],
    ["Bisogna stampare l'etichetta per il reso?", "howto"],
    ["È necessario creare un account per ordinare?", "howto"],
  ]),
  ...C("it", [
    ["Perché nessuno risponde alle mie tre mail sulla cerniera rotta?", "complaint"],
    ["È possibile che nessuno da voi legga i messaggi?", "possible"],
    ["Dov'è il mio rimborso, è passato un mese?", "complaint"],
    ["Com'è possibile che il pacco non sia ancora arrivato dopo tre settimane?", "possible"],
    ["Perché mi avete addebitato due volte lo stesso ordine?", "complaint"],
  ]),
  ...P("it", [
    ["Non è semplicemente bellissima questa sciarpa?", "praise"],
    ["Chi l'avrebbe detto che un bollitore potesse essere così bello?", "praise"],
    ["Com'è possibile che sia arrivato così presto? Servizio fantastico!", "praise"],
    ["Avete mai visto un colore più bello?", "praise"],
    ["Posso solo dire quanto adoro questo maglione?", "praise"],
  ]),
];

const es: Row[] = [
  ...N("es", [
    ["¿La tela se puede lavar en la lavadora?", "property"],
    ["¿Esta chaqueta es impermeable?", "property"],
    ["¿De qué material es la suela?", "property"],
    ["¿La lámpara viene con bombilla?", "property"],
    ["¿La funda se puede quitar para lavarla?", "property"],
    ["¿Está disponible también en la talla L?", "size"],
    ["¿Este vestido talla pequeño o normal?", "size"],
    ["¿Qué talla debo pedir si mido 1,80?", "size"],
    ["¿El negro volverá a estar disponible pronto?", "stock"],
    ["¿Tenéis este modelo en verde oscuro?", "stock"],
    ["¿La versión de 64 GB sigue disponible?", "stock"],
    ["¿Cuántos días tarda el envío a Austria?", "delivery"],
    ["¿Enviáis a Noruega?", "delivery"],
    ["Si pido hoy, ¿cuándo llega?", "delivery"],
    ["¿Es posible pagar contra reembolso?", "payment"],
    ["¿Puedo pagar con PayPal?", "payment"],
    ["¿Aceptáis transferencia bancaria?", "payment"],
    ["¿Cómo cambio la dirección de entrega de mi pedido?", "howto"],
    ["¿Hace falta imprimir la etiqueta de devolución?", "howto"],
    ["¿Es necesario crear una cuenta para comprar?", "howto"],
  ]),
  ...C("es", [
    ["¿Por qué nadie responde a mis tres correos sobre la cremallera rota?", "complaint"],
    ["¿Es posible que nadie en vuestra tienda lea los mensajes?", "possible"],
    ["¿Dónde está mi reembolso, ya ha pasado un mes?", "complaint"],
    ["¿Cómo es posible que el paquete siga sin llegar después de tres semanas?", "possible"],
    ["¿Por qué me habéis cobrado dos veces el mismo pedido?", "complaint"],
  ]),
  ...P("es", [
    ["¿No es simplemente preciosa esta bufanda?", "praise"],
    ["¿Quién diría que un hervidor podía ser tan bonito?", "praise"],
    ["¿Cómo es posible que haya llegado tan rápido? ¡Servicio genial!", "praise"],
    ["¿Habéis visto alguna vez un color más bonito?", "praise"],
    ["¿Puedo decir cuánto me encanta este jersey?", "praise"],
  ]),
];

export const NEUTRAL_QUESTIONS: Row[] = [...en, ...pl, ...de, ...fr, ...it, ...es];
