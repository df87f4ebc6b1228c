/**
 * Held-out public social mentions of online shops (bench/data24), written by hand by a fifth writer who did
 * not read the classifier, its rules, its docs nor the other fresh sets (only the line format in
 * bench/data20/types.ts and the topic names), before the dev set. Genres: what a brand-monitoring feed
 * holds — X/Twitter posts and replies, Threads/Mastodon, Instagram/Facebook/TikTok/YouTube comments,
 * Reddit and Wykop titles and comments, forum one-liners: complaints, questions to the shop, retweeted
 * promotions, giveaway tags, jokes and memes, news-like posts, job posts, praise, sarcasm, and crises
 * (checkout down on Black Friday, a customer-data leak, a viral price error, a carrier strike, phishing SMS
 * in a shop's name, a recall) seen both by those hit and by bystanders. Invented shop names.
 * Mix: en 40, de 40, pl 30, fr 30, it 30, es 30 = 200; about 40% negative, 35% neutral, 25% positive, about
 * 35% complaints. Complaint only where the author reports a problem the shop should make right; a bystander
 * or a mere question is not one. This set is read once per pass; nothing is tuned on it.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C outage,payment | @kartello_shop checkout has been spinning for 20 min, Black Friday deal ends at midnight and I literally cannot pay. fix it 😤 #BlackFriday
O - - | is kartello down for anyone else or just me??
O - - | lmao kartello's site down on black friday, whoever is on call tonight I'm so sorry 💀
O - - | RT @kartello_shop: 🎁 GIVEAWAY! Follow + RT to win a £200 voucher. Ends Sunday #win #giveaway
P - - | @jess_m look!! we NEED this lamp 😍😍 @lumio_home
N C security | Just got an email from @nordbox saying my name, address and phone number were part of a "security incident". Thanks for nothing, how long did you sit on this?
O - - | Nordbox data breach: around 400k customer records reportedly exposed, company says passwords were not affected.
N - - | hope none of you ordered from nordbox lately lol, your home address is probably on some forum by now
N C fraud | Got a text "Nordbox: your parcel is held, pay £1.99 customs fee" with a link. Clicked it before thinking and now there's a £349 charge on my card. @nordbox is this you??
O - - | PSA: Nordbox will never ask you to pay customs fees by SMS. Don't click the links going around.
N C delivery | 3rd week waiting on my order from @pakito_store, tracking hasn't moved since "handed to carrier" on the 14th. anyone actually received anything?
N C delivery,customer_service | @pakito_store parcel arrived crushed, box soaking wet, and your chat bot keeps closing my ticket. 5 days, no human reply
O - - | carrier strike all week so expect delays with basically every shop, not just pakito
P - - | shoutout to @pakito_store for sending my order early before the strike, arrived yesterday 🙌
N C order_error | ordered 2x 10kg kettlebells from @gymcrate_uk, got one 10kg and one 4kg. the 4kg isn't even on my invoice
N C price | @vendalo charged me £89.99 at checkout when the product page said £59.99. screenshot attached. explain??
O - - | vendalo price error on the 65" TVs (£65!!) is going viral on reddit, wonder if they'll honour it
P - - | grabbed a £65 TV in the vendalo glitch and it actually SHIPPED 😭📺 best day of my life
P - - | honestly fair play to vendalo for honouring the price error orders, didn't expect that 👏
N C payment | Paid twice for the same order in the @freshkorb_uk app, £64.20 gone twice from my account. Sort it out please.
N C order_error,returns_refunds | returned the boots @modaria sent me in the wrong size (ordered a 6, got an 8) on 2 Oct, they confirmed receipt on the 6th. still no refund. 2 months. what is going on
N C returns_refunds,customer_service | Modaria refusing my return because "the box was opened"?? How else was I supposed to try on shoes? Customer service just copy-pastes the policy at me.
N C product_quality | the @lumio_home desk lamp flickers after a week. second one in a row. not buying a third
O - - | Lumio is recalling the LX20 heater fan over an overheating risk, check your model number if you bought one this winter
N C product_quality | got the recall email from @lumio_home about the LX20 heater. mine already melted a bit at the plug back in Nov 😳 what now
O - - | @lumio_home do you ship to Ireland? can't find it anywhere on the site
O - - | We're hiring! Warehouse operatives in Leeds, nights, £12.60/h. Apply on the Gymcrate careers page 💪
P - - | gymcrate customer service is actually elite, swapped my bent bar in 2 days no questions asked
P - - | @freshkorb_uk the strawberries this week 🍓🍓🍓 chef's kiss
N - - | freshkorb's new "eco" packaging is just more plastic with a green leaf printed on it lol
O - - | vendalo emails me more often than my mum does 😂
P - - | new kartello app update is so much faster, can finally find stuff without 10 taps
O - - | does modaria have 2FA yet? asking because of everything going round this week
N - - | modaria's "fraud team" email looks more like phishing than the actual phishing i get. incredible work
P - - | Just want to say the Kartello team sorted my Black Friday order by phone after the site crashed. Took 10 minutes. Respect.
N C security,customer_service | Nordbox says my card's last 4 digits were in the leak. Called them, 40 min on hold, then cut off. Brilliant.
O - - | my 8yo sent his Xmas list as a vendalo basket link. the future is here 😂
P - - | @pakito_store your driver rang twice, then found me at the neighbour's and waited. 10/10 human, give him a raise
O C delivery | Hi @freshkorb_uk, my slot was 8–9am and nothing has come yet, could you check order FK88213? thanks
P - - | bought the LX20 before the recall, got a full refund plus a voucher within a week. good handling @lumio_home
`,
);

const DE = lines(
  "de",
  `
N C delivery | @technikhafen Bestellung seit 12 Tagen "in Bearbeitung", Lieferung war für letzte Woche versprochen. Was ist da los??
N C outage,payment | Black Friday und bei @warenwelt24 geht der Checkout nicht, Fehler 502 beim Bezahlen. Klasse. #BlackFriday
O - - | Ist warenwelt24 grad down oder liegt's an meinem WLAN?
N - - | Warenwelt24 am Black Friday offline. Wer hätte das ahnen können 🙃
O - - | Laut Bericht sind bei Schuhregal Kundendaten (Namen, Adressen, Bestellhistorie) abgeflossen. Zahlungsdaten angeblich nicht betroffen.
N C security | Heute Mail von Schuhregal bekommen: meine Daten sind beim Datenleck dabei. Zwei Wochen nach dem Vorfall erfahre ich das. Unfassbar.
N C security,fraud | Seit dem Schuhregal-Leak krieg ich Phishing-Mails mit meinem echten Namen und meiner letzten Bestellung drin. Danke auch @schuhregal
O - - | Zum Glück hab ich bei Schuhregal immer als Gast bestellt 😅 hoffe ihr seid nicht betroffen
N C fraud | SMS "Warenwelt24: Ihre Sendung wartet, Zollgebühr 1,99€ offen" – bin drauf reingefallen, jetzt wurden 280€ abgebucht. @warenwelt24 was macht ihr dagegen?
O - - | Achtung: Gerade kursieren SMS im Namen von Warenwelt24 mit angeblichen Gewinnspielen. Nicht klicken!
N C product_quality | Die Winterjacke von @kaufhausbrandt hat nach dem zweiten Tragen schon ein Loch an der Naht. Für 180€ echt enttäuschend.
N C order_error | Statt der bestellten Kaffeemaschine kam bei mir ein Toaster an. @technikhafen, ernsthaft?
N C order_error,customer_service | Kiste von Biokiste Huber: Eier fehlen, Milch fehlt, steht aber beides auf der Rechnung. Hotline seit gestern nicht erreichbar.
N C price | @technikhafen hat den Preis im Warenkorb von 399 auf 449 geändert, während ich bezahlt habe. Abgebucht wurden 449. Das geht so nicht.
N C payment | PayPal sagt bezahlt, @warenwelt24 sagt "Zahlung ausstehend" und storniert meine Bestellung. Geld ist trotzdem weg.
N C returns_refunds | Retoure am 3.11. bei @schuhregal abgegeben, Sendungsverfolgung sagt zugestellt. Geld? Fehlanzeige.
N C returns_refunds,product_quality | Kaufhaus Brandt lehnt meine Reklamation ab, weil der kaputte Reißverschluss "Verschleiß" sei. Nach 3 Wochen!!
N C customer_service | 45 Minuten in der Warteschleife bei @kaufhausbrandt, dann aufgelegt. Dritter Versuch heute.
P - - | Trotz Streik kam mein Paket von @technikhafen pünktlich. Keine Ahnung wie, aber danke!
O - - | RT @technikhafen: Wegen des Streiks bei den Paketdiensten verzögern sich aktuell viele Lieferungen. Danke für eure Geduld!
P - - | @biokistehuber die Kiste heute war wieder top, der Grünkohl 🤌
P - - | Muss mal sagen: Technikhafen hat mein defektes Handy innerhalb von 4 Tagen getauscht. So geht Kundenservice 👍
P - - | @lena_w schau mal!! Gewinnspiel bei @schuhregal, machen wir mit? 😍
O - - | Wir suchen dich! Lagermitarbeiter (m/w/d) in Kassel, Vollzeit. Jetzt bewerben bei Warenwelt24 🚀
O - - | Hat jemand Erfahrung mit Biokiste Huber? Lohnt sich das für ne 4-köpfige Familie?
O - - | Kaufhaus Brandt ruft Kinderhochstühle "Lotta" zurück – Kippgefahr. Kunden bekommen den vollen Kaufpreis erstattet.
N C product_quality | Unser "Lotta"-Hochstuhl von Kaufhaus Brandt ist schon letzten Monat gekippt, Kind hat ne Beule. Und jetzt kommt der Rückruf?!
O - - | Wie lange dauert bei Warenwelt24 normalerweise der Versand nach Österreich?
P - - | Black Friday bei Schuhregal hat 1a geklappt, Seite lief flüssig, Paket nach 2 Tagen da. Respekt
P - - | Der Warenwelt24-Werbespot mit dem Hund ist einfach zu süß 🐶 ich guck den freiwillig
O - - | lol der Preisfehler bei Technikhafen: MacBook für 99€. Screenshots gehen gerade auf Reddit rum
P - - | Hab beim Technikhafen-Preisfehler nen Monitor für 12€ bekommen, die haben's wirklich geliefert 😂 Ehrenmänner
P - - | Fairerweise: Technikhafen hat allen mit der 99€-Bestellung nen 50€-Gutschein gegeben. Find ich fair.
O - - | @biokistehuber gibt's die App auch fürs Tablet oder nur fürs Handy?
O - - | Weiß jemand, ob man bei Schuhregal mit Klarna zahlen kann?
O - - | Thread auf r/de: Warenwelt24-Konten angeblich gehackt, Leute sollen Passwörter ändern. Weiß jemand mehr?
P - - | Schnellste Lieferung ever: morgens bei Technikhafen bestellt, abends da. Bin beeindruckt 😄
N - - | ich nach dem dritten "Ihre Sendung verzögert sich" von Warenwelt24: *Skelett auf Parkbank*
O - - | Kaufhaus Brandt schließt drei Filialen und setzt künftig stärker auf den Onlineshop.
P - - | Danke @kaufhausbrandt, Rückerstattung nach nur 3 Tagen auf dem Konto!
`,
);

const PL = lines(
  "pl",
  `
N C delivery | @ZakupyPlus zamówienie miało być w piątek, jest środa i paczka dalej "w drodze". serio?
N C outage,payment | Black Friday a na koszyczek.pl nie da się zapłacić, błąd przy checkoucie co 5 min. Szkoda słów
O - - | czy tylko mi nie działa strona ModnaSzafa?
O - - | ElektroMarket24: wyciek danych klientów. Firma potwierdza, że wyciekły imiona, nazwiska i adresy e-mail.
N C security | dostałam maila od @ElektroMarket24 że moje dane wyciekły. i co ja mam z tym teraz zrobić? zero konkretów
N C fraud | SMS "ZakupyPlus: dopłać 1,50 zł do przesyłki" – kliknęłam i zniknęło mi 600 zł z konta. Czemu nikt nie ostrzegał??
O - - | Uwaga, krążą SMSy podszywające się pod ZakupyPlus, sklep nigdy nie prosi o dopłaty przez link.
N C order_error | zamówiłem czarne buty rozmiar 43, przyszły brązowe 41 😑 @ModnaSzafa
N C product_quality,returns_refunds | Kurtka z ModnaSzafa rozpruła się po tygodniu, a reklamację odrzucili "bo ślady użytkowania". No shit, nosiłem ją.
N C price | w koszyku 129 zł, z karty pobrali 159 zł. @koszyczek_pl wytłumaczcie to
N C payment | zapłaciłem BLIKiem dwa razy za to samo zamówienie w ElektroMarket24, zwrot "do 14 dni roboczych" 🙄
P - - | konsultantka z ZakupyPlus na czacie ogarnęła mi zmianę adresu w 2 minuty, super babka
N C returns_refunds | zwrot wysłany 2 tygodnie temu do @ModnaSzafa, kasy dalej brak
O - - | ahahah koszyczek.pl leży w black friday, kto tam robił load testy 💀
O - - | mam nadzieję, że nikt z was nie kupował ostatnio w ElektroMarket24 xD
O - - | Czy ZakupyPlus wysyła też do paczkomatów?
P - - | @ania_k patrz!! konkurs @ModnaSzafa, wygrywamy? 😍
P - - | Paczka z koszyczek.pl przyszła dzień po zamówieniu, wszystko pięknie zapakowane 👌
P - - | muszę pochwalić ElektroMarket24, wymienili mi odkurzacz bez gadania
O - - | Praca: magazynier/ka, ZakupyPlus, Stryków, umowa o pracę, od zaraz.
N - - | reklamy ZakupyPlus na każdym przystanku, a pakowanie dalej w tonę folii bąbelkowej xd
O - - | błąd cenowy w koszyczek.pl – iPhone za 19 zł, wykop płonie 🔥
P - - | złapałem słuchawki za 19 zł w tym błędzie cenowym koszyczka i serio wysłali 😂 szanuję
P - - | mimo strajku kurierów paczka z ZakupyPlus dotarła na czas, dzięki!
P - - | ModnaSzafa zwrot kasy w 2 dni, szacun
N C outage | apka ElektroMarket24 nie pozwala się zalogować od wczoraj, "nieznany błąd".
O - - | ElektroMarket24 wycofuje ze sprzedaży ładowarki XP-5 z powodu ryzyka przegrzania.
N C fraud | ktoś przejął moje konto w ModnaSzafa i zamówił 4 kurtki na inny adres. oddajcie mi konto!!
P - - | koszyczek.pl najlepsze promki na pieluchy, mamy polecają 💕
O - - | ktoś wie ile idzie paczka z ZakupyPlus do Niemiec?
`,
);

const FR = lines(
  "fr",
  `
N C delivery | @panierdor commande passée le 10, toujours rien, le suivi dit "en préparation" depuis 9 jours. sérieux ?
N C outage | Impossible de me connecter à mon compte Maisonéa depuis ce matin, "erreur serveur". Et les soldes finissent ce soir 😡
O - - | le site de ChicBoutik est HS chez vous aussi ?
O - - | ElectroPlace victime d'une cyberattaque : les données de 200 000 clients auraient fuité (noms, adresses, téléphones).
N C security | Reçu le mail d'ElectroPlace : mes données font partie de la fuite. Merci de prévenir 3 semaines après hein 👏
N C fraud | Faux SMS "Panierdor : votre colis est bloqué, payez 2€" et j'ai donné ma CB... 450€ débités. @panierdor vous faites quoi contre ces arnaques ?
O - - | J'espère que vous n'étiez pas clients chez ElectroPlace mdr
N C order_error | J'ai commandé une poêle, j'ai reçu un tire-bouchon. @maisonea vous êtes sûrs que tout va bien au dépôt ?
N C product_quality | Le mixeur ElectroPlace a lâché au bout de 3 utilisations, odeur de brûlé. Nul.
N C price | Prix affiché 49,90€, prix au panier 69,90€. @chicboutik c'est quoi cette arnaque ?
N C payment | Paiement refusé 4 fois chez Panierdor alors que ma carte marche partout ailleurs. Et bien sûr le panier s'est vidé.
O - - | ChicBoutik, c'est gratuit les retours ou il faut payer l'étiquette ?
P - - | Le service client de Maisonéa m'a répondu un dimanche soir. Un dimanche ! Merci Sophie 🙏
P - - | Colis Panierdor super bien emballé, même le carton était joli. Petit détail qui fait plaisir 🎁
O - - | Grève des transporteurs cette semaine : prévoyez des retards sur vos commandes de Noël.
P - - | Merci @panierdor, livré en 24h malgré la grève, chapeau 🎩
P - - | @julie_b regarde !! le concours ChicBoutik, on tente ? 😍
O - - | Maisonéa recrute des préparateurs de commandes à Lyon, CDI, postulez sur leur site.
O - - | Quelqu'un a déjà commandé chez Maisonéa ? C'est fiable ?
P - - | Le service client d'ElectroPlace m'a rappelé en 10 minutes et a tout réglé. Rare, donc je le dis.
N - - | ChicBoutik qui t'envoie 3 newsletters par jour, on a compris les gars 🙄
O - - | Erreur de prix chez ElectroPlace : des TV 4K à 39€, Dealabs s'enflamme
N C price | Commande de la TV à 39€ annulée sans explication par ElectroPlace. Ils auraient pu au moins s'excuser.
P - - | ElectroPlace offre un bon de 20€ aux clients dont la commande à 39€ a été annulée. Classe.
N C outage,payment | Black Friday : le paiement tourne dans le vide sur panierdor.fr depuis 1h. J'abandonne.
O - - | ChicBoutik rappelle des pyjamas enfants pour risque d'inflammabilité. Remboursement intégral en magasin ou en ligne.
P - - | Les pulls ChicBoutik sont trop doux, j'en ai pris 3 couleurs 🥰
P - - | Commande Maisonéa reçue, le canapé est encore plus beau qu'en photo 😍
N C returns_refunds,customer_service | Panierdor refuse mon retour parce que "l'emballage est abîmé"... c'est votre transporteur qui l'a abîmé ! Et personne ne répond au téléphone.
O - - | Panierdor livre en Belgique ?
`,
);

const IT = lines(
  "it",
  `
N C delivery | @carrellorapido ordine fatto il 2, oggi è il 18 e ancora niente. Il tracking è fermo da una settimana.
N C outage | Sito di TecnoPiazza giù proprio al Black Friday, non riesco nemmeno ad aprire il carrello. Complimenti.
O - - | TecnoPiazza non funziona neanche a voi?
O - - | lol TecnoPiazza down al Black Friday, chi era di turno stanotte ha tutta la mia solidarietà
O - - | Moda Viva conferma un accesso non autorizzato ai dati dei clienti: esposti nomi, email e indirizzi.
N C security | Mi è arrivata la mail di Moda Viva: i miei dati sono nel leak. Non una parola su cosa fare. Bravi.
N C fraud | SMS "SpesaFacile: il tuo pacco è in giacenza, paga 1,99€" e io ci sono cascata. 390€ spariti dalla carta. @spesafacile fate qualcosa!
O - - | Attenzione agli SMS falsi a nome di SpesaFacile, non cliccate sui link.
N C order_error | Ho ordinato 6 bottiglie di olio, me ne sono arrivate 4 e pagate 6. @casalinghibruni
N C product_quality | La friggitrice ad aria di TecnoPiazza dopo 2 settimane non si accende più. Soldi buttati.
N C price | Prezzo sul sito 29,90, addebitati 39,90. @modaviva mi spiegate?
P - - | Carrello Rapido ormai è il mio shop preferito, spedizione veloce e prezzi onesti ❤️
N C returns_refunds | Reso consegnato a Moda Viva un mese fa, rimborso ancora "in lavorazione". Ma dai.
N C customer_service | Servizio clienti SpesaFacile irraggiungibile. Numero verde sempre occupato, chat chiusa.
P - - | Pacco di Carrello Rapido arrivato in anticipo nonostante lo sciopero, bravi!
O - - | Sciopero dei corrieri venerdì: possibili ritardi per tutti gli ordini online.
P - - | @spesafacile spesa arrivata puntualissima e frutta buonissima, grazie! 🍊
P - - | @giuli_r guarda!!! il giveaway di Moda Viva, partecipiamo? 😍
O - - | Casalinghi Bruni cerca magazzinieri a Bologna, contratto a tempo indeterminato.
O - - | Qualcuno ha mai comprato da Casalinghi Bruni? Sono affidabili?
P - - | Devo dire grazie a TecnoPiazza: mi hanno sostituito il telefono difettoso in 3 giorni.
N - - | Moda Viva che mi manda la pubblicità delle giacche invernali a luglio, geni del marketing 🙃
O - - | Errore di prezzo su Carrello Rapido: PS5 a 49€, su Reddit è il delirio
O - - | Ma alla fine Carrello Rapido le PS5 a 49€ le ha spedite o no? Qualcuno sa?
P - - | La nuova app di SpesaFacile è comodissima, faccio la spesa in 5 minuti dal divano
O - - | TecnoPiazza richiama i power bank modello PB-10 per rischio surriscaldamento.
P - - | Moda Viva rimborso in 48 ore, promossi a pieni voti 👏
N C fraud | Qualcuno è entrato nel mio account Carrello Rapido e ha ordinato due iPhone con la mia carta salvata. Bloccatelo subito!!
P - - | Le pentole di Casalinghi Bruni sono una bomba, le uso ogni giorno da due anni.
N C security | Moda Viva ha perso i miei dati e ora ricevo spam con il mio nome e indirizzo giusti. Grazie mille eh.
`,
);

const ES = lines(
  "es",
  `
N C delivery | @cestazo_es pedido del día 5 y todavía sin llegar. El seguimiento no se mueve desde el lunes. ¿Hola?
N C outage,payment | Black Friday y la web de TecnoMercado da error al pagar. Llevo una hora intentándolo 😤
O - - | ¿A alguien más no le carga la web de ModaLuz?
O - - | jajaja TecnoMercado caído en pleno Black Friday, ánimo al becario
O - - | Zapatería Río sufre una filtración de datos: expuestos nombres, emails y direcciones de unos 80.000 clientes.
N C security | Me llega un correo de Zapatería Río diciendo que mis datos se han filtrado. ¿Y ahora qué? Ni una disculpa.
N C fraud | Me llegó un SMS "Cestazo: tu paquete está retenido, paga 1,79€" y piqué. Me han sacado 520€. @cestazo_es ¿qué hacéis contra esto?
O - - | Ojo con los SMS falsos en nombre de Cestazo, ellos no piden pagos por enlace.
N C order_error | Pedí una camiseta M negra y me llega una XL rosa 😂😭 @modaluz
N C product_quality | Las zapatillas de Zapatería Río se despegaron a las 3 semanas. Una pena porque eran bonitas.
N C price | En la web 59,99€, en el carrito 79,99€. @tecnomercado explicadme eso.
N C payment | Me han cobrado dos veces el mismo pedido en La Despensa Online. 2 x 84€. Devolvedme uno ya.
O - - | ¿ModaLuz cobra las devoluciones o son gratis?
P - - | Atención al cliente de Cestazo de 10, me solucionaron lo del pedido en una llamada.
N C returns_refunds,customer_service | ModaLuz me rechaza la devolución "fuera de plazo" cuando la pedí el día 12. Y en el chat me cuelgan.
O - - | Huelga de repartidores esta semana, cuidado con los pedidos de Navidad.
P - - | @cestazo_es llegó en 24h y bien empaquetado, ¡gracias! 🙌
P - - | @marta_gz ¡¡mira!! sorteo de ModaLuz, ¿participamos? 😍
O - - | La Despensa Online busca repartidores en Valencia, jornada completa.
O - - | ¿Alguien ha comprado en La Despensa Online? ¿Qué tal el pescado?
P - - | TecnoMercado me cambió el portátil defectuoso sin poner pegas. Así da gusto.
N - - | Zapatería Río pidiendo que "confiemos en ellos" después de la filtración. Ya, claro.
O - - | Error de precio en TecnoMercado: portátiles gaming a 99€. Forocoches está que arde
N C price | Compré el portátil a 99€ y TecnoMercado lo ha cancelado sin avisar. Al menos un correo, ¿no?
N C outage | La app de La Despensa Online no me deja entrar desde la actualización. Login imposible.
O - - | ModaLuz retira un lote de pijamas infantiles por riesgo de inflamabilidad.
P - - | Las croquetas de La Despensa Online están mejor que las de mi abuela (no se lo digáis)
P - - | Compré las zapatillas del peque en Cestazo y no se las quiere quitar ni para dormir 👟
P - - | El repartidor de TecnoMercado me subió la lavadora hasta el cuarto sin ascensor. Héroe sin capa 🦸
P - - | ModaLuz me devolvió el dinero en 2 días, chapó.
`,
);

export const HELDOUT24: readonly FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
