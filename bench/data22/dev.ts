/**
 * Dev customer texts (bench/data22), written by a third writer who never saw the classifier, its docs or the
 * earlier sets; different texts from heldout.ts with the same mix. Genres mixed in every language: help-desk
 * tickets (subject then body), app-store reviews, Trustpilot-style reviews with a title, Instagram/Facebook
 * comments, WhatsApp/Messenger chat, forum/Reddit posts, replies to the shop's e-mails. Mix per language: about
 * 55% complaints, 25% neutral, 20% positive (en 40, de 40, pl/fr/it/es 30 each = 200).
 * dev may be tuned on / heldout is read once per pass.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C delivery | Subject: Wrong tracking number? — Hello, the tracking number you sent for order 102934 belongs to a parcel in Glasgow that was delivered last Tuesday. I'm in Cardiff and still waiting for my monitor. Could you send the right one?
N C product_quality | Title: Looked great for a week — The rug is beautiful in the photos and in person. By day 8 it was shedding so much the hoover gave up. 2 stars for the colour.
N C order_error | ordered the gift set for my mum's birthday, it came without the candle that's literally in your photo 🙃
N C customer_service | "Your call is important to us." 52 minutes. Clearly.
N C payment | Apple Pay fails every time in your app but works everywhere else. Tried 5 times last night, then bought the headphones somewhere else.
N C outage | Your site has been throwing a 502 on and off since about 2pm. I've got gig tickets in my basket and they'll be sold out within the hour. Sort it out please!!
N C returns_refunds | Returned two pairs of jeans in one parcel. The refund came through for one pair. The returns portal now says the order is "closed".
N C fraud,security | The £50 gift card I bought from you is still in its sealed envelope in my drawer, but the balance shows £0, spent online on the 3rd. How is that even possible?
N C security | Your "remember me" login stays active for months even after I log out. Found out when my flatmate opened the app on my iPad and was straight into my account, saved card and all.
N C price | Paid $129 for the blender on Monday. It's $89 today. Apparently your "price match" only covers other stores, not yourselves. Cool cool cool.
N C delivery | Package says delivered at 2:14pm. I was home all afternoon. The Ring camera shows nobody came anywhere near my door.
N C product_quality | Opened a new bag of puppy food and there were little moths flying out of it. Best before date is next August.
N C customer_service | Is their support outsourced or something? Three agents gave me three different answers about whether the warranty covers a cracked screen. One told me to "try turning it off and on again".
N C order_error | I ordered 2 kg basmati rice and received 2 packets of 500 g each. Invoice is showing 2 kg charged. Please check and revert with the refund of the difference.
N C delivery | hiya, driver's just texted saying he's "outside" but he's not?? and now it's marked as failed 🤬
N C returns_refunds,customer_service | You've asked me to post the faulty speaker back at my own cost. It was faulty straight out of the box. I'm not paying £11 to return your broken product.
N C outage | Every Friday evening, right when I do my weekly food shop, the app times out. Every. Single. Friday.
N C price | Delivery pass went from £3.99 to £6.99 a month overnight, no email, nothing. I've been subscribed for 2 years.
N C product_quality | 3/5 — Comfy trainers, true to size, and delivery was quick. The sole started peeling away at the toe after a month of normal walking though.
N C security,fraud | Got a text from "you" with a link to "confirm my delivery" that had my full name and the exact item I ordered an hour earlier. Either you've been hacked or someone's selling your customer data.
N C customer_service | Hello, sorry to chase again, but I raised a query about my magazine subscription 10 days ago (ref 7719) and haven't heard back yet. I'd be grateful if someone could take a look.
N C order_error | Ordered the 2024 edition of the textbook, received the 2019 one. Half the chapters are different. Bit of a problem for a uni course that starts Monday.
O - delivery | Subject: Delivery slot for wardrobe — Hi, can I choose a morning slot for the delivery of order 66201? I work afternoons.
O - returns_refunds | If a jumper I bought in the sale doesn't fit, can I still return it or is it exchange only?
O - payment | Do you accept PayPal Pay in 3 on electronics?
O - product_quality | does this mascara smudge? asking for my oily eyelids 😂
O - fraud,payment | What happens if someone steals my card and uses it on your site? Do you refund it or do I have to go through my bank?
O - price | Does anyone know if they do a student discount? Saw it mentioned on TikTok but can't find it anywhere on the site.
O - delivery | hey do u deliver to uni halls? need a desk lamp by monday
O - outage | Is there a status page where I can check if the app is down before I ring you?
O - customer_service | Is there a phone number or just the chat? My nan wants to order and she doesn't do apps.
O - security | How do I turn on two-step verification? Can't see it anywhere in settings.
P - delivery | Love the live tracking map, knew exactly when the driver would turn up. Groceries all fresh and nothing squashed.
P - customer_service,returns_refunds | Thank you so much Sarah for sorting the refund for the broken vase so quickly, and for the lovely handwritten note. Genuinely made my week.
P - product_quality | Title: Worth every penny — Bought the oak desk 18 months ago and it still looks brand new, despite my kids.
P - price | Very good price for the cricket tickets, almost 400 rupees cheaper than other sites. Booking was smooth also.
P - outage | Couldn't log in for a couple of days last week, but the update fixed it and the new app is so much faster. Good job devs.
P - - | obsessed with this colour 😍😍 just ordered two
P - returns_refunds | Returned a pair of boots, money back in 48h without a single question. Will shop again.
P - customer_service | Called to cancel my cat food subscription expecting a whole song and dance. Took 2 minutes, no guilt trip. Respect.
`,
);

const DE = lines(
  "de",
  `
N C order_error | Betreff: Falsches Sofa, Bestellnr. 3310287 — Sehr geehrte Damen und Herren, bestellt und bezahlt wurde das Ecksofa in Anthrazit für 1.299 €, geliefert wurde es in Beige. Bitte teilen Sie mir mit, wie wir weiter vorgehen.
N C product_quality | Titel: Leider enttäuscht — Der Wasserkocher riecht auch nach fünfmal Auskochen noch nach Plastik, und das Wasser schmeckt danach.
N C delivery | Grüezi mitenand, mein Paket hängt seit 10 Tagen beim Zoll und niemand sagt mir, was ich zahlen muss. Auf der Website stand "Lieferung in die Schweiz inklusive".
N C customer_service | Ich wurde am Telefon viermal weiterverbunden und beim fünften Mal aus der Leitung geworfen. Insgesamt 1 Stunde 10 Minuten.
N C payment | PayPal hat die Zahlung bestätigt, bei euch steht "storniert – Zahlung fehlgeschlagen". Das Geld ist aber weg. Was nun?
N C outage | Seit Tagen nur "Verbindungsfehler, bitte später erneut versuchen". Später ist jetzt seit Mittwoch.
N C returns_refunds | Das Retourenlabel lässt sich nicht drucken, den QR-Code erkennt die Filiale nicht, und die 14 Tage laufen am Freitag ab.
N C fraud,customer_service | Habe über euren Marketplace eine Switch für 180 € gekauft. Im Paket war ein Ziegelstein, der Händler ist verschwunden, und ihr seid angeblich nur "Vermittler"?
N C security | Warum kann man bei euch immer noch ein Passwort mit 4 Zeichen setzen? Mein Neffe hat's ausprobiert, "1234" geht durch.
N C price | Versandkosten nach Wien 14,90 €, nach München 0 €. Gleiche Firma, gleiches Packerl.
N C delivery | Die Spedition hat den Schrank bis zur Haustür gebracht, 4. Stock ohne Lift, und ist dann gefahren. Gebucht und bezahlt war "Lieferung bis in die Wohnung".
N C product_quality | Das Hundefutter kam mit neuer Rezeptur, ohne jeden Hinweis. Seitdem hat unser Hund Durchfall. Auf der Packung steht jetzt plötzlich Getreide.
N C customer_service | Kann mir jemand sagen, ob man bei denen irgendwann einen echten Menschen erreicht? Der Chatbot versteht "Reklamation" nicht und schickt mir Gutscheincodes.
N C order_error,payment | hallo, von meiner lieferung sind nur 1 von 3 paketen gekommen 😕 bestellung 88021, abgebucht wurde aber alles
N C outage,payment | Zahlung mit Kreditkarte geht seit gestern Abend nicht, die 3D-Secure-Seite lädt einfach nicht. Hab's am Handy und am Laptop probiert.
N C returns_refunds | Sie haben mir laut Ihrer Mail vom 3.5. 34,99 € gutgeschrieben. Der Mantel hat 134,99 € gekostet. Ich nehme an, da fehlt eine Ziffer.
N C delivery | Verdammte Scheiße, zum zweiten Mal liegt das Paket in einer Filiale 20 km weg, obwohl ich zuhause war. Ich hab kein Auto!!
N C product_quality | Lieferung schnell, Verpackung gut, Preis fair. Die Kopfhörer rauschen aber auf dem linken Ohr, sobald Bluetooth an ist. 2 Sterne.
N C price | Das Abo kostet ab nächstem Monat 12,99 statt 9,99. Erfahren habe ich es aus den geänderten AGB, ganz unten im Kleingedruckten. Sehr transparent.
N C security | Ihr verlangt beim Login einen SMS-Code, aber der kommt immer erst nach 10 Minuten, wenn er schon abgelaufen ist. Jetzt ist mein Konto nach 5 Versuchen gesperrt.
N C customer_service | Ich habe am 12. eine Anfrage wegen der Garantie geschickt (Ticket 55-1093). Vielleicht ist sie untergegangen? Über eine kurze Rückmeldung würde ich mich freuen.
N C returns_refunds | Ich soll die defekte Waschmaschine selbst zurückschicken? Wie denn, das Ding wiegt 70 kg.
O - delivery | Betreff: Lieferung an Packstation — Hallo, kann ich die Bestellung auch an eine Packstation liefern lassen? Die Option wird mir im Checkout nicht angezeigt.
O - returns_refunds | Kann man Konzerttickets bei euch zurückgeben, wenn das Konzert verschoben wird?
O - payment | Geht Ratenzahlung auch für Bestellungen unter 200 €?
O - product_quality | Ist das Serum vegan und ohne Duftstoffe?
O - delivery | Weiß jemand, ob die in die Schweiz mit der Post oder mit DHL liefern? Bei DHL zahl ich immer die Verzollung extra.
O - price | Gilt der Preis auch für Bestandskunden oder nur für Neukunden?
O - delivery | Was passiert, wenn ein Paket als zugestellt markiert wird, aber nie ankommt? Muss ich dann selbst zur Polizei oder kümmert ihr euch darum?
O - security | Wie kann ich mein Konto komplett löschen lassen, inklusive gespeicherter Zahlungsdaten?
O - customer_service,returns_refunds | servus, kann ich a Reklamation auch im Geschäft in Graz abgeben, wenn ich online bestellt hab?
O - outage | Ist diesen Sonntag wieder eine Wartung geplant? Ich wollte früh bestellen und nicht vor einer leeren Seite sitzen.
P - delivery | Wahnsinn, Samstag bestellt, Montag früh da – und das mit einem 30-kg-Sack Katzenstreu.
P - customer_service,delivery | Das Paket war erst verschollen, aber der Support hat sofort nachgeforscht und mir noch am selben Tag Ersatz geschickt. Danke!
P - product_quality | Titel: Beste Laufschuhe seit Jahren — 600 km gelaufen und die Sohle sieht aus wie neu.
P - - | Endlich kann man Rezepte direkt in den Warenkorb legen. Genial für den Wocheneinkauf.
P - price,product_quality | Für de Priis würklich super Qualität. Gern wieder!
P - returns_refunds | Umtausch in eine andere Größe ging direkt in der Filiale, ohne Diskussion, obwohl online bestellt.
P - customer_service | Die Dame an der Hotline hat mir sogar erklärt, welche Größe bei diesem Hersteller besser passt. Sehr kompetent.
P - payment | Finde es super, dass man hier noch ohne Aufpreis per Rechnung zahlen kann.
`,
);

const PL = lines(
  "pl",
  `
N C order_error | Temat: Błędna faktura do zamówienia 48291 — Dzień dobry, na fakturze jest NIP innej firmy. Proszę o korektę, potrzebuję jej do końca miesiąca.
N C product_quality,customer_service | Tytuł: Nie polecam — Odkurzacz po 3 tygodniach zaczął śmierdzieć spalenizną. Gwarancja niby jest, ale na serwis czekam już 5 tygodni.
N C delivery | kurier dzwoni o 7 rano że jest pod blokiem, wychodzę po 2 min a jego już nie ma 🙄
N C customer_service | Zadzwoniłam na infolinię, pani powiedziała, że "system nie działa" i żebym zadzwoniła jutro. Jutro to samo.
N C payment | Płatność kartą odrzucona, a 420 zł od 5 dni zablokowane na koncie.
N C outage | Od rana nie da się zalogować ani na stronie, ani w apce. Akurat w Black Friday, przypadek?
N C returns_refunds | Zwrot wysłany 30 dni temu. Regulamin mówi o 14 dniach od otrzymania paczki. Paczka doręczona 27 dni temu.
N C fraud,customer_service | Ktoś podszył się pod wasz sklep na OLX, z waszym logo i zdjęciami, a wy mi piszecie, że nic nie możecie zrobić. 300 zł poszło.
N C security | Dostałam maila z potwierdzeniem zamówienia jakiejś obcej osoby, z jej adresem i numerem telefonu. To chyba nie powinno tak działać?
N C price | Cena na stronie 59,99, w aplikacji 69,99. Ten sam produkt, ta sama minuta.
N C delivery | Paczka z książkami przyszła rozerwana, dwie okładki zgięte, jedna zalana. Prezent na święta, super.
N C product_quality | Ocena 3/5: Kurtka ciepła i ładnie leży, ale zamek zaciął się po tygodniu i już się nie domyka.
N C customer_service | Ktoś wie, jak się dobić do ich działu reklamacji? Mail wraca z komunikatem "skrzynka pełna". Serio.
N C order_error | Zamówiłem zestaw 4 krzeseł, przyszły 2. Na liście przewozowej 4.
N C delivery | Ja pierdolę, 3 tygodnie czekam na lodówkę, a wy mi piszecie, że termin dostawy "przesunięty" na styczeń.
N C returns_refunds | Rozumiem, że według Państwa etykieta zwrotna była odklejona, ale leżała w środku paczki, w woreczku, tak jak kazaliście. Mam zdjęcia.
O - delivery | Temat: Dostawa do paczkomatu — Dzień dobry, czy meble do 30 kg też można odebrać w paczkomacie, czy tylko kurierem?
O - returns_refunds | A co jeśli kupię bilet na koncert, a nie będę mogła pójść? Da się go oddać albo odsprzedać?
O - payment | Czy można zapłacić zwykłym przelewem, czy tylko BLIK i karta?
O - product_quality | jaki skład ma ta sukienka? bawełna czy poliester?
O - price | Będzie jakaś promocja na karmę dla psa przed świętami? Biorę zawsze po 3 worki.
O - security | Co się stanie, jeśli ktoś zaloguje się na moje konto z innego kraju? Dostanę powiadomienie?
O - customer_service,returns_refunds | Czy reklamację mogę złożyć w sklepie stacjonarnym, jeśli kupiłam online?
O - outage | Czy apka będzie działać na starym iPhonie 8? Słyszałam, że po ostatniej aktualizacji nie wszystkim się odpala.
P - delivery | Zakupy dowiezione co do minuty, mrożonki zmrożone, jajka całe 😄
P - customer_service,returns_refunds | Miałam problem ze zwrotem, bo paczka zaginęła u przewoźnika, ale sklep sam to wyjaśnił i oddał mi pieniądze, zanim ją znaleźli. Szacun.
P - product_quality | Tytuł: Super buty dla dziecka — Syn chodzi w nich całą jesień i żadnych przetarć, a on niszczy wszystko.
P - price | Za 39 zł dostałam zestaw 3 kosmetyków, w drogerii sam krem kosztuje 45. Opłaca się.
P - - | Fajna apka, wygodnie się przegląda, a powiadomienia o promkach nie spamują. 5/5
P - customer_service | Konsultant na czacie odpisał w 2 minuty w niedzielę wieczorem. Nie spodziewałem się.
`,
);

const FR = lines(
  "fr",
  `
N C order_error | Objet : Erreur de pointure commande 20488 — Bonjour, j'ai commandé des bottines en 39, la boîte indique bien 39 mais les chaussures à l'intérieur sont des 37. Merci de me dire comment procéder.
N C product_quality | Titre : Déçue — La poêle "antiadhésive" attache dès la deuxième utilisation. Et je l'ai lavée à la main.
N C delivery | Mon colis est rendu à Montréal depuis 8 jours pis ça bouge pus. Le tracking dit juste "en traitement". Pas fort.
N C customer_service | Le conseiller m'a raccroché au nez quand j'ai demandé à parler à un responsable. 40 minutes d'attente pour ça.
N C payment | Paiement refusé avec ma carte Bancontact alors que c'est proposé sur votre site. Trois essais, trois refus.
N C outage | Depuis la mise à jour, impossible d'ouvrir la page "Mes commandes", écran noir. 1 étoile le temps que ce soit corrigé.
N C returns_refunds | J'ai renvoyé le manteau le 2 novembre. Vous l'avez reçu le 6, c'est écrit dans le suivi. Nous sommes le 5 décembre.
N C fraud,payment | J'ai reçu à mon nom un colis que je n'ai jamais commandé, et maintenant on me réclame 230 € pour un paiement en 4 fois à mon nom. Je n'ai rien signé.
N C security | J'ai reçu par SMS le code de connexion… d'une autre personne, son prénom était dans le message. Vos systèmes mélangent les numéros ?
N C price | "-50 %", vraiment ? Je surveille ce casque depuis 3 mois, il a toujours été à 149 €. Aujourd'hui il est "soldé" à 149 €, prix barré 298 €.
N C delivery | Le colis a été livré chez un voisin trois numéros plus loin, sans avis de passage. J'ai dû sonner partout dans la rue, une fois.
N C product_quality | Avis mitigé : mon chien adore ces croquettes, mais la moitié du sac était en miettes, de la poussière au fond. 2/5
N C customer_service | C'est normal d'attendre 3 semaines une réponse du service client pour une simple facture ? Je commence à douter qu'il y ait quelqu'un derrière l'adresse mail.
N C order_error | Commande de courses : yaourts à la fraise au lieu de nature, lait entier au lieu d'écrémé. Deux substitutions, et personne ne m'a prévenue.
N C delivery | Bordel, c'est la troisième fois que le livreur laisse le colis dans la boîte aux lettres qui ne ferme pas. Cette fois il a disparu.
N C returns_refunds,customer_service | Vous me dites que le retour est hors délai. C'est vous qui avez mis 12 jours à m'envoyer l'étiquette.
O - delivery | Objet : Livraison en Suisse — Bonjour, livrez-vous en Suisse romande et les frais de douane sont-ils inclus ?
O - returns_refunds | Si je commande deux tailles pour essayer, le retour de celle qui ne va pas est gratuit ?
O - payment | Est-ce que je peux payer avec Interac ou juste par carte de crédit?
O - product_quality | ce fond de teint convient aux peaux mixtes ?
O - price | L'abonnement annuel revient moins cher que le mensuel ?
O - security | Que se passe-t-il si quelqu'un devine mon mot de passe ? Vous avez une double authentification ?
O - customer_service | Est-ce que le service client répond aussi en néerlandais ? Ma mère ne parle pas bien français.
O - fraud | J'ai vu une pub Insta avec leur logo et des prix à -80 %, quelqu'un sait si c'est vraiment eux ou une arnaque ?
P - delivery | Livré en 24 h à Liège, alors que c'était annoncé 3 à 5 jours. Top.
P - customer_service,order_error | On m'avait envoyé le mauvais livre, un message sur Messenger et le bon est arrivé le surlendemain, avec un marque-page en cadeau 😊
P - product_quality | Titre : Canapé au top — 2 ans après, toujours aussi confortable, les coussins n'ont pas bougé.
P - price | Bon prix pour des billets de hockey, moins cher que la revente pis zéro frais cachés.
P - - | J'adore cette marque, chaque collection est plus belle que la précédente ❤️
P - returns_refunds | Remboursement reçu le lendemain du dépôt du colis. Je ne savais même pas que c'était possible.
`,
);

const IT = lines(
  "it",
  `
N C delivery | Oggetto: Consegna mancata ordine 55719 — Buongiorno, il corriere ha segnato "destinatario assente" alle 11:02, ma ero in casa e il citofono funziona. Chiedo una nuova consegna. Cordiali saluti.
N C product_quality | Titolo: Peccato — Le cuffie suonano bene, però dopo 2 mesi il cuscinetto sinistro si è staccato. 2 stelle.
N C order_error | ho ordinato la crema viso e mi è arrivata una crema per i piedi 😂 spero non sia un consiglio
N C customer_service | Il customer care mi ha promesso una richiamata entro 24 ore. Era il 3 novembre.
N C payment | Ho pagato con Satispay, l'app dice pagato, voi dite "in attesa di pagamento" da 4 giorni.
N C outage | Ogni volta che provo ad aggiungere un indirizzo l'app si chiude. Da una settimana.
N C returns_refunds,price | Il rimborso è arrivato, ma di 42 euro invece di 65: avete trattenuto la spedizione di andata e anche quella di ritorno, che da voi sarebbe "gratuita".
N C fraud,product_quality | Ho comprato un iPhone "ricondizionato come nuovo" e il numero di serie risulta bloccato da Apple perché rubato. Ora non lo posso usare.
N C security | Mi è arrivata una mail per reimpostare la password che non ho chiesto. Poi un'altra. Poi altre 20 in un'ora.
N C price | Le spese di spedizione compaiono solo all'ultimo passaggio: 9,90 euro per un libro da 12.
N C delivery | Il pacco è arrivato aperto e richiuso con lo scotch. Dentro mancava uno dei due profumi.
N C product_quality | Le crocchette hanno un odore diverso dal solito e la mia gatta non le tocca. Stessa marca, stesso formato, lotto nuovo.
N C customer_service | Qualcuno di voi ha mai ricevuto una risposta dal loro indirizzo reclami? Io scrivo da 3 settimane.
N C order_error | Ho ordinato 2 biglietti per il concerto del 14 e me ne hanno mandati 2 per il 13. Il 13 lavoro.
N C delivery,customer_service | Ma porca miseria, 3 telefonate e nessuno sa dirmi dov'è il mio materasso. Dormo sul divano da una settimana.
N C returns_refunds | Il pacco del reso l'ho consegnato al punto di ritiro, ho la ricevuta con il codice. Se non vi è arrivato, non è colpa mia.
O - delivery | Oggetto: Consegna al piano — Buongiorno, la consegna della lavatrice include il trasporto al terzo piano senza ascensore?
O - returns_refunds | Se il vestito non mi va, posso restituirlo in negozio anche se l'ho preso online?
O - payment | Accettate Scalapay anche sui prodotti in saldo?
O - product_quality | il rossetto è waterproof?
O - price | Il prezzo dell'abbonamento resta bloccato o può aumentare dopo il primo anno?
O - security | Perché l'app mi chiede l'impronta digitale ogni volta? Si può disattivare?
O - customer_service | ciao, l'assistenza è aperta anche ad agosto?
O - fraud | Ho ricevuto un SMS "il tuo pacco è in attesa, paga 1,99 €" con il loro nome. È una truffa, vero?
P - delivery | La spesa è arrivata puntuale, e il fattorino ha pure portato le casse d'acqua fino al quarto piano. Gentilissimo.
P - customer_service,returns_refunds | Il primo rimborso era sbagliato, ho scritto e in un giorno hanno sistemato tutto con tante scuse. Apprezzato.
P - product_quality | Titolo: Lampada bellissima — Luce calda, materiali solidi, montaggio in 10 minuti.
P - price | Prezzi onestissimi sulle crocchette, costano meno che al supermercato.
P - - | App fatta bene, si paga in un click, la uso ogni settimana 👌
P - payment | Comodo poter pagare in 3 rate senza interessi, ho preso il frigo senza pensieri.
`,
);

const ES = lines(
  "es",
  `
N C delivery | Asunto: Pedido 31207 retenido en aduana — Buenas, el pedido lleva 9 días retenido en aduana y nadie me dice si tengo que pagar algo. En la web ponía "sin costes adicionales".
N C product_quality | Título: Duró nada — La silla de oficina perdió una rueda a las 2 semanas. La volví a poner y se salió otra.
N C order_error | che, pedí un libro en castellano y me llegó en portugués 😅 cómo hago?
N C customer_service | Llamé 4 veces y en todas me dijeron "ahorita le marcamos". Ahorita ya son 10 días.
N C payment | La app me rechaza la tarjeta, pero el banco dice que todo está bien y que el cobro ni siquiera les llega.
N C outage | La página se cae justo cuando abren la preventa de entradas. Siempre. Casualidad, seguro.
N C returns_refunds | Solicité la devolución el 3 de junio. Me mandaron la etiqueta el 3 de julio.
N C fraud,product_quality | Compré un perfume "original" y claramente es una copia: el olor dura 10 minutos y el envase no tiene número de lote.
N C security | La app muestra mi contraseña en texto visible en la pantalla de ajustes. Cualquiera que agarre mi celular la ve.
N C price | En la tienda física la misma cafetera cuesta 20 euros menos que en la web. ¿Y el "precio exclusivo online"?
N C delivery | El delivery dejó el sillón en la vereda porque "no entraba por la puerta". Ni lo intentaron, boludo.
N C product_quality | Envío rápido y empaque muy bien, pero la crema me irritó la piel y en la caja dice "hipoalergénica". 2 estrellas.
N C customer_service | ¿Alguien sabe si su atención al cliente existe? Tengo un reclamo abierto hace un mes y lo único que me llega son encuestas de satisfacción.
N C order_error,security | Me mandaron la factura a nombre de otra persona, con su DNI y su dirección y todo.
N C delivery | Me cago en la leche, tercera vez que el repartidor no sube. ¡Que estoy en casa!
N C returns_refunds,customer_service | Ya les mandé las fotos del producto dañado 3 veces. Pídanme una cuarta y se las imprimo en tamaño póster.
O - delivery | Asunto: Envío a México — Hola, ¿hacen envíos a Guadalajara? ¿Cuánto sale el envío y cuánto tarda?
O - returns_refunds | Si el pantalón no me queda, ¿tengo que pagar yo el envío de la devolución?
O - payment | ¿Aceptan Mercado Pago?
O - product_quality | ¿de qué material es la mochila? ¿aguanta la lluvia?
O - price | ¿La suscripción de comida para perro tiene descuento si pago el año completo?
O - security,fraud | ¿Qué pasa si alguien entra a mi cuenta y hace un pedido? ¿Ustedes responden?
O - customer_service | hola! tienen número de whatsapp para consultas?
O - outage | ¿Van a hacer mantenimiento de la app antes del Buen Fin? Quiero saber si voy a poder comprar a medianoche.
P - delivery | Mi pedido llegó un día antes de lo previsto y perfectamente embalado. 10/10
P - customer_service,delivery | Al principio el paquete se perdió, pero me mandaron otro sin costo y me avisaron por WhatsApp en cada paso. Así sí.
P - product_quality | Título: Excelente calidad — Las sábanas son suavecitas y no se han desteñido después de 10 lavadas.
P - price,product_quality | Por 12 euros pensé que sería una birria, y es la mejor funda de móvil que he tenido.
P - - | Ya le agarré la onda a la app, está muy padre lo de guardar listas para el súper.
P - returns_refunds | Devolví un vestido sin problema, reembolso en 2 días. Muy recomendable.
`,
);

export const DEV22: FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
