/**
 * Dev fresh texts (bench/data20): written after the held-out set, same mix, different texts; the set a
 * rule may be looked at against. 40 a language: 20 complaints, 10 neutral, 10 positive. Format in types.ts.
 */
import { type FreshText, lines } from "./types.js";

const EN = `
N C product_quality | My new linen shirt went from sage green to a weird washed-out mint after ONE cold wash. Not what I paid for.
N C product_quality | Purple bedding set ran so badly the rinse water was literally purple. Now it's lilac and streaky. Disappointed.
N C product_quality | the sole on my kids school shoes is flapping off already, they've only had them since September 😤
N C product_quality | Zip pull came away in my hand the second time I opened the backpack. Cheap cheap cheap.
N C customer_service | 3 hours in your live chat queue and then the bot just closed the conversation. Unreal.
N C delivery | Yodel said between 1 and 5pm. I've been stuck at home since lunchtime and it's now half 8. Absolute joke.
N C returns_refunds,product_quality | So I need to pay £4.99 for a return label on a faulty kettle?? how is that fair
N C returns_refunds | Can someone explain why the return label you emailed has somebody else's address on it?
N C product_quality | Aren't memory foam pillows supposed to spring back? Mine's been flat as a pancake since week one.
N C product_quality | Is a "scratch resistant" phone case not supposed to resist scratches? Mine looks like it's been through a blender.
N C order_error | Requested a king size duvet, what arrived is a single. It's for a double bed ffs
N C order_error | The order confirmation says 2x oat milk, the delivery had 2x almond. My son has a nut allergy.
N C delivery | Parcel's been "held at depot" for a week. No one answers the phone there.
N C payment | Card declined three times, then I get three payment notifications from my bank. Which is it?
N C outage | your app logs me out every 30 seconds, cant even add stuff to basket
N C fraud,security | Got an email confirming an order for 4 iPhones I didn't make. Is this a scam or did someone use my details?
N C customer_service | The agent literally told me "not my problem" and ended the chat. Wow.
N C price | Discount code applied, then removed at the payment step. So I paid full price. Thanks for nothing.
N C delivery | Love how my "express" delivery took 9 days. Really express.
N C returns_refunds | Dear team, I hope you are well. I returned the coffee machine on 2nd Nov and was told the refund would take 5 days. It has now been a month. Could you kindly look into this? Kind regards, Mark
O - delivery | What courier do you use for furniture deliveries?
O - - | Does the 2-in-1 laptop come with the stylus or is that separate?
O - payment | Do you accept Apple Pay?
O - delivery | Hiya, my order shows as dispatched but no tracking number yet, is that normal?
O - returns_refunds | Can I return something bought online to one of your stores?
O - - | Is the moisturiser fragrance free?
O - - | What age is the magnetic tiles set for?
O - price | Do you price match?
O - - | Is there a way to save items to a wishlist without an account?
O - delivery | Will my parcel need a signature?
P - - | Just got my new boots and they fit like a glove. Obsessed.
P - delivery | Groceries arrived bang on time and the driver carried them up three flights of stairs. Hero.
P - customer_service | Had a query about sizing and the team got back to me within the hour. Really helpful.
P - payment,customer_service | Got double charged but emailed and it was refunded the same afternoon with an apology. Happy customer.
P - - | This bookshelf was so easy to put together and looks way more expensive than it was.
P - delivery | Took a while to arrive but worth the wait, the rug is gorgeous.
P - - | Best mascara I've ever used, no clumps at all!
P - returns_refunds | Exchanged my jeans for a bigger size, the whole thing took 4 days. Smooth.
P - - | My son hasn't put down the remote control car since Christmas morning 😂 great buy
P - price | Cheapest I found anywhere and it came with free delivery. Winner.
`;

const PL = `
N C product_quality | Różowa sukienka po jednym praniu zrobiła się blado-łososiowa, a prałam ręcznie w zimnej wodzie!
N C product_quality | poszewki zafarbowaly mi cale pranie na szaro, tragedia
N C product_quality | W kozakach odpadł obcas po dwóch tygodniach. Dobrze, że się nie przewróciłam.
N C product_quality | Rączka od walizki została mi w ręce na lotnisku. Pierwsza podróż.
N C customer_service | Trzy godziny w kolejce na czacie i nikt się nie odezwał. Serio, trzy godziny.
N C delivery | DHL: "dostawa w godz. 9-17". Wzięłam wolne, kurier nie przyjechał, w systemie "adresat nieobecny". Kpina.
N C returns_refunds | Czemu na etykiecie zwrotnej jest adres magazynu w Niemczech? Mam płacić za wysyłkę za granicę?
N C returns_refunds | A jak mam niby zrobić zwrot, skoro w koncie nie ma żadnego przycisku "zwróć"?
N C product_quality | Czy ta patelnia nie miała być nieprzywierająca? Jajko trzyma się jak przyklejone.
N C product_quality | Przecież to miał być tusz wodoodporny, nie? Po pierwszej łzie wyglądam jak panda.
N C order_error | W zamówieniu miałam krzesła dębowe, przyjechały białe lakierowane.
N C order_error | Prosiłem o wersję z polską klawiaturą, a przyszedł laptop z niemiecką.
N C delivery | Paczka od tygodnia w sortowni, status się nie zmienia. Co się z nią dzieje?
N C payment | Przelew zrobiony trzy dni temu, a zamówienie dalej nieopłacone. Halo?
N C outage | Aplikacja wywala się przy każdej próbie zalogowania. Od wczoraj to samo.
N C security,fraud | Ktoś zmienił numer telefonu na moim koncie i złożył zamówienie na 2 tys. zł. Ja tego nie robiłam!
N C customer_service | Pan z infolinii był opryskliwy i przerywał mi w pół zdania.
N C price | Rabat 20% zniknął na ostatnim kroku, zapłaciłam pełną cenę. Dzięki wielkie.
N C delivery | Brawo, kurier zostawił telewizor pod klatką w deszczu 👏
N C payment | Dzień dobry, zostałam obciążona dwukrotnie za zamówienie nr 88231. Bardzo proszę o zwrot nadpłaty. Pozdrawiam serdecznie.
O - delivery | Ile idzie paczka do Niemiec?
O - - | Czy ta sukienka jest podszyta?
O - payment | Czy mogę zapłacić na raty?
O - delivery | Dzień dobry, kiedy mniej więcej wyślecie zamówienie 40211? Pytam, bo to prezent.
O - returns_refunds | Czy można zwrócić kosmetyki, jeśli nie były otwierane?
O - - | Te trampki mają standardową rozmiarówkę?
O - - | Jakie wymiary ma ta komoda po złożeniu?
O - price | Czy będą jeszcze jakieś promocje przed świętami?
O - - | jak dodac drugi adres dostawy
O - delivery | Czy kurier dzwoni przed dostawą?
P - - | Sukienka leży idealnie, materiał przyjemny, dostałam mnóstwo komplementów!
P - delivery | Zamówienie złożone wieczorem, rano już w paczkomacie. Szok 😄
P - customer_service | Obsługa na czacie przemiła, pomogli dobrać rozmiar i doradzili lepszy model.
P - product_quality,customer_service | Przyszedł uszkodzony blender, napisałam maila i w dwa dni miałam nowy. Bardzo dziękuję!
P - - | Krzesła bardzo wygodne i łatwe w montażu. Jestem zadowolona.
P - delivery | Czekałam trochę dłużej niż zwykle, ale lampa jest przepiękna, warto było.
P - - | Ten szampon to jakaś magia, włosy miękkie jak nigdy.
P - returns_refunds | Wymiana rozmiaru bez problemu, wszystko trwało kilka dni. Dzięki!
P - - | Zestaw do malowania to strzał w dziesiątkę, córka zachwycona.
P - price | Tanio, szybko i solidnie. Na pewno wrócę.
`;

const DE = `
N C product_quality | Der grüne Pulli ist nach der ersten Wäsche total ausgeblichen, sieht jetzt aus wie zehn Jahre alt.
N C product_quality | die neue bettwäsche hat beim waschen abgefärbt, jetzt sind meine weißen handtücher hellblau. super.
N C product_quality | An meinen Wanderschuhen löst sich schon nach dem zweiten Ausflug die Sohle ab. Für 150 Euro!
N C product_quality | Der Reißverschluss am Rucksack ist rausgerissen, hab ihn grade mal eine Woche.
N C customer_service | Ich hänge seit 3 Stunden im Chat, "Sie sind Nummer 12 in der Warteschlange". Seit 3 Stunden Nummer 12!!
N C delivery | DPD-Zeitfenster 8-12 Uhr, jetzt ist es halb fünf. Ich kann nicht den ganzen Tag hier sitzen.
N C returns_refunds | Wieso kostet das Rücksendeetikett 6,95 €, wenn auf eurer Seite "kostenlose Retoure" steht?
N C returns_refunds | Wie soll ich das zurückschicken, wenn der QR-Code für die Retoure in der Filiale nicht erkannt wird?
N C product_quality | Sollte eine Powerbank mit 20.000 mAh nicht mehr als eine Handyladung schaffen?
N C product_quality | Hieß es nicht, der Teppich sei pflegeleicht? Jeder Fleck bleibt für immer drin.
N C order_error | Auf meiner Bestellung stand Hafermilch, geliefert wurde Mandelmilch. Ich hab ne Nussallergie!
N C order_error | Ich wollte den Tisch in Eiche, bekommen habe ich ihn in Weiß.
N C delivery | Paket wurde angeblich zugestellt, aber hier ist nichts. GLS, bitte mal nachschauen.
N C payment | Kreditkarte wurde belastet, aber die Bestellung ist storniert. Wo ist mein Geld?
N C outage | Website lädt nicht, nur ein weißer Bildschirm. Geht das nur mir so?? Muss dringend bestellen.
N C security | Jemand hat sich in mein Kundenkonto eingeloggt und meine Adresse geändert. Wie kann das sein?
N C customer_service | Auf meine drei Mails kam nur eine automatische Antwort. Ist da überhaupt jemand?
N C price | Im Newsletter 30 % Rabatt versprochen, an der Kasse gilt der Code angeblich nicht für dieses Produkt.
N C delivery | Wow, nur 14 Tage für ein "Express"-Paket. Rekordverdächtig.
N C order_error | Guten Tag, in meiner Lieferung fehlt leider eine der beiden Lampen. Könnten Sie mir die fehlende bitte nachsenden? Vielen Dank und viele Grüße
O - delivery | Wie lange dauert der Versand nach Österreich?
O - - | Ist das Kleid gefüttert?
O - payment | Geht auch Zahlung per Sofortüberweisung?
O - delivery | Hi, meine Bestellung steht seit gestern auf "in Bearbeitung", wann kommt die ungefähr raus?
O - returns_refunds | Kann ich Sachen aus dem Onlineshop im Laden zurückgeben?
O - - | Ist der Lippenstift vegan?
O - - | Ab welchem Alter ist das Spiel geeignet?
O - price | Gibt es einen Rabatt für Studenten?
O - payment | Wie lösche ich meine gespeicherte Kreditkarte?
O - delivery | Ruft der Spediteur vorher an, bevor er das Sofa bringt?
P - - | Die Stiefel sind wunderschön und super bequem, ich bin verliebt!
P - delivery | Bestellt am Sonntag, Montag früh schon da. Respekt!
P - customer_service | Super netter Kontakt per Chat, die Dame hat sich richtig Zeit genommen.
P - order_error,customer_service | Falsche Farbe bekommen, aber nach einem Anruf war der Austausch schon unterwegs. Klasse gelöst!
P - - | Der Stuhl ist stabil und sieht richtig edel aus.
P - delivery | Lieferung hat etwas gedauert, aber dafür ist die Lampe ein Traum.
P - - | Beste Feuchtigkeitscreme, die ich je hatte. Haut fühlt sich an wie neu.
P - returns_refunds | Umtausch lief völlig problemlos, danke!
P - - | Die Kinder spielen jeden Tag mit der Murmelbahn, hat sich voll gelohnt.
P - price | Preis-Leistung absolut top, kaufe ich wieder.
`;

const FR = `
N C product_quality | Mon jean a dégorgé au premier lavage, toute ma lessive est bleutée.
N C product_quality | le tshirt noir est devenu tout terne apres 2 lavages, on dirait un vieux truc
N C product_quality | Le talon de ma chaussure gauche s'est détaché en pleine rue. Super la qualité...
N C product_quality | La poignée de la poêle s'est dévissée puis carrément cassée au bout d'un mois.
N C customer_service | 2h d'attente sur le chat pour qu'on me dise de rappeler demain. Sérieusement ?
N C delivery | DPD m'a donné un créneau 9h-18h, j'ai attendu toute la journée, personne. Et le suivi dit "client absent".
N C returns_refunds,order_error | Pourquoi je dois payer le bon de retour alors que c'est vous qui avez envoyé le mauvais modèle ?
N C returns_refunds | Quelqu'un peut m'expliquer où je dois imprimer l'étiquette retour quand on n'a pas d'imprimante ?
N C product_quality | Un mascara waterproof, c'est pas censé résister à la pluie ? Je ressemblais à un panda.
N C product_quality | Une valise "incassable" ne devrait-elle pas survivre à un seul vol ? La coque est fendue.
N C order_error | Sur le bon de commande : robe bleue taille 38. Dans le colis : robe verte taille 42.
N C order_error | J'ai demandé du lait sans lactose et on m'a livré du lait entier.
N C delivery | Ça fait 3 semaines que j'attends mon colis, Mondial Relay ne sait pas où il est.
N C payment | Paiement refusé 4 fois alors que ma carte marche partout ailleurs.
N C outage | L'appli plante dès que j'ouvre le panier, impossible de commander.
N C fraud | J'ai reçu un SMS me demandant de payer des frais de douane pour votre colis, c'est une arnaque ? J'ai déjà payé 2€...
N C customer_service | Conseillère très désagréable, elle m'a parlé comme si j'étais idiote.
N C price | Le code promo a disparu au moment de payer. Du coup j'ai payé plein pot.
N C delivery | Quelle rapidité ! Commandé le 2, reçu le 20. Bravo.
N C returns_refunds | Madame, Monsieur, j'ai renvoyé les chaussures le 10 novembre et je n'ai toujours pas été remboursée. Pourriez-vous vérifier s'il vous plaît ? Bien cordialement.
O - delivery | Combien de temps pour une livraison en Suisse ?
O - - | Le bureau est livré monté ou en kit ?
O - payment | Vous acceptez PayPal ?
O - delivery | Bonjour, pas encore de numéro de suivi pour ma commande passée lundi, c'est normal ?
O - returns_refunds | Peut-on échanger un article en magasin ?
O - - | Ce parfum existe en 100 ml ?
O - - | C'est adapté à partir de quel âge ce jeu ?
O - price | Y aura-t-il des promos pour les soldes d'hiver ?
O - - | comment modifier mon mot de passe
O - delivery | Le livreur monte-t-il les meubles à l'étage ?
P - - | Ces baskets sont trop belles, et super confortables !
P - delivery | Livraison express vraiment express, commandé hier reçu ce matin.
P - customer_service | Service client au top, réponse en 10 minutes et problème réglé.
P - delivery,customer_service | Mon colis s'était perdu mais vous m'en avez renvoyé un sans discuter. Merci beaucoup !
P - - | La table est superbe, exactement comme sur la photo.
P - delivery | Un peu long à arriver mais la qualité est au rendez-vous.
P - - | Cette crème a sauvé ma peau cet hiver, merci !!
P - returns_refunds | Échange de taille fait en un rien de temps, parfait.
P - - | Les enfants adorent la cuisine en bois, très bon achat 😊
P - price | Excellent rapport qualité-prix, je recommande.
`;

const IT = `
N C product_quality | Il piumone rosso ha perso colore in lavatrice e adesso è a chiazze. Ho seguito tutte le istruzioni.
N C product_quality | la felpa nera ha scolorito dopo un lavaggio a freddo, sembra vecchia di anni
N C product_quality | Dopo due settimane il tacco si è staccato dallo stivale. Bella figura in ufficio.
N C product_quality | La cerniera dello zaino si è rotta alla seconda apertura, il cursore è saltato via.
N C customer_service | Tre ore di attesa in chat e poi la chat si chiude da sola. Ma stiamo scherzando?
N C delivery | GLS mi dà la fascia 8-14, sono le 19 e il pacco è ancora "in consegna".
N C returns_refunds | Ma perché l'etichetta di reso la devo stampare io? Non tutti hanno una stampante.
N C returns_refunds | Qualcuno mi spiega come si fa il reso se il link nella mail porta a una pagina vuota?
N C product_quality | Il termos non doveva tenere caldo per 12 ore? Dopo due ore il caffè è freddo.
N C product_quality | Ma la pentola non era adatta all'induzione? Il mio piano cottura non la riconosce nemmeno.
N C order_error | Nella conferma d'ordine c'era il latte di avena, ma mi è arrivato quello di mandorla.
N C order_error | Avevo richiesto la versione con tastiera italiana, è arrivata quella tedesca.
N C delivery | Il tracking di Poste dice "consegnato" ma io non ho ricevuto niente.
N C payment | Mi avete addebitato due volte lo stesso ordine, voglio indietro i soldi.
N C outage | Il sito non si carica, solo una pagina bianca. Proprio il giorno dei saldi.
N C security | Ho ricevuto un'email di accesso al mio account da un dispositivo sconosciuto, e ora la password non funziona più. Aiuto!
N C customer_service | Risposte copia-incolla da settimane, nessuno legge davvero quello che scrivo.
N C price | Il codice sconto sparisce proprio al momento del pagamento. Ho pagato prezzo pieno.
N C delivery | Bravissimi, il pacco "urgente" è arrivato dopo tre settimane. Complimenti davvero.
N C product_quality | Gentili signori, la lampada che ho ricevuto ieri non si accende. Vi chiederei cortesemente di sostituirla. Cordiali saluti.
O - delivery | Quanto ci mette la spedizione in Sardegna?
O - - | La scrivania arriva già montata?
O - payment | Si può pagare alla consegna?
O - delivery | Salve, non ho ancora il numero di tracking dell'ordine fatto venerdì, è normale?
O - returns_refunds | Posso cambiare la taglia in negozio?
O - - | Il profumo è disponibile anche da 50 ml?
O - - | Da che età è consigliato questo puzzle?
O - price | Ci saranno sconti per il Black Friday?
O - - | come si cancella l'account?
O - delivery | Il corriere chiama prima di consegnare?
P - - | Vestito stupendo, vestibilità perfetta. Lo adoro!
P - delivery | Ordinato ieri sera, arrivato stamattina. Incredibile!
P - customer_service | Assistenza gentilissima, mi hanno risolto tutto in cinque minuti.
P - payment,customer_service | Mi era stato addebitato due volte ma mi hanno rimborsato subito scusandosi. Ottimo servizio.
P - - | Sedie bellissime e comodissime, consigliate.
P - delivery | La consegna è stata un po' lenta ma il divano vale l'attesa.
P - - | Questo siero è fantastico, pelle luminosa dopo una settimana.
P - returns_refunds | Cambio taglia velocissimo, nessun problema.
P - - | I bambini adorano la pista delle macchinine, un successo!
P - price | Ottimo rapporto qualità prezzo, tornerò sicuramente.
`;

const ES = `
N C product_quality | La sudadera azul perdió todo el color en la lavadora, ahora es de un celeste triste y con manchas.
N C product_quality | el pantalon negro desteñido total al segundo lavado, parece que tiene 10 años
N C product_quality | Se le ha despegado el tacón a la bota izquierda en plena calle. Ridículo.
N C product_quality | La cremallera de la chaqueta se salió entera a los cuatro días.
N C customer_service | Tres horas en espera al teléfono. TRES HORAS. Y al final se cortó la llamada.
N C delivery | MRW: "entrega entre las 8 y las 14". Son las 20:00 y nada, y encima pone "destinatario ausente".
N C returns_refunds,product_quality | ¿En serio hay que pagar 3,95 € por la etiqueta de devolución de algo que llegó roto?
N C returns_refunds | ¿Alguien me explica dónde está la etiqueta de devolución? En el correo no viene nada.
N C product_quality | ¿Las botas no eran de piel auténtica? Se están pelando como si fueran de plástico.
N C product_quality | ¿No era un colchón firme? Me hundo como en una piscina.
N C order_error | En el pedido ponía pack de 12 botellas y han llegado 6.
N C order_error | Quería el sofá en gris y me traen uno color mostaza.
N C delivery | El paquete pone "entregado" pero aquí no ha llegado nada. GLS, ¿dónde lo habéis dejado?
N C payment | Me rechaza la tarjeta una y otra vez pero el banco dice que está todo bien.
N C outage | La app no abre desde ayer, se queda en la pantalla de carga.
N C fraud,security | Alguien ha hecho un pedido con mi cuenta y mi tarjeta. Yo no he comprado nada. ¡Quiero que lo anuléis!
N C customer_service | El chico del chat pasó de mí, me contestaba con monosílabos.
N C price | El precio subió 15€ entre que lo metí en el carrito y fui a pagar. Muy bonito.
N C delivery | Envío en 24h, decían. Ya va por la segunda semana. Gracias, de verdad.
N C payment | Buenos días, al intentar pagar me ha aparecido un error, pero el importe sí se ha cargado en mi cuenta. ¿Podrían revisarlo, por favor? Muchas gracias.
O - delivery | ¿Cuánto tarda el envío a Portugal?
O - - | ¿El escritorio viene con instrucciones de montaje?
O - payment | ¿Puedo pagar a plazos?
O - delivery | Buenas, hice el pedido el lunes y aún no tengo número de seguimiento, ¿es normal?
O - returns_refunds | ¿Puedo cambiar la talla en una tienda física?
O - - | ¿Este sérum se puede usar por la mañana?
O - - | ¿A partir de qué edad es el juego?
O - price | ¿Vais a tener ofertas en las rebajas de enero?
O - - | como borro mi cuenta?
O - delivery | ¿El transportista sube los muebles al piso?
P - - | Las botas son una pasada, comodísimas desde el primer día.
P - delivery | Pedido el domingo y el lunes ya lo tenía en casa. ¡Genial!
P - customer_service | Atención al cliente de 10, me ayudaron con todo y muy amables.
P - delivery,customer_service | El paquete se perdió pero me mandaron otro sin preguntas. Muy agradecida.
P - - | La lámpara queda preciosa en el salón, muy buena calidad.
P - delivery | Tardó un poco en llegar pero el producto es una maravilla.
P - - | Esta crema es lo mejor que he probado para la piel seca.
P - returns_refunds | Cambié la talla sin ningún problema, todo muy rápido.
P - - | Mi hija no suelta la muñeca, ha sido todo un éxito 🥰
P - price | Calidad-precio inmejorable, repetiré seguro.
`;

export const DEV: readonly FreshText[] = [
  ...lines("en", EN),
  ...lines("pl", PL),
  ...lines("de", DE),
  ...lines("fr", FR),
  ...lines("it", IT),
  ...lines("es", ES),
];
