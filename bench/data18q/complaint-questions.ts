/**
 * Complaint questions and exasperated complaints said without a negative word, for the eighteenth pass
 * (questions) of docs/classification.md. Written on 2026-12-07 before any rule of that pass was changed
 * and committed alone so the order shows. 25 a language (en, pl, de, fr, it, es): 15 complaints ("how
 * many times do I have to", "third time I'm writing", "day 12 and counting", "how hard is it to", "who
 * do I have to call", "is it too much to ask", "do you even read") and 10 controls (genuine questions and
 * requests with the same words: "how many days does delivery take?", "how many times can I exchange",
 * "who do I contact about", a remedy asked about in an "if" clause, an "if" question typed without "?",
 * a third order praised). Written by the same hand, in the same session and from the same brief as the
 * rules, so after the rules it measures coverage, not unseen accuracy. Read through
 * bench/complaint-questions.ts.
 *
 * Each row: text, language, whether it is a complaint, the polarity it should read, its kind.
 */
export type Lang = "en" | "pl" | "de" | "fr" | "it" | "es";
export type Label = "negative" | "neutral" | "positive";
export type Kind =
  | "count" // how many times / which time / third time
  | "wait" // how long still / day 12
  | "hard" // how hard is it / is it too much to ask / how is it possible / what does it take
  | "who" // who do I have to call
  | "read" // do you even read
  | "tally" // three weeks, five emails, zero answers
  | "question" // control: a genuine question or request
  | "if" // control: a case asked about in an "if" clause
  | "praise"; // control: a repeat order praised
export type Row = [text: string, lang: Lang, complaint: boolean, label: Label, kind: Kind];

type Item = [text: string, kind: Kind];
const C = (lang: Lang, items: Item[]): Row[] => items.map(([t, k]) => [t, lang, true, "negative", k]);
const K = (lang: Lang, items: Item[]): Row[] =>
  items.map(([t, k]) => [t, lang, false, k === "praise" ? "positive" : "neutral", k]);

const en: Row[] = [
  ...C("en", [
    ["How many times do I have to email you before someone sorts out my order?", "count"],
    ["This is the third time I'm writing about the same parcel.", "count"],
    ["Day 12 and counting since you said it was dispatched.", "wait"],
    ["Seriously, how hard can it be to pack the right size?", "hard"],
    ["Who exactly do I need to talk to to get my money back?", "who"],
    ["How much longer am I supposed to wait for a reply to my email?", "wait"],
    ["Fourth email this week about order 5521.", "count"],
    ["How is it possible that the parcel has been in the depot for nine days?", "hard"],
    ["Is it too much to ask for an answer after two weeks?", "hard"],
    ["what does it take to get a simple refund around here", "hard"],
    ["how many more times do i need to send you my order number", "count"],
    ["Three weeks, five emails, zero answers.", "tally"],
    ["Do you even read your emails?", "read"],
    ["How many more days until someone looks at my return?", "wait"],
    ["Who do I have to call to finally get this sorted?", "who"],
  ]),
  ...K("en", [
    ["How many days does delivery to Germany usually take?", "question"],
    ["Can I change my size after ordering?", "question"],
    ["How many times can I exchange an item?", "question"],
    ["Who do I contact about a wholesale order?", "question"],
    ["How long does a refund take to show on my card?", "question"],
    ["Third order from you and it's perfect again, thanks!", "praise"],
    ["What does it cost to ship to Norway?", "question"],
    ["Is it possible to pick up the order in store?", "question"],
    ["Do I get my money back if the delivery is late?", "if"],
    ["what happens if my card is charged twice by mistake", "if"],
  ]),
];

const pl: Row[] = [
  ...C("pl", [
    ["Ile razy jeszcze mam pisać w sprawie tego samego zamówienia?", "count"],
    ["Ile jeszcze mam czekać na zwrot pieniędzy?", "wait"],
    ["Piszę już trzeci raz w tej samej sprawie.", "count"],
    ["Który to już raz proszę o odpowiedź?", "count"],
    ["Dwunasty dzień od wysyłki i dalej czekam na paczkę.", "wait"],
    ["Naprawdę tak trudno wysłać właściwy kolor?", "hard"],
    ["Do kogo mam dzwonić, żeby sprawa w końcu została załatwiona?", "who"],
    ["Jak długo jeszcze mam czekać na odpowiedź na maila?", "wait"],
    ["Czwarty mail w tym tygodniu w sprawie zamówienia 5521.", "count"],
    ["Jak to możliwe, że paczka od dziewięciu dni stoi w sortowni?", "hard"],
    ["Czy to naprawdę tak dużo prosić o odpowiedź po dwóch tygodniach?", "hard"],
    ["co trzeba zrobic zeby dostac zwrot pieniedzy", "hard"],
    ["ile razy jeszcze mam wysylac numer zamowienia", "count"],
    ["Trzy tygodnie, pięć maili, zero odpowiedzi.", "tally"],
    ["Czy wy w ogóle czytacie maile?", "read"],
  ]),
  ...K("pl", [
    ["Ile dni trwa dostawa do Niemiec?", "question"],
    ["Czy mogę zmienić rozmiar po złożeniu zamówienia?", "question"],
    ["Ile razy mogę wymienić produkt?", "question"],
    ["Do kogo mam się zwrócić w sprawie faktury?", "question"],
    ["Jak długo trwa zwrot pieniędzy na kartę?", "question"],
    ["Trzecie zamówienie u was i znowu wszystko idealnie, dziękuję!", "praise"],
    ["Ile kosztuje wysyłka do Czech?", "question"],
    ["Czy jest możliwy odbiór osobisty w sklepie?", "question"],
    ["Czy dostanę zwrot pieniędzy, jeśli dostawa się spóźni?", "if"],
    ["co się stanie jeśli karta zostanie obciążona dwa razy przez pomyłkę", "if"],
  ]),
];

const de: Row[] = [
  ...C("de", [
    ["Wie oft muss ich euch noch wegen derselben Bestellung schreiben?", "count"],
    ["Wie lange soll ich noch auf meine Erstattung warten?", "wait"],
    ["Das ist jetzt meine dritte Mail zu diesem Paket.", "count"],
    ["Zum wievielten Mal frage ich jetzt nach?", "count"],
    ["Tag 12 seit dem Versand und ich warte immer noch.", "wait"],
    ["Ist es wirklich so schwer, die richtige Farbe zu schicken?", "hard"],
    ["Wen muss ich anrufen, damit sich endlich etwas tut?", "who"],
    ["Wie lange braucht ihr eigentlich, um eine Mail zu beantworten?", "wait"],
    ["Vierte Mail diese Woche wegen Bestellung 5521.", "count"],
    ["Wie kann es sein, dass das Paket seit neun Tagen im Verteilzentrum liegt?", "hard"],
    ["Ist es zu viel verlangt, nach zwei Wochen eine Antwort zu bekommen?", "hard"],
    ["was muss man bei euch tun um sein geld zurueckzubekommen", "hard"],
    ["wie oft noch soll ich die bestellnummer schicken", "count"],
    ["Drei Wochen, fünf Mails, null Antworten.", "tally"],
    ["Lest ihr eure Mails überhaupt?", "read"],
  ]),
  ...K("de", [
    ["Wie viele Tage dauert der Versand nach Österreich?", "question"],
    ["Kann ich die Größe nach der Bestellung noch ändern?", "question"],
    ["Wie oft kann ich einen Artikel umtauschen?", "question"],
    ["An wen wende ich mich wegen einer Rechnung?", "question"],
    ["Wie lange dauert eine Erstattung auf die Kreditkarte?", "question"],
    ["Dritte Bestellung bei euch und wieder alles perfekt, danke!", "praise"],
    ["Was kostet der Versand in die Schweiz?", "question"],
    ["Ist eine Abholung im Laden möglich?", "question"],
    ["Bekomme ich mein Geld zurück, wenn die Lieferung zu spät kommt?", "if"],
    ["was passiert wenn meine Karte aus Versehen zweimal belastet wird", "if"],
  ]),
];

const fr: Row[] = [
  ...C("fr", [
    ["Combien de fois faut-il vous écrire pour la même commande ?", "count"],
    ["Combien de temps encore dois-je attendre mon remboursement ?", "wait"],
    ["C'est la troisième fois que je vous écris pour ce colis.", "count"],
    ["Je dois relancer combien de fois encore ?", "count"],
    ["Douzième jour d'attente depuis l'expédition.", "wait"],
    ["C'est vraiment si difficile d'envoyer la bonne taille ?", "hard"],
    ["Qui faut-il appeler pour que les choses bougent enfin ?", "who"],
    ["Vous mettez combien de temps pour répondre à un mail ?", "wait"],
    ["Quatrième mail cette semaine pour la commande 5521.", "count"],
    ["Comment est-ce possible que le colis soit au dépôt depuis neuf jours ?", "hard"],
    ["C'est trop demander d'avoir une réponse après deux semaines ?", "hard"],
    ["qu'est-ce qu'il faut faire pour etre rembourse chez vous", "hard"],
    ["combien de fois dois je renvoyer mon numero de commande", "count"],
    ["Trois semaines, cinq mails, zéro réponse.", "tally"],
    ["Vous lisez vos mails parfois ?", "read"],
  ]),
  ...K("fr", [
    ["Combien de jours faut-il pour une livraison en Belgique ?", "question"],
    ["Puis-je changer la taille après la commande ?", "question"],
    ["Combien de fois peut-on échanger un article ?", "question"],
    ["À qui dois-je m'adresser pour une facture ?", "question"],
    ["Combien de temps prend un remboursement sur la carte ?", "question"],
    ["Troisième commande chez vous et encore parfait, merci !", "praise"],
    ["Combien coûte la livraison en Suisse ?", "question"],
    ["Est-il possible de retirer la commande en magasin ?", "question"],
    ["Est-ce que je suis remboursé si la livraison est en retard ?", "if"],
    ["que se passe-t-il si ma carte est débitée deux fois par erreur", "if"],
  ]),
];

const it: Row[] = [
  ...C("it", [
    ["Quante volte devo scrivervi per lo stesso ordine?", "count"],
    ["Quanto devo aspettare ancora per il rimborso?", "wait"],
    ["È la terza volta che vi scrivo per questo pacco.", "count"],
    ["Quante altre volte devo sollecitare?", "count"],
    ["Giorno 12 dalla spedizione e sto ancora aspettando.", "wait"],
    ["È davvero così difficile spedire il colore giusto?", "hard"],
    ["Chi devo chiamare perché la pratica si muova finalmente?", "who"],
    ["Quanto ci mettete a rispondere a una mail?", "wait"],
    ["Quarta mail questa settimana per l'ordine 5521.", "count"],
    ["Com'è possibile che il pacco sia fermo al deposito da nove giorni?", "hard"],
    ["È chiedere troppo avere una risposta dopo due settimane?", "hard"],
    ["cosa bisogna fare per essere rimborsati da voi", "hard"],
    ["quante volte ancora devo mandare il numero d'ordine", "count"],
    ["Tre settimane, cinque mail, zero risposte.", "tally"],
    ["Ma le leggete le mail?", "read"],
  ]),
  ...K("it", [
    ["Quanti giorni ci vogliono per la consegna in Austria?", "question"],
    ["Posso cambiare la taglia dopo l'ordine?", "question"],
    ["Quante volte posso cambiare un articolo?", "question"],
    ["A chi mi devo rivolgere per una fattura?", "question"],
    ["Quanto tempo ci vuole per il rimborso sulla carta?", "question"],
    ["Terzo ordine da voi e di nuovo tutto perfetto, grazie!", "praise"],
    ["Quanto costa la spedizione in Svizzera?", "question"],
    ["È possibile ritirare l'ordine in negozio?", "question"],
    ["Vengo rimborsato se la consegna arriva in ritardo?", "if"],
    ["cosa succede se la carta viene addebitata due volte per errore", "if"],
  ]),
];

const es: Row[] = [
  ...C("es", [
    ["¿Cuántas veces tengo que escribiros por el mismo pedido?", "count"],
    ["¿Cuánto tiempo más tengo que esperar el reembolso?", "wait"],
    ["Es la tercera vez que os escribo por este paquete.", "count"],
    ["¿Cuántas veces más tengo que preguntar?", "count"],
    ["Día 12 desde el envío y seguimos esperando.", "wait"],
    ["¿Tan difícil es enviar el color correcto?", "hard"],
    ["¿A quién tengo que llamar para que esto se mueva de una vez?", "who"],
    ["¿Cuánto tardáis en contestar un correo?", "wait"],
    ["Cuarto correo esta semana por el pedido 5521.", "count"],
    ["¿Cómo es posible que el paquete lleve nueve días en el almacén?", "hard"],
    ["¿Es mucho pedir una respuesta después de dos semanas?", "hard"],
    ["que hay que hacer para que me devuelvan el dinero", "hard"],
    ["cuantas veces mas tengo que mandar el numero de pedido", "count"],
    ["Tres semanas, cinco correos, cero respuestas.", "tally"],
    ["¿Leéis los correos alguna vez?", "read"],
  ]),
  ...K("es", [
    ["¿Cuántos días tarda el envío a Portugal?", "question"],
    ["¿Puedo cambiar la talla después de hacer el pedido?", "question"],
    ["¿Cuántas veces puedo cambiar un artículo?", "question"],
    ["¿A quién me dirijo para una factura?", "question"],
    ["¿Cuánto tarda el reembolso en la tarjeta?", "question"],
    ["Tercer pedido con vosotros y otra vez perfecto, ¡gracias!", "praise"],
    ["¿Cuánto cuesta el envío a Francia?", "question"],
    ["¿Es posible recoger el pedido en tienda?", "question"],
    ["¿Me devuelven el dinero si la entrega llega tarde?", "if"],
    ["qué pasa si me cobran dos veces la tarjeta por error", "if"],
  ]),
];

export const COMPLAINT_QUESTIONS: readonly Row[] = [...en, ...pl, ...de, ...fr, ...it, ...es];
