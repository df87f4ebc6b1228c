/**
 * Held-out fresh texts (bench/data20): written before any rule, not to be tuned on. Read once per pass,
 * after the rules are settled. 40 a language: 20 complaints, 10 neutral, 10 positive. Line format in types.ts.
 */
import { type FreshText, lines } from "./types.js";

const EN = `
N C product_quality | Washed the navy hoodie once on 30 like the label says and it's now a sad blotchy grey. Great.
N C product_quality | the red stripes on my new bath towels bled all over the white ones in the first wash 🙄 what am I supposed to do with pink towels
N C product_quality | Heel on my left boot came clean off after 2 weeks of walking to the office. £89 boots.
N C product_quality | The handle of the suitcase snapped off at the airport on its FIRST trip. Not impressed.
N C customer_service | Been on hold with your "customer care" line for 2 hours 40 mins now. Still listening to that awful jazz.
N C delivery | DPD gave me a 7am-7pm window so I took the day off. 7pm came and went, no van, no call.
N C returns_refunds | Why on earth do I have to print the return label myself when I don't own a printer?? Is there seriously no QR code option?
N C returns_refunds | How am I meant to send this back if the returns portal keeps saying my order number doesn't exist?
N C product_quality | Isn't a "waterproof" jacket meant to keep you dry in light drizzle? Soaked through in ten minutes.
N C product_quality | Shouldn't a £300 blender be able to crush ice without smelling like burning plastic?
N C order_error | My order was for the 65" TV, the box that turned up has a 55" in it.
N C order_error | I asked for the unscented version of the body lotion and got the coconut one, which I'm allergic to.
N C delivery | Tracking has said "out for delivery" for four days. Where is my parcel, Evri?
N C payment | Charged twice for the same order of trainers. £120 x2. Please refund the duplicate asap.
N C outage | site's been down all morning and your sale ends tonight, convenient
N C security,fraud | Someone got into my account and ordered a laptop to an address in Leeds. I never placed this order. Please cancel it and tell me how this happened.
N C price | The sofa was £649 in the basket and then £729 at checkout. Explain?
N C delivery | Oh brilliant, the courier left my groceries on the doorstep in the rain. Soggy bread is my favourite.
N C customer_service,returns_refunds | Hi, sorry to bother you again, but this is the fourth email I've sent about my missing refund and nobody has replied. I'd really appreciate an answer. Thanks.
N C returns_refunds | Returned the dress 3 weeks ago, Royal Mail shows it delivered to you, still no refund.
O - delivery | Hi, do you deliver to Northern Ireland and how long does it usually take?
O - - | Does the oak dining table come assembled or flat packed?
O - payment | Can I pay with Klarna on orders under £50?
O - delivery | Hey, just checking on order #48213, it says processing since yesterday, any idea when it'll ship?
O - returns_refunds | What's your return policy for sale items?
O - - | Do these running shoes come up true to size or should I size up?
O - price | Will the Lego Millennium Falcon be in the Black Friday sale?
O - - | how do i change the email address on my account
O - delivery | Is next day delivery available if I order on a Sunday?
O - - | Is the vitamin C serum ok to use alongside retinol?
P - - | Absolutely love my new trainers, so comfy I've worn them every day this week!
P - delivery | Ordered at 10pm, arrived at 9am the next morning. How?! Thank you 🙌
P - customer_service | Shoutout to Priya on your live chat who sorted my address change in 2 minutes. Legend.
P - delivery,customer_service | My parcel came damaged but support sent a replacement the same day, no fuss. That's how it's done.
P - - | The serum is amazing, my skin has never looked better. Already reordered.
P - price | Bit pricey but honestly the quality of this wardrobe is worth every penny.
P - returns_refunds | Refund was in my account two days after I dropped off the return. Easy.
P - - | Kids are obsessed with the wooden train set. Great quality, no splinters, arrived beautifully wrapped.
P - - | 10/10 would buy again, these headphones sound unreal
P - - | Thanks for the handwritten note in the box, small thing but it made my day ❤️
`;

const PL = `
N C product_quality | Bluzka po pierwszym praniu wyblakła, wygląda jakby miała 5 lat. Prałam w 30 stopniach zgodnie z metką.
N C product_quality | czarne jeansy farbuja wszystko, po praniu cala pralka niebieska a bialy recznik juz do wyrzucenia
N C product_quality | Po tygodniu noszenia odkleiła się podeszwa w lewym bucie. Za 300 zł oczekiwałam czegoś więcej.
N C product_quality | Suwak w kurtce urwał się przy pierwszym zapinaniu. Serio?
N C customer_service | Czekam na infolinii już półtorej godziny, co chwilę "Twoje połączenie jest dla nas ważne". No chyba nie.
N C delivery | Kurier InPost miał być między 8 a 16, siedzę w domu od rana, jest 19 i nic.
N C returns_refunds | Dlaczego za etykietę zwrotną mam płacić 15 zł, skoro to wasz błąd z rozmiarem?
N C returns_refunds | Jak mam odesłać towar, skoro formularz zwrotu wyrzuca błąd przy każdej próbie?
N C product_quality | Czy ten czajnik nie powinien sam się wyłączać po zagotowaniu wody? Mój gotuje i gotuje, dopóki go nie wyłączę.
N C product_quality | To ta kurtka nie miała być wodoodporna? Po spacerze w deszczu mokra jak gąbka.
N C order_error | Moje zamówienie to była szara sofa trzyosobowa, a przywieźli dwuosobową w kolorze beżowym.
N C order_error | Prosiłam o rozmiar 40, w pudełku 38. Jak mam to teraz założyć?
N C delivery | Paczka miała być w piątek, jest środa, a śledzenie nadal pokazuje "przyjęta w oddziale". DPD to jakaś porażka.
N C payment | Płatność BLIKiem przeszła, pieniądze zeszły z konta, a zamówienie nadal "oczekuje na płatność". Co jest?
N C outage | Od rana nie da się wejść na stronę, ciągle błąd 503. Chciałam skorzystać z promocji.
N C security | Dostałam maila o zmianie hasła, której nie robiłam. Ktoś się włamał na moje konto?? Proszę o pilny kontakt.
N C customer_service | Konsultantka na czacie była wyjątkowo niemiła, rzuciła "takie są zasady" i się rozłączyła.
N C delivery | No super, zamówiłam zakupy spożywcze, jajka przyjechały w formie jajecznicy. Dziękuję bardzo 🙃
N C returns_refunds | Dzień dobry, uprzejmie proszę o informację, kiedy otrzymam zwrot pieniędzy za odesłane buty. Minęło już 20 dni od odbioru paczki przez Państwa magazyn.
N C price | Cena w koszyku 199 zł, przy płatności nagle 239 zł. Co to za numery?
O - delivery | Czy wysyłacie paczki do paczkomatów?
O - delivery | Hej, zamówienie nr 55120 jeszcze nie wysłane, wiecie mniej więcej kiedy wyjdzie?
O - - | Czy ten krem nadaje się do cery naczynkowej?
O - payment | Można u was płacić przy odbiorze?
O - returns_refunds | Ile mam dni na zwrot, jeśli kupiłam w promocji?
O - - | Jaka jest różnica między wersją Pro a zwykłą tego odkurzacza?
O - - | czy ten stolik jest z litego drewna czy z płyty?
O - - | Czy te klocki są odpowiednie dla trzylatka?
O - delivery | Ile kosztuje dostawa kurierem na Słowację?
O - - | Jak zmienić adres zapisany na koncie?
P - delivery | Paczka w niecałe 24h, wszystko pięknie zapakowane. Polecam!
P - - | Buty są mega wygodne, chodzę w nich cały dzień i zero otarć 😍
P - customer_service | Bardzo dziękuję pani Kasi z obsługi klienta za cierpliwość i szybkie załatwienie sprawy.
P - returns_refunds | Zwrot poszedł bez problemu, pieniądze na koncie po 3 dniach. Tak powinno być.
P - delivery,customer_service | Kurier zgubił paczkę, ale sklep od razu wysłał nową bez żadnych pytań. Duży plus dla was.
P - - | Szafa trochę ciężka w montażu, ale efekt końcowy super, solidna i ładna.
P - - | Najlepszy sklep z kosmetykami, zawsze dorzucacie jakieś próbki gratis :)
P - - | Kupiłam synowi zestaw Lego na urodziny, radości było co niemiara. Dziękujemy!
P - price | Świetna jakość w tej cenie, nie spodziewałam się.
P - - | Słuchawki działają świetnie, bateria trzyma prawie tydzień. Polecam każdemu.
`;

const DE = `
N C product_quality | Das rote Shirt hat beim ersten Waschen die ganze Ladung rosa gefärbt. Danke für nix.
N C product_quality | Nach zweimal Waschen ist die schwarze Jeans nur noch verwaschen grau. Für 90 Euro echt ne Frechheit.
N C product_quality | Bei meinen Sneakern hat sich nach drei Wochen die Sohle gelöst, vorne klafft sie schon auf.
N C product_quality | Der Griff vom Kochtopf ist einfach abgebrochen, als ich ihn hochheben wollte. Hätte übel ausgehen können!
N C customer_service | Seit 2 Stunden in der Warteschleife. Zwei. Stunden. Ist das euer Ernst?
N C delivery | Hermes sagt Zustellung zwischen 10 und 18 Uhr, ich warte seit 9 Stunden und jetzt steht da "Zustellung morgen".
N C returns_refunds | Wo bitte finde ich das Retourenetikett? In der Mail war keins und im Kundenkonto steht nix.
N C returns_refunds,order_error | Warum muss ich die Rücksendung selbst bezahlen, wenn ihr mir die falsche Größe geschickt habt?
N C product_quality | Sollte eine Softshelljacke nicht wenigstens winddicht sein? Ich friere darin mehr als im Pulli.
N C product_quality | Ist das nicht eigentlich spülmaschinenfestes Geschirr? Nach dem ersten Spülgang ist das Muster ab.
N C order_error | Meine Bestellung war ein Kinderfahrrad in Blau, geliefert wurde ein pinkes Laufrad.
N C order_error | Gewünscht war die 100-ml-Flasche, im Paket lag eine mit 30 ml.
N C delivery | Paket seit 10 Tagen unterwegs, DHL-Tracking bewegt sich nicht. Was ist da los?
N C payment | PayPal-Zahlung wurde abgelehnt, aber das Geld ist trotzdem weg. Bitte um Klärung.
N C outage | App stürzt beim Bezahlen jedes Mal ab, seit gestern geht gar nichts mehr.
N C fraud | Ich habe eine Rechnung über 459 € bekommen für eine Bestellung, die ich nie gemacht habe. Was soll das?
N C customer_service | Der Mitarbeiter am Telefon war total unfreundlich und hat mich einfach abgewimmelt.
N C delivery | Toll, das Paket wurde laut Tracking "an Nachbarn übergeben". Welchen Nachbarn denn? Ich wohne allein im Haus. 👏
N C price | Gestern noch 49,99 €, heute im Warenkorb 64,99 €. Aha.
N C returns_refunds | Sehr geehrte Damen und Herren, leider habe ich für meine Retoure vom 3. November bis heute keine Erstattung erhalten. Ich bitte Sie höflich, dies zu prüfen. Mit freundlichen Grüßen
O - delivery | Liefert ihr auch in die Schweiz?
O - - | Ist der Schreibtisch höhenverstellbar oder fest?
O - payment | Kann ich auf Rechnung bezahlen?
O - delivery | Hallo, wann wird meine Bestellung 7781 ungefähr verschickt? Danke!
O - returns_refunds | Wie lange habe ich Zeit für eine Rücksendung?
O - - | Fallen die Schuhe eher klein oder groß aus?
O - - | Gibt es die Creme auch in einer parfümfreien Variante?
O - price | Wird es am Black Friday Rabatte auf Spielzeug geben?
O - - | wie kann ich mein Passwort ändern?
O - delivery | Kann ich mir die Lieferung an eine Packstation schicken lassen?
P - delivery | Super schnelle Lieferung, schon am nächsten Tag da!
P - - | Die Sneaker sind der Hammer, passen perfekt und sehen mega aus.
P - customer_service | Vielen Dank an den Kundenservice, ihr habt mir echt aus der Patsche geholfen.
P - product_quality,customer_service | Hatte ein defektes Ladekabel, innerhalb von zwei Tagen kam Ersatz. Top Service!
P - - | Das Sofa ist sogar noch schöner als auf den Bildern. Wir sind begeistert.
P - price | Etwas teurer als woanders, aber die Qualität stimmt einfach.
P - returns_refunds | Rückgabe total unkompliziert, Geld war nach 2 Tagen zurück. Gerne wieder.
P - - | Meine Tochter liebt die Puppe, wir bekommen sie gar nicht mehr aus ihrer Hand 😊
P - delivery | Frische Ware, gut gekühlt angekommen. Bin sehr zufrieden mit dem Lieferdienst.
P - - | Danke für die kleine Probe im Paket, die Creme kauf ich jetzt auch!
`;

const FR = `
N C product_quality | Le pull bordeaux a déteint sur tout le reste de la machine, mes chemises blanches sont roses maintenant...
N C product_quality | lavé une fois a 30 degres et le noir est devenu gris delavé, franchement decu
N C product_quality | La semelle de mes bottines s'est décollée au bout de 15 jours. Pour 120€ c'est inadmissible.
N C product_quality | La fermeture éclair du sac a lâché dès la première utilisation, le curseur m'est resté dans la main.
N C customer_service | Ça fait 1h30 que je suis en attente au téléphone, musique en boucle, personne ne décroche.
N C delivery | Livreur Chronopost annoncé entre 8h et 13h, il est 17h et toujours rien. J'ai posé ma matinée pour ça.
N C returns_refunds,product_quality | Pourquoi l'étiquette de retour est payante alors que l'article est arrivé cassé ?
N C returns_refunds | Comment je suis censée faire un retour si le lien dans le mail renvoie vers une page d'erreur ?
N C product_quality | C'est pas censé être étanche, une montre de plongée ? Buée sous le verre après une baignade.
N C product_quality | Un fond de teint "longue tenue" ne devrait-il pas tenir plus de deux heures ?
N C order_error | Ma commande c'était un canapé gris anthracite, on m'a livré un beige.
N C order_error | J'avais demandé la taille 42, j'ai reçu du 38.
N C delivery | Colis marqué "livré" alors que je n'ai rien reçu. Colissimo, vous rigolez ?
N C payment | J'ai été débité deux fois pour la même commande. Merci de me rembourser rapidement.
N C outage | Impossible d'accéder au site depuis ce matin, page blanche. C'est pénible.
N C security,fraud | Mon compte a été piraté, quelqu'un a changé l'adresse de livraison et passé une commande. Aidez-moi svp
N C customer_service | Le service client m'a raccroché au nez. Bravo, quel professionnalisme.
N C delivery | Génial, le colis est arrivé ouvert et à moitié vide. Merci La Poste 👍
N C price | Le prix affiché était 79€, à la caisse c'est passé à 95€ sans explication.
N C returns_refunds | Bonjour, je me permets de vous relancer concernant le remboursement de ma commande retournée il y a un mois. Je vous remercie par avance de votre retour. Cordialement.
O - delivery | Vous livrez en Belgique ?
O - - | Est-ce que ce matelas convient pour un sommier à lattes ?
O - payment | On peut payer en 3 fois sans frais ?
O - delivery | Bonjour, ma commande 20934 est en préparation depuis hier, vous savez quand elle sera expédiée ?
O - returns_refunds | Quel est le délai pour retourner un article soldé ?
O - - | Ces baskets taillent grand ou petit ?
O - - | Le sérum convient-il aux peaux grasses ?
O - - | Vous avez le puzzle 1000 pièces en stock en magasin ?
O - - | comment je fais pour supprimer mon compte
O - delivery | Est-il possible de choisir un créneau de livraison ?
P - delivery | Reçu en 48h, emballage nickel. Merci !
P - - | Robe magnifique, tissu de qualité, je recommande à 100% 😍
P - customer_service | Un grand merci à Julien du service client, super réactif et sympa.
P - order_error,customer_service | Petite erreur de taille sur ma commande mais l'échange a été fait en 3 jours sans frais. Très bon service.
P - - | Le canapé est hyper confortable, toute la famille l'adore.
P - price | Un peu cher mais franchement ça vaut le coup.
P - returns_refunds | Retour simple et remboursement rapide, rien à redire.
P - - | Ma fille adore son jeu de construction, elle y joue tous les jours.
P - - | Les fruits et légumes étaient super frais, je recommande ce drive.
P - - | Le casque est top, réduction de bruit impressionnante.
`;

const IT = `
N C product_quality | La maglia blu ha stinto al primo lavaggio e mi ha rovinato tutto il bucato bianco.
N C product_quality | dopo due lavaggi i pantaloni neri sono diventati grigiastri, che delusione
N C product_quality | Si è staccata la suola delle scarpe dopo neanche un mese. Pagate 110 euro.
N C product_quality | Il manico della borsa si è rotto dopo una settimana, ci tenevo solo il portafoglio e le chiavi.
N C customer_service | Sono in attesa al call center da un'ora e mezza, nessuno risponde.
N C delivery | Il corriere BRT doveva passare tra le 9 e le 18, ho aspettato tutto il giorno e niente, nemmeno un avviso.
N C returns_refunds,product_quality | Perché devo pagare io l'etichetta per il reso se il prodotto è difettoso?
N C returns_refunds | Come faccio a restituire l'articolo se il modulo di reso non mi fa selezionare l'ordine?
N C product_quality | Ma questa giacca non doveva essere impermeabile? Dopo dieci minuti sotto la pioggia ero fradicia.
N C product_quality | Non dovrebbe durare almeno un giorno la batteria di uno smartwatch da 250 euro? Il mio si scarica in sei ore.
N C order_error | Il mio ordine era per un materasso 160x190, mi è arrivato un 140x190.
N C order_error | Avevo chiesto il colore verde salvia e mi avete mandato il grigio.
N C delivery | Il pacco è fermo in deposito da una settimana, il tracking non si aggiorna. Che fine ha fatto?
N C payment | Il pagamento con carta non va a buon fine ma i soldi me li avete bloccati lo stesso.
N C outage | L'app non funziona da ieri sera, non riesco nemmeno a fare il login.
N C fraud,payment | Mi sono arrivati addebiti per ordini che non ho mai fatto. Qualcuno ha usato la mia carta sul vostro sito?
N C customer_service | L'operatrice è stata scortese e mi ha chiuso il telefono in faccia.
N C delivery | Complimenti al corriere che ha lanciato il pacco oltre il cancello, dentro c'erano bicchieri 🙃
N C price | Nel carrello il prezzo era 59 euro, al pagamento 74. Come mai?
N C returns_refunds | Buongiorno, vorrei gentilmente sapere quando riceverò il rimborso del reso effettuato il 5 novembre. Sono passate più di tre settimane. Grazie.
O - delivery | Spedite anche in Svizzera?
O - - | Questo divano è sfoderabile?
O - payment | Si può pagare con PayPal?
O - delivery | Ciao, il mio ordine 33019 risulta ancora in lavorazione, sapete quando partirà?
O - returns_refunds | Quanti giorni ho per fare il reso?
O - - | Le scarpe vestono grandi o piccole?
O - - | Questa crema va bene per pelli sensibili?
O - - | il gioco è adatto a bambini di 4 anni?
O - - | Come faccio a cambiare la password?
O - delivery | Posso ritirare il pacco in un punto di ritiro?
P - delivery | Arrivato in un giorno, imballo perfetto. Grazie!
P - - | Scarpe comodissime, le metto tutti i giorni 😍
P - customer_service | Grazie mille a Giulia dell'assistenza, gentilissima e velocissima.
P - delivery,customer_service | Il pacco era arrivato danneggiato ma me ne hanno mandato subito un altro. Servizio impeccabile.
P - - | Il tavolo è bellissimo e solidissimo, montaggio facile.
P - price | Costa un po' ma la qualità si sente tutta.
P - returns_refunds | Reso facilissimo e rimborso arrivato in tre giorni.
P - - | Mio figlio è impazzito per il trenino, regalo azzeccato!
P - delivery | Frutta freschissima e consegna puntuale, consiglio.
P - - | Il rossetto dura davvero tutto il giorno, finalmente!
`;

const ES = `
N C product_quality | La camiseta roja destiñó en el primer lavado y me dejó toda la ropa blanca rosa.
N C product_quality | los vaqueros negros despues de 2 lavados parecen grises, que decepcion
N C product_quality | A las zapatillas se les despegó la suela a las tres semanas. Vaya calidad.
N C product_quality | Se le rompió el asa a la maleta en el primer viaje. Ni una semana me ha durado.
N C customer_service | Llevo hora y media esperando en el chat a que me atienda alguien. Puesto 3 en la cola desde hace 40 minutos.
N C delivery | SEUR me dio franja de 9 a 14, son las 18 y ni rastro del repartidor.
N C returns_refunds | ¿Por qué tengo que pagar yo la etiqueta de devolución si el error fue vuestro?
N C returns_refunds | ¿Cómo devuelvo el pedido si la web no me deja generar la etiqueta?
N C product_quality | ¿No se supone que este abrigo era impermeable? Llegué empapada al trabajo.
N C product_quality | ¿Una sartén antiadherente no debería aguantar más de dos semanas sin que se pegue todo?
N C order_error | Mi pedido era una mesa de roble y me ha llegado una de pino.
N C order_error | Había solicitado la talla M y en la caja venía una XL.
N C delivery | Mi paquete lleva 12 días "en tránsito". Correos, ¿dónde está?
N C payment | Me habéis cobrado dos veces el mismo pedido. Quiero que me devolváis el cargo duplicado ya.
N C outage | La web lleva caída toda la mañana, no hay forma de comprar.
N C security | Me han hackeado la cuenta y han cambiado el correo. No puedo entrar. ¡Ayuda!
N C customer_service | La chica del teléfono fue bastante borde y no me solucionó nada.
N C delivery | Genial, el repartidor dice que "no había nadie en casa". Estuve en casa toda la tarde. 👏👏
N C price | En el carrito ponía 45€ y al pagar me cobran 58€. ¿Esto qué es?
N C returns_refunds | Hola, buenas tardes. Les escribo porque devolví un abrigo hace un mes y todavía no he recibido el reembolso. Les agradecería que lo revisaran. Un saludo.
O - delivery | ¿Hacéis envíos a Canarias?
O - - | ¿La cómoda viene montada?
O - payment | ¿Se puede pagar con Bizum?
O - delivery | Hola, mi pedido 67120 sigue en preparación, ¿sabéis cuándo sale?
O - returns_refunds | ¿Cuánto tiempo tengo para devolver un artículo?
O - - | ¿Estas zapatillas tallan grande?
O - - | ¿El champú sirve para cabello teñido?
O - - | ¿Tenéis este juguete en otro color?
O - - | como cambio mi direccion de facturacion?
O - delivery | ¿Puedo recoger el pedido en tienda?
P - delivery | Me llegó al día siguiente, ¡súper rápido! Gracias.
P - - | El vestido es precioso y la tela de muy buena calidad 😍
P - customer_service | Muchas gracias a Lucía de atención al cliente, me resolvió todo en un momento.
P - order_error,customer_service | Me enviaron una talla equivocada pero me la cambiaron en dos días sin coste. Así da gusto.
P - - | El sofá es comodísimo, muy contentos con la compra.
P - price | No es barato, pero merece cada euro.
P - returns_refunds | Devolución facilísima, el dinero llegó en tres días.
P - - | A mi sobrino le encantó el juego de construcción, un acierto.
P - delivery | La compra del súper llegó puntual y todo fresquísimo.
P - - | Los auriculares suenan genial y la batería dura muchísimo.
`;

export const HELDOUT: readonly FreshText[] = [
  ...lines("en", EN),
  ...lines("pl", PL),
  ...lines("de", DE),
  ...lines("fr", FR),
  ...lines("it", IT),
  ...lines("es", ES),
];
