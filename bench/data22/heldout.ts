/**
 * Held-out customer texts (bench/data22), written by a third writer who never saw the classifier, its docs or
 * the earlier sets. Genres mixed in every language: help-desk tickets (subject then body), app-store reviews,
 * Trustpilot-style reviews with a title, Instagram/Facebook comments, WhatsApp/Messenger chat, forum/Reddit
 * posts, replies to the shop's e-mails. Mix per language: about 55% complaints, 25% neutral, 20% positive
 * (en 40, de 40, pl/fr/it/es 30 each = 200). dev may be tuned on / heldout is read once per pass.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C delivery | Subject: Order #58213 still not here — Hi, I ordered a coffee grinder on 3 March and tracking has said "out for delivery" for 6 days now. Could someone please check what's going on? Thanks, Priya
N C product_quality | ★☆☆☆☆ Fitted sheet. Washed once at 40 like the label says. It now fits a cot, not a double bed.
N C order_error | ordered the navy hoodie in M, got a pink one in XXL. my son is 12 lol. how do I swap it
N C customer_service | Been on hold for 47 minutes. The music is lovely though, really. Whoever picked it deserves a raise.
N C payment | My card was charged £64.99 twice for order 77120. I only placed it once. The bank shows both as completed, not pending. Please refund the duplicate.
N C outage | App won't load past the splash screen since yesterday's update. Tried reinstalling, same thing. Can't even see my orders. 1 star till it's fixed.
N C returns_refunds | Sent the boots back on the 2nd. Your own tracking says you received them on the 5th. It's now the 28th and I've had the same "we're processing it" email three times.
N C fraud | Just got an order confirmation for a £900 laptop I never ordered, going to an address in Leeds. I've never even been to Leeds. Who has my account??
N C security | Why does the order confirmation email show my full card number? Like all 16 digits, in plain text.
N C price | Added the sofa to my basket at £499. At checkout it's £579 with a "handling fee" that wasn't mentioned anywhere on the product page. Nah.
N C delivery | Courier left my parcel on the doorstep in the pouring rain. The three books inside are now papier-mâché. Thanks a lot.
N C product_quality | Title: Smells lovely, gave me a rash — Used the night cream for three nights and my face is red and bumpy. The ingredients on the jar don't match the list on your website either.
N C customer_service,returns_refunds | Has anyone here actually managed to get a reply from their support? Emailed three times about a return over 12 days. The chatbot just loops me back to the FAQ page.
N C delivery | Sir, my order was to be delivered on 14th, today is 19th and status is still showing "shipped". Kindly do the needful and update me the exact delivery date.
N C order_error | Ordered 6 tins of the salmon cat food. The box had 6 tins of chicken. My cat only eats salmon. She is now staring at me.
N C outage,payment | Checkout keeps saying "something went wrong" at the payment step. Tried 3 different cards and PayPal. Been like this since 8am, is the whole site down?
N C product_quality | PSA for anyone eyeing the 55" TV deal: mine arrived with a line of dead pixels down the left side. The replacement has backlight bleed in two corners. Make of that what you will.
N C returns_refunds | "Free returns" it said. £4.95 taken off my refund for "return postage". Okay then.
N C customer_service,product_quality | Thanks for your email saying my case is "resolved". Nobody called me, nobody emailed, and the kettle still trips the fuse every time I switch it on. Please reopen ticket 30418.
N C delivery | absolute fucking joke. third "we tried to deliver" today and I've been sat at home by the door all day. no card, no knock, nothing
N C security | Got an email saying my password had been changed. I didn't change it. Now I'm locked out and your account recovery form just says "try again later".
N C price | 3 stars. The dress is gorgeous and fits perfectly. The 20% code showed in the basket and then vanished at payment, so I paid the full £85. Support told me codes "can't be combined" — I only used one.
O - returns_refunds | Hi, what happens if I open a video game and then want to return it? Is it still within the 30 days or does it have to be sealed?
O - delivery | Do you ship to Northern Ireland, and if so how long does it usually take?
O - payment | Can I use Klarna on the furniture range or is it only for clothing?
O - delivery | Anyone know if they deliver on Saturdays? Need a birthday present there by the 12th.
O - product_quality | is this jumper 100% wool or a blend? can't see it in the description
O - price | Will the Black Friday prices apply to pre-orders placed now, or only from the 27th?
O - returns_refunds,delivery | What happens if the courier loses my return parcel? Do I still get the refund or is that on me?
O - security | Do you store card details after checkout, or is it all handled by the payment provider?
O - order_error | Subject: Change size on order 40917 — Hi, I placed the order an hour ago and realised I need the 42 instead of the 41. Can it still be changed before it ships?
O - customer_service | What are your customer service hours over the bank holiday weekend?
P - delivery | Ordered at 11pm, on my doorstep by 10am the next day. Didn't expect that for a £12 order. Cheers!
P - customer_service,product_quality | My first blender arrived with a cracked jug. Sent one photo to support and they shipped a new one the same day, didn't even make me send the old one back. That's how you keep a customer.
P - product_quality | Title: Best dog food we've tried — Our lab has a sensitive stomach and this is the first brand in 2 years that hasn't upset it. Will reorder.
P - - | Really smooth app, easy to find stuff, and the wishlist syncs between my phone and tablet. 5 stars.
P - price | got this jacket in the sale for 35 quid, honestly worth triple that 😍
P - delivery,customer_service | omg it came!! thank u for sorting the address mix-up yesterday 🙏
P - returns_refunds | Refund was in my account 2 days after I dropped the parcel off at the post office. Painless.
P - customer_service | Shoutout to Marcus on live chat who spent 20 minutes helping me figure out which charger works with my laptop. Didn't even try to upsell me.
`,
);

const DE = lines(
  "de",
  `
N C delivery | Betreff: Bestellung 204417 – wo bleibt mein Paket? — Guten Tag, laut Tracking liegt das Paket seit dem 4.11. im Verteilzentrum Hamburg. Heute ist der 15. Können Sie bitte nachforschen? MfG K. Brandt
N C product_quality | ★☆☆☆☆ Die Nähte der Jeans sind nach dem zweiten Waschen aufgegangen. Für 89 € erwarte ich was anderes.
N C order_error | hab die schwarze lampe bestellt, gekommen ist die weiße 🙄 und jetzt?
N C customer_service | Hab jetzt zum dritten Mal angrufen, jedes Mal a anderer Mitarbeiter, jedes Mal a andere Auskunft. Des is echt a Zumutung.
N C payment | Die Sofortüberweisung ist durch, das Geld ist weg, aber die Bestellung steht seit 3 Tagen auf "Zahlung ausstehend".
N C outage | App stürzt jedes Mal ab, wenn ich den Warenkorb öffne. Pixel 7, Android 14. Seit dem letzten Update unbenutzbar.
N C returns_refunds | Rücksendung am 2. Oktober bei der Post abgegeben, Beleg habe ich. Heute ist der 13. November. Auf meinem Konto ist seitdem nichts eingegangen.
N C fraud | Ich habe eine Rechnung über 349,90 € bekommen, für eine Bestellung, die ich nie aufgegeben habe. Lieferadresse: irgendeine Packstation in Dortmund. Was ist da los?
N C security | Ihr schickt mir nach "Passwort vergessen" mein altes Passwort im Klartext per Mail? Im Jahr 2026?
N C price | Im Schweizer Shop kostet derselbe Staubsauger 289 Franken, im deutschen 199 Euro. Und Versand in die Schweiz aus dem deutschen Shop geht natürlich nicht. Merci vielmal.
N C delivery | Der Fahrer hat das Paket einfach über den Gartenzaun geworfen. Inhalt: sechs Weingläser. Den Rest können Sie sich denken.
N C product_quality | Titel: Schick, aber nach 3 Wochen durch — Der Bürostuhl sah super aus, jetzt wackelt die Rückenlehne und die Gasfeder sinkt langsam ab. Schade drum.
N C customer_service | Hat jemand Erfahrung mit deren Kundenservice? Ich warte seit 9 Tagen auf eine Antwort zu meiner Reklamation, die automatische Mail verspricht "innerhalb von 48 Stunden".
N C order_error,payment | Statt 2 Packungen Katzenfutter waren 20 im Karton. Schön für die Katze, aber abgebucht wurden auch 20.
N C outage | Seit heute 8 Uhr komme ich weder per App noch im Browser in mein Kundenkonto, da steht nur "Wartungsarbeiten". Ich brauche die Rechnung heute noch für die Steuer.
N C payment,price | Warum kostet Kauf auf Rechnung plötzlich 2,95 € extra? Stand beim Bestellen nirgends.
N C returns_refunds | Sie schreiben, meine Rücksendung sei "unvollständig" angekommen. Ich habe beide Schuhe eingepackt und sogar Fotos davon gemacht. Bitte prüfen Sie das noch einmal.
N C delivery | Scheiß DHL oder scheiß Shop, keine Ahnung, jedenfalls steht da seit 12 Tagen "Sendung wird vorbereitet". Nie wieder, sorry not sorry.
N C product_quality | Die Creme hat eine ganz andere Konsistenz als die, die ich sonst hier kaufe. Flüssiger, riecht anders, MHD laut Tube Februar. Ist das überhaupt Original?
N C security | Laut Warnmail hat sich jemand aus Vietnam in mein Konto eingeloggt. Eine Möglichkeit, die Sitzung zu beenden oder 2FA einzuschalten, gibt es bei euch aber nicht.
N C price | Der "Sale"-Preis von 59 € ist exakt der Preis, den die Jacke letzten Monat regulär hatte. Davor wurde sie kurz auf 99 € hochgesetzt. Netter Trick.
N C customer_service | hallo? seit 40 min im chat und keiner meldet sich 😤
O - returns_refunds | Was passiert, wenn ich ein Kleid zurückschicke, aber das Etikett schon abgeschnitten habe? Nehmt ihr das noch?
O - delivery | Liefert ihr auch nach Österreich, und fallen da Zollgebühren an?
O - payment | Kann man bei euch auch mit TWINT zahlen?
O - product_quality | Ist der Esstisch aus Massivholz oder furniert?
O - delivery | Ich ziehe nächste Woche um. Kann ich die Lieferadresse für Bestellung 88190 noch ändern?
O - price | Gilt der 10 %-Newsletter-Gutschein auch auf reduzierte Ware?
O - security,fraud | Ich bekomme dauernd SMS "Ihr Paket wartet, klicken Sie hier". Kommen die von euch oder ist das Phishing?
O - outage | Gibt es eine Statusseite, auf der man sieht, ob der Shop oder die App gerade eine Störung hat?
O - customer_service | Bis wann ist die Hotline am Samstag erreichbar?
O - returns_refunds,payment | Wie lange dauert eine Erstattung normalerweise, wenn ich mit PayPal bezahlt habe?
P - delivery | Am Montag bestellt, Dienstag da. Gut verpackt, alles heil. Top!
P - customer_service,product_quality | Der erste Toaster war defekt, ein kurzer Anruf und zwei Tage später stand ein neuer vor der Tür. So muss das laufen.
P - product_quality | Titel: Endlich ein Hundefutter, das er frisst — Unser Dackel ist extrem wählerisch, aber das hier frisst er ohne Theater. Nehmen wir wieder.
P - - | Übersichtlich, schnell, Merkliste funktioniert. Gibt nix zu meckern. 5 Sterne.
P - price | Für 24 Euro a Winterjacke, die wirklich warm halt. Bin voll zufrieden!
P - customer_service | Großes Lob an Frau Yilmaz von der Hotline, die mir geduldig erklärt hat, wie ich mein Abo pausiere.
P - returns_refunds | Rückgabe lief völlig problemlos, Geld war nach 3 Tagen wieder auf dem Konto.
P - delivery,customer_service | danke nochmal fürs schnelle umbuchen der lieferung 👍 paket ist heute pünktlich gekommen
`,
);

const PL = lines(
  "pl",
  `
N C delivery | Temat: Zamówienie 55120 – brak dostawy — Dzień dobry, paczka miała być w piątek, dziś środa, a tracking dalej pokazuje "w drodze". Proszę o informację, co się dzieje.
N C product_quality | Buty rozkleiły się po dwóch tygodniach noszenia. Za 250 zł to jakiś żart.
N C order_error | zamówiłam rozmiar 38 a przyszło 36 😩 jak to wymienić?
N C customer_service | Trzy maile, zero odpowiedzi. Infolinia "chwilowo niedostępna" od tygodnia. Super obsługa, naprawdę.
N C payment | Zapłaciłem BLIKIEM, pieniądze zeszły z konta, a zamówienie anulowane "z powodu braku płatności". Gdzie moje 179 zł?
N C outage | Aplikacja od wczoraj crashuje zaraz po uruchomieniu, widać tylko biały ekran. Reinstalacja nic nie dała.
N C returns_refunds | Zwrot nadany 3 października, paczkomat potwierdził odbiór. Mamy 10 listopada. Na koncie dalej tyle samo.
N C fraud | Ktoś złożył na moim koncie zamówienie na telefon za 3200 zł, dostawa do paczkomatu w Łodzi. Mieszkam w Gdańsku i nic nie zamawiałam!
N C security | Po zmianie hasła dalej byłam zalogowana na starym telefonie, który już sprzedałam. Nie ma u was opcji wylogowania ze wszystkich urządzeń?
N C price | W koszyku 89,99 zł, przy płatności nagle 104,99, bo "opłata serwisowa". Nigdzie wcześniej o tym nie było.
N C delivery | Kurier zostawił paczkę u sąsiada, którego nie znam, i wpisał "doręczono do rąk własnych". Szukałam jej po całym bloku.
N C product_quality | Tytuł: Ładna, ale... — Sukienka wygląda jak na zdjęciu, tylko że przy pierwszym praniu farba puściła i całe pranie mam różowe.
N C customer_service | Czy ktoś składał u nich reklamację? Konsultant na czacie rozłączył mnie dwa razy, jak tylko napisałam słowo "reklamacja".
N C order_error | W paczce była karma dla kota zamiast dla psa. Pies obrażony, kot sąsiada zachwycony.
N C delivery | Kurwa, trzeci raz przesuwacie termin dostawy kanapy. Wzięłam wolne w pracy na darmo.
N C returns_refunds | Piszą Państwo, że zwrot nie spełnia warunków, bo produkt był używany. Odesłałam go w oryginalnej folii, nieotwarty. Proszę o ponowne sprawdzenie.
O - returns_refunds | Co jeśli kurtka nie będzie pasować? Mogę ją odesłać paczkomatem za darmo?
O - delivery | Czy wysyłacie do Niemiec? Ile to mniej więcej trwa?
O - payment | Można płacić w ratach przy zamówieniu powyżej 1000 zł?
O - product_quality | czy ten krem nadaje się do skóry wrażliwej?
O - price | Czy cena z promocji obowiązuje też w sklepie stacjonarnym?
O - customer_service | Da się z wami pogadać przez WhatsAppa, czy tylko mail i telefon?
O - security | Czy da się włączyć weryfikację dwuetapową w aplikacji?
O - delivery | Ktoś wie, czy dowożą zakupy spożywcze w niedzielę? Chcę zamówić na urodziny córki.
P - delivery | Zamówienie złożone wieczorem, rano już w paczkomacie. Ekspres!
P - customer_service,order_error | Na początku przyszedł zły kolor, ale po jednym telefonie wymienili bez problemu i jeszcze dorzucili rabat 10%. Polecam.
P - product_quality | Tytuł: Świetne słuchawki — Bas mocny, bateria trzyma ponad 30 godzin. Za tę cenę rewelacja.
P - - | Aplikacja działa szybko i jest przejrzysta, zakupy ogarniam w 5 minut 👍
P - returns_refunds | Zwrot przyjęty w 2 dni, pieniądze od razu na koncie. Tak to powinno wyglądać.
P - customer_service | Pani Kasia z czatu uratowała mi prezent dla mamy 🙏 dziękuję!
`,
);

const FR = lines(
  "fr",
  `
N C delivery | Objet : Commande n° 73305 non reçue — Bonjour, ma commande devait arriver le 12, nous sommes le 20 et le tracking n'a pas bougé depuis une semaine. Pouvez-vous vérifier ? Cordialement.
N C product_quality | Le pull a bouloché dès le premier jour. 69 € quand même.
N C order_error | j'ai commandé un canapé gris, on m'a livré un vert pomme 😅 c'est une blague ?
N C customer_service | Ça fait trois fois que j'appelle pis chaque fois on me dit qu'on va me rappeler. J'attends encore, là.
N C payment | Ma carte a été refusée 3 fois au paiement, et pourtant les 3 tentatives apparaissent sur mon relevé. 3 x 45,90 €.
N C outage | L'appli plante à chaque fois que j'essaie de payer. Impossible de finaliser quoi que ce soit depuis hier soir.
N C returns_refunds | Retour déposé en point relais le 3 septembre. On est le 14 octobre. Toujours rien sur mon compte.
N C fraud | J'ai payé 89 € sur un site avec votre logo et votre nom, lien trouvé sous votre propre publication Facebook. Jamais rien reçu, et vous me dites que ce n'est pas vous. Pourquoi ce lien est resté en ligne 2 semaines ?
N C security | Votre site ne demande aucun code de confirmation quand on change l'adresse e-mail du compte. N'importe qui avec mon mot de passe peut tout prendre.
N C price | Les frais de livraison vers la Belgique sont passés de 4,95 à 12,90 € sans prévenir. Pour une commande de 30 €, ça fait cher, hein.
N C delivery | Le livreur a mis "destinataire absent" alors que j'étais chez moi toute la journée. Il n'a même pas sonné.
N C product_quality | Titre : Jolie mais fragile — La lampe est très jolie, mais le pied s'est fendu au bout d'un mois sans avoir été déplacée.
N C customer_service | Quelqu'un a réussi à joindre leur SAV ? Le chat renvoie vers la FAQ et le téléphone sonne dans le vide.
N C order_error | Il manque 2 articles sur 5 dans le colis, mais la facture les compte bien tous les cinq.
N C delivery,customer_service | Putain, 3 semaines pour un colis "express", et le service client qui me répond "un peu de patience". Plus jamais.
N C returns_refunds | Vous me proposez un bon d'achat au lieu d'un remboursement. Je veux être remboursée, comme c'est écrit dans vos CGV.
O - returns_refunds,delivery | Que se passe-t-il si le colis de retour se perd ? Je suis quand même remboursé ?
O - delivery | Est-ce que vous livrez au Québec ? Combien de temps ça prend ?
O - payment | Peut-on payer en 3 fois sans frais ?
O - product_quality | c'est du vrai cuir ou du synthétique ?
O - price | Les prix affichés incluent-ils la TVA belge ?
O - customer_service | Le service client est-il joignable le dimanche ?
O - security | Est-ce que mes données bancaires sont enregistrées si je coche "se souvenir de ma carte" ?
O - delivery | Quelqu'un a déjà acheté des billets de concert chez eux ? Ils les envoient par la poste ou c'est des e-billets ?
P - delivery | Colis arrivé avec 2 jours d'avance, emballage nickel, même le carton était recyclé. Bravo 👏
P - customer_service,product_quality | Ma première trottinette avait un frein défectueux. Le SAV m'en a envoyé une neuve en 48 h sans discuter. Chapeau.
P - product_quality | Titre : Super croquettes — Mon chat les adore et son poil est plus brillant depuis.
P - - | Appli claire et rapide, j'adore la fonction "liste de courses".
P - price | Vraiment un bon deal, 40 $ pour les bottes, pis elles sont super chaudes!
P - returns_refunds | J'avais peur que le retour soit galère vu que c'était une armoire, mais ils sont venus la chercher chez moi et j'ai été remboursé la semaine suivante.
`,
);

const IT = lines(
  "it",
  `
N C order_error | Oggetto: Fattura errata ordine 91022 — Buongiorno, nella fattura c'è la partita IVA di un'altra azienda e l'importo è 149 euro invece di 129. Potete correggerla? Grazie.
N C product_quality | La borsa si è scucita dopo una settimana. Per 120 euro mi aspettavo di meglio.
N C order_error | ho ordinato il caricabatterie usb-c e mi è arrivato uno lightning 🤦‍♂️
N C customer_service | Ho scritto 4 volte all'assistenza. Risposte automatiche, tutte uguali. Bravi, proprio.
N C payment | Pagamento con PayPal andato a buon fine, ma l'ordine risulta "annullato". E i miei 59 euro?
N C outage | L'app non si apre da stamattina, schermo bianco e basta.
N C returns_refunds | Reso spedito il 2 febbraio, ricevuto da voi il 6. Oggi è il 3 marzo.
N C fraud,security | Mi è arrivata la conferma di un ordine da 450 euro che non ho mai fatto. Qualcuno sta usando il mio account.
N C security | Perché l'app mostra il mio indirizzo e il numero di telefono completo a chiunque inserisca il numero d'ordine, senza login?
N C price | Il prezzo è passato da 39 a 52 euro mentre avevo il prodotto nel carrello. Nel giro di 10 minuti.
N C delivery | Il corriere ha lasciato il pacco davanti al portone aperto. Ovviamente è sparito.
N C product_quality | Titolo: Bello ma... — Il divano è comodo, però dopo un mese la seduta è già sfondata da un lato.
N C customer_service | Qualcuno sa come parlare con una persona vera del loro servizio clienti? Il bot mi risponde sempre "non ho capito".
N C order_error | Nella spesa online mancavano le uova e il latte, ma me li avete fatti pagare lo stesso.
N C delivery | Cazzo, 10 giorni per un pacco "express", il tracking fermo da una settimana e adesso mi dite che è in giacenza? Vergogna.
N C returns_refunds | Il reso non è "fuori tempo": l'ho spedito il 28° giorno e ho la ricevuta. Vi prego di ricontrollare.
O - returns_refunds,delivery | Cosa succede se il prodotto arriva danneggiato? Devo rispedirlo io o passa il corriere?
O - delivery | Spedite anche in Svizzera?
O - payment | Si può pagare in contrassegno?
O - product_quality | la taglia è regolare o veste piccolo?
O - price | Lo sconto del 15% vale anche sui prodotti già in saldo?
O - customer_service | Avete un numero di telefono o l'assistenza è solo via chat?
O - security | Se perdo il telefono, come faccio a scollegare l'app dal mio account da remoto?
O - delivery | Qualcuno ha già ordinato mobili da loro? Quanto ci mettono di solito a consegnare in Calabria?
P - delivery | Il corriere è arrivato pure in anticipo sull'orario indicato, e il frigo era imballato benissimo.
P - customer_service,product_quality | Il primo paio di scarpe aveva un difetto sulla suola, me le hanno sostituite in 3 giorni senza storie. Servizio clienti top.
P - product_quality | Titolo: Ottimo profumo — Dura tutta la giornata, confezione curatissima.
P - - | Da quando hanno rifatto l'app trovo tutto in due tap, e il riordino della spesa settimanale mi fa risparmiare mezz'ora.
P - price | Prezzo onesto per un libro così curato, 18 euro ben spesi.
P - returns_refunds | Ho restituito un cappotto che non mi stava, etichetta per il reso già nel pacco, soldi tornati sulla carta in 3 giorni. Grazie!
`,
);

const ES = lines(
  "es",
  `
N C payment | Asunto: Cobro tras cancelar suscripción — Hola, cancelé la suscripción de comida para gato el 30 de abril (tengo el correo de confirmación) y el 1 de mayo me cobraron otra vez 32,50 €. ¿Me lo pueden devolver?
N C product_quality | La camiseta encogió dos tallas en el primer lavado. 25 euros tirados.
N C order_error | pedí la funda roja y me llegó una azul jaja qué onda 🙃
N C customer_service | Hace una semana que les escribo y nadie me contesta. ¿Alguien labura ahí?
N C payment | Fui a pagar al OXXO y la referencia ya había vencido a las 2 horas, aunque decía 48 horas. Ahora el producto está agotado.
N C outage | La app no deja iniciar sesión desde ayer, sale "error 503".
N C returns_refunds | Devolví las zapatillas hace 3 semanas. Ustedes confirmaron que las recibieron el día 4. El reembolso, en cambio, no aparece.
N C fraud,security | Me llamó alguien haciéndose pasar por su tienda, sabía mi número de pedido y me pidió el código de la tarjeta para "verificar el reembolso". ¿Cómo tenían mis datos?
N C security | Si cambio un número en el enlace del pedido, su web me enseña los pedidos de otra persona, con nombre y dirección. Esto es grave.
N C price | El envío era "gratis" y en el ticket final me aparece 4,99 de envío. Tal cual.
N C delivery | El repartidor dejó la caja con la tele tirada en el portal. Sin avisar, sin firma.
N C product_quality | Título: Bonita pero frágil — La mesa es preciosa, pero una pata vino rajada y con el uso se ha abierto más.
N C customer_service | ¿A alguien le contestaron alguna vez del servicio al cliente? Llevo 11 días con un ticket abierto.
N C order_error | Pedí 3 kilos de croquetas para el perro y llegó 1. Cobrado como 3, obvio.
N C delivery | Pinche paquetería, ya van 2 semanas y el tracking sigue diciendo "en tránsito". Qué poca madre.
N C returns_refunds | No quiero un cupón, quiero mi dinero. Pagué con tarjeta y así me lo tienen que devolver.
O - returns_refunds | ¿Qué pasa si el producto llega roto? ¿Lo cambian o me devuelven el dinero?
O - delivery | ¿Hacen envíos a Canarias? ¿Cuánto tardan?
O - payment | ¿Se puede pagar a meses sin intereses?
O - product_quality | ¿el sérum sirve para piel grasa?
O - price | ¿El precio ya incluye IVA?
O - customer_service | ¿El chat atiende los fines de semana?
O - security | ¿Es seguro guardar la tarjeta en la app o conviene cargarla cada vez?
O - delivery | ¿Alguien compró entradas con ellos? ¿Llegan al mail o hay que imprimirlas?
P - delivery | Pedí el regalo para mi vieja un jueves a la noche y el viernes ya lo tenía. Me salvaron 🙌
P - customer_service,order_error | Me llegó la talla equivocada pero me la cambiaron en 2 días sin costo. Muy buena atención.
P - product_quality | Título: El mejor café — Llevo 3 meses con la suscripción y cada paquete llega fresco y riquísimo.
P - - | La app anda re bien, rápida y fácil.
P - price | Muy buen precio, 30 euros menos que en otras tiendas.
P - returns_refunds | Devolví unos audífonos que no me quedaban cómodos, me mandaron la guía por correo y en 3 días ya tenía mi lana de vuelta.
`,
);

export const HELDOUT22: FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
