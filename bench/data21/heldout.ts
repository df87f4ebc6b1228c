/**
 * Second held-out set of fresh customer texts (bench/data21): written by hand before any rule and without
 * reading the classifier, its docs or the first set's texts. Not to be tuned on: read once per pass, after the
 * rules are settled. Genres differ from bench/data20 (mostly tweets and short mails): marketplace and shop
 * product reviews (title-like first sentence, 4-star reviews with one gripe that stay positive, 2-star reviews
 * that praise one thing but are negative), long customer e-mails (greeting, order number, story, request,
 * sign-off), chat messages (lowercase, abbreviations) and social replies (@handles, hashtags, emojis).
 * Six languages, 30 texts each: 14 complaints (negative), 8 neutral, 8 positive. Format: see ../data20/types.ts.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C product_quality,customer_service | Lovely colour, shame about everything else. The jumper pilled after the first wash and the seam on the left sleeve is already coming apart. For £45 I expected a lot better. Messaged the seller three days ago, still nothing.
N C delivery | Hi there, I'm writing about order #UK-448213, placed on 12 November. The Evri tracking has said "we're sorting it" for nine days now and nobody at your end seems to know where the parcel is. It was a birthday present and the birthday has been and gone. Could you please either find it or refund me? Many thanks, Sarah Whitfield
N C order_error | hi. order 77812. got the dog food but its the wrong flavour, ordered salmon got chicken. my dog's allergic to chicken lol. can u swap it
N C delivery | @GadgetHubUK love how my "next day delivery" is now on day 6 👏👏 truly next level service #notimpressed
N C returns_refunds | Good afternoon, I returned the trainers from order 30-5521 on 3 October via an InPost locker and your warehouse confirmed receipt on the 8th. I was told the refund would take 5 working days, but it is now nearly four weeks. I would be very grateful if you could look into this for me. Kind regards, Tom
N C payment | Morning, just checked my banking app and there are two payments of £89.99 to you on 14/11. I only placed the one order (#BK20931). Can you refund the second one please? Thanks
N C fraud | @BloomBeautyUK is this text actually from you? says my parcel is on hold and I need to pay £1.99 at some weird link. clicked it before thinking and put my card in 😬 what do I do now
N C security,fraud,customer_service | Someone got into my account last night, changed the email address and ordered two iPhones to an address in Birmingham. I never got a single password reset mail. I've now been on hold for 50 minutes. Please cancel those orders NOW.
N C outage | tried to check out 4 times, every time the page goes white after I click pay and then says session expired. basket empty again. is the site down or what
N C price | Product page says £24.99 for the 2-pack, in the basket it jumps to £31.49 with no explanation whatsoever. Bit cheeky tbh.
N C product_quality | Worked great for a week. Then the left earbud stopped charging and now it won't pair at all. Tried resetting it like the manual says, nothing. Shame, the sound was decent while it lasted.
N C returns_refunds | Your returns team refused my return of the sofa because the "packaging wasn't original". The packaging was a giant cardboard box that I obviously didn't keep in my hallway for three weeks. Nowhere in your T&Cs does it say that. Absolutely ridiculous.
N C order_error | Hiya, just unpacked my grocery delivery and the avocados and the oat milk are on the receipt but not in any of the bags. Could you credit them back to my card?
N C customer_service,product_quality | Rang your customer service about the lamp that arrived with a cracked base and the woman basically told me I must have dropped it and hung up on me. Never been spoken to like that by a shop. Still want a replacement btw.
O - delivery | Hi, do you ship to the Channel Islands, and if so roughly how long does it take? Looking at the oak bookcase.
O - delivery | hey is order 55120 sent yet? just wanna know if itll get here before fri
O - - | Bought for my mum. It's a 1.7 litre kettle, takes about three minutes to boil a full jug, the cable is roughly 70cm and the lid opens with a button. Comes in matt grey or cream.
O - - | @PetPantryUK do you do the grain-free puppy food in the 6kg bag or only the 2.5?
O - delivery | Dear Sir or Madam, I would like to change the delivery address for order 20-88411 to my work address, 14 Mill Lane, Leeds LS2 7QT. The order confirmation says it has not been dispatched yet. Could you confirm whether this is still possible? Best regards, J. Patel
O - - | Is the size guide for the running tights UK or EU sizing? I'm usually a 10 but sometimes between sizes.
O - payment | Can I pay with Klarna on orders under £30 or is there a minimum?
O - returns_refunds | whats the returns window on sale items? same 30 days as normal?
P - product_quality | Great little vacuum. Light, quiet and gets the cat hair off the rug no problem. Only gripe is the battery lasts about 25 minutes, so I do the upstairs in two goes. Would still buy again.
P - customer_service | Mirror turned up with a crack in the corner, sent one photo to your chat and a new one was with me two days later, didn't even have to send the old one back. That's how it's done 👍
P - - | @BookNookUK the signed copy arrived today and it's even nicer than the pictures 😍📚 thank you!!
P - customer_service | Hello, just wanted to say thanks to Daniel in your support team who sorted out my address mix-up on order 77-1290. Really patient and friendly. Parcel came this morning. Cheers, Mike
P - product_quality | Does exactly what it says on the tub. Mixes without lumps, chocolate flavour isn't too sweet, and it arrived a day early as well.
P - - | omg just got the trainers, fit perfectly. ty for the quick swap on the size 🙏
P - - | Comfy chair, took about 20 minutes to put together. The cushion is a little firm at first but it's softening up. Good value for the money.
P - delivery | Third time ordering from you and once again everything was packed really well, not even the glass jars broke. Keep it up
`,
);

const PL = lines(
  "pl",
  `
N C product_quality | Kolor ładny, reszta do bani. Bluza po pierwszym praniu skurczyła się o cały rozmiar, a szwy przy kapturze zaczęły się pruć. Za 159 zł to jakiś żart, nie polecam.
N C delivery | Dzień dobry, piszę w sprawie zamówienia nr 2024/11/5583. Paczka miała być w paczkomacie we wtorek, dziś jest poniedziałek kolejnego tygodnia, a w śledzeniu InPostu nadal widnieje "przygotowana przez nadawcę". Proszę o informację, co się dzieje z przesyłką, albo o zwrot pieniędzy. Pozdrawiam, Katarzyna Nowak
N C order_error | hej zamowienie 88431, zamiast karmy dla kota przyszedl zwirek xD prosze o wymiane bo kot glodny
N C delivery | @TechStrefa dzięki za "dostawę w 24h", kurier DPD przyjechał po 6 dniach i jeszcze zostawił paczkę przy śmietniku 👏 #brawo
N C returns_refunds | Dzień dobry, uprzejmie przypominam, że dwa tygodnie temu odesłałam buty (zamówienie 44120). Magazyn potwierdził odbiór, ale zwrot środków wciąż nie dotarł na moje konto. Będę wdzięczna za sprawdzenie. Z poważaniem, Anna Kowalczyk
N C payment | Witam, w historii konta widzę dwie płatności BLIK po 249,99 zł za zamówienie 77002, a zamówienie było jedno. Proszę o zwrot drugiej kwoty.
N C fraud | Dostałam SMS niby od was, że paczka czeka na dopłatę 1,20 zł, i link do jakiejś strony. To wasze? Bo wygląda podejrzanie, a mama już kliknęła i wpisała dane karty...
N C payment | Trzeci raz próbuję zapłacić kartą i ciągle "transakcja odrzucona", a w banku mówią, że u nich wszystko ok i żadnej próby nie widzą. Jak tak dalej pójdzie, kupię gdzie indziej.
N C outage | apka wywala sie przy kazdym wejsciu w koszyk, android 14, reinstalowalem juz 2 razy. nie da sie nic zamowic
N C price | Na stronie produktu 89 zł, a w koszyku nagle 109 zł i żadnej informacji, skąd ta różnica. Tak się nie robi.
N C product_quality | Przez pierwsze 10 dni bez zarzutu, potem blender zaczął śmierdzieć spalenizną i przestał się włączać. Reklamację złożyłem, zobaczymy ile to potrwa.
N C customer_service | Od trzech tygodni piszę maile na adres reklamacji i zero odpowiedzi. Infolinia ciągle zajęta. Czy ktoś tam w ogóle pracuje?
N C returns_refunds | Odrzuciliście mój zwrot kurtki, bo "nosi ślady użytkowania". Przymierzyłam ją raz w domu, metki są na miejscu. Proszę o ponowne rozpatrzenie.
N C security,fraud,payment | Ktoś się zalogował na moje konto i zamówił dwie konsole na inny adres, płacąc moją zapisaną kartą. Hasła nikomu nie podawałam. Zablokujcie to natychmiast i oddajcie pieniądze.
O - delivery | Czy wysyłacie też do paczkomatów, czy tylko kurierem? I ile kosztuje dostawa przy zamówieniu powyżej 100 zł?
O - delivery | hej, jaki jest status zamowienia 55301? chcialbym wiedziec czy zdazy przed swietami
O - - | Regał ma 180 cm wysokości i 5 półek, płyta wiórowa w kolorze dąb sonoma. Montaż zajął nam około godziny we dwoje, w zestawie są kołki i klucz imbusowy.
O - - | @ZooMarket_pl macie może karmę dla szczeniaków ras dużych w worku 12 kg?
O - delivery | Dzień dobry, chciałabym zapytać, czy mogę zmienić adres dostawy w zamówieniu nr 30-77141 na adres mojej pracy. Zamówienie jeszcze nie zostało wysłane. Pozdrawiam, M. Wiśniewska
O - - | Czy rozmiarówka tych butów jest standardowa? Noszę 42, ale mam dość szeroką stopę.
O - payment | Czy można u was płacić w ratach albo odroczyć płatność o 30 dni?
O - returns_refunds | ile dni mam na zwrot towaru kupionego na wyprzedazy?
P - product_quality | Etui solidne, dobrze trzyma telefon i nie żółknie jak poprzednie. Jedyny minus to trochę za ciasny otwór na ładowarkę, ale kabel wchodzi. Polecam.
P - customer_service | Paczka przyszła z pękniętą szklanką w zestawie, wysłałam zdjęcie na czacie i po dwóch dniach miałam nową, bez odsyłania starej. Tak to się powinno załatwiać!
P - - | @Ksiegarnia_Pod_Lipa książka z autografem dotarła dziś, pięknie zapakowana 😍📚 dziękuję!
P - customer_service | Dzień dobry, chciałem podziękować panu Tomkowi z obsługi klienta za szybkie ogarnięcie pomyłki z adresem. Paczka dotarła dziś rano. Pozdrawiam serdecznie, Michał
P - product_quality | Krem świetnie się wchłania, nie zapycha, po tygodniu skóra jest wyraźnie mniej przesuszona. Do tego przesyłka przyszła dzień przed czasem.
P - - | dostalam juz sukienke, pasuje idealnie, dzieki za szybka wymiane rozmiaru :)
P - - | Krzesło biurowe wygodne, złożone w 20 minut. Siedzisko na początku trochę twarde, ale za tę cenę naprawdę warto.
P - delivery | Kolejne zamówienie i znowu wszystko porządnie zapakowane, nawet słoiki z miodem całe. Trzymajcie tak dalej!
`,
);

const DE = lines(
  "de",
  `
N C product_quality | Optisch top, technisch leider ein Reinfall. Die Kaffeemaschine sieht in der Küche super aus, aber nach zwei Wochen tropft sie unten raus und der Milchaufschäumer macht nur noch Geräusche. Für 300 Euro erwarte ich mehr.
N C delivery | Sehr geehrte Damen und Herren, am 4.11. habe ich bei Ihnen einen Kleiderschrank bestellt (Bestellnr. 100458873). Die Spedition hat zweimal einen Liefertermin genannt und ist zweimal nicht erschienen, obwohl ich mir jeweils extra freigenommen habe. Ich bitte um einen verbindlichen Termin oder die Stornierung der Bestellung. Mit freundlichen Grüßen, Jürgen Albrecht
N C order_error | hallo, bestellung 7731002. im karton war nur ein schuh 🙈 der linke fehlt. bitte nachschicken
N C delivery | Danke @ModeHausDE, dass Hermes mein Paket beim Nachbarn abgegeben hat, der seit März ausgezogen ist. Super Service 🙃 #hermes
N C returns_refunds | Guten Tag, ich möchte freundlich nachfragen, wann ich die Erstattung für meine Retoure (Bestellung 55-20931) erhalte. Laut DHL-Sendungsverfolgung ist das Paket am 2. Oktober bei Ihnen angekommen, seitdem habe ich leider nichts mehr gehört. Vielen Dank im Voraus und beste Grüße, Petra Kühn
N C payment | Meine Kreditkarte wird bei euch jedes Mal abgelehnt, bei allen anderen Shops klappt sie. Mit PayPal gehts auch nicht, Fehlercode 402. Was ist da los?
N C fraud | Hab grad ne Mail bekommen, angeblich von euch, ich soll mein Kundenkonto "verifizieren", sonst wird es gesperrt. Absender ist irgendwas mit .ru. Wollt nur Bescheid sagen, bevor andere drauf reinfallen, kümmert euch bitte drum.
N C security,fraud | Mein Kundenkonto wurde gehackt!! Jemand hat die Lieferadresse geändert und auf Rechnung für 600 € bestellt. Passwort hab ich geändert, aber ich will, dass das storniert wird und ich keine Rechnung dafür bekomme.
N C outage | Seit heute früh kommt bei jedem Login-Versuch nur "Error 503". Wollte den Adventskalender noch bestellen, bevor er ausverkauft ist.
N C price | Im Prospekt steht der Akkuschrauber für 79,99 €, online kostet er plötzlich 99,99 € und an der Kasse kommen noch 5,95 € "Servicegebühr" drauf. Wieso das denn?
N C product_quality | Moin, das Regal ist heute angekommen, zwei Seitenteile haben Risse und an einer Ecke fehlt ein Stück. Fotos hänge ich an. Wie machen wir das jetzt mit dem Austausch?
N C customer_service | Eure Hotline ist unter aller Sau. 40 Minuten Warteschleife, dann legt der Mitarbeiter einfach auf, als ich nach meiner Reklamation frage.
N C returns_refunds,product_quality | Ihr habt meine Rücksendung abgelehnt, weil die Kopfhörer "geöffnet" wurden. Wie soll ich denn merken, dass sie rauschen, ohne sie auszupacken? Ich verlange die Erstattung.
N C order_error | Hallo, statt Ibuprofen 400 habt ihr mir Ibuprofen 600 geschickt. Das hab ich so nicht bestellt und es ist verschreibungspflichtig. Bitte um Klärung, wie ich das zurückschicke.
O - delivery | Liefert ihr auch an eine Packstation oder nur an die Haustür?
O - delivery | hi, wo steckt meine bestellung 4410098? steht seit gestern "in zustellung", nur zur info ob heute noch was kommt
O - - | Der Rucksack hat 28 Liter, ein separates Laptopfach bis 15 Zoll und zwei Seitentaschen für Flaschen. Gewicht laut Küchenwaage 980 g. Die Farbe entspricht den Fotos.
O - - | @BeautyEckeDE gibts die Sonnencreme LSF 50 auch in der 200-ml-Flasche?
O - payment | Hallo liebes Team, ich würde gern wissen, ob ich bei meiner Bestellung 3300871 noch die Zahlungsart von Rechnung auf Lastschrift ändern kann. Danke und viele Grüße, Lena
O - - | Fällt die Laufhose eher klein aus? Ich trage normalerweise M, bin aber 1,85 groß.
O - returns_refunds | Wie lange dauert es normalerweise, bis die Erstattung nach einer Retoure auf dem Konto ist?
O - - | Gibt es den Kratzbaum auch in Grau oder nur in Beige?
P - product_quality | Tolle Jeans, sitzt super und der Stoff ist schön fest. Nur die Beine waren etwas zu lang, musste sie kürzen lassen. Würde sie trotzdem sofort wieder kaufen.
P - customer_service,delivery | Das Paket war erst verschwunden, DHL meinte zugestellt, war es aber nicht. Der Kundenservice hat ohne Diskussion sofort Ersatz geschickt, kam nach zwei Tagen. Daumen hoch!
P - - | Die neuen Laufschuhe sind da und ich bin verliebt 😍🏃‍♀️ @SportShopNord ihr seid die Besten! #laufen
P - - | Liebes Team von Bücherwurm24, ich wollte mich nur kurz für die nette handgeschriebene Karte im Paket bedanken. Die Bücher kamen super verpackt an. Weiter so! Herzliche Grüße, Ingrid
P - product_quality | Wird gut vertragen, unser Labrador frisst es gern und hat keine Verdauungsprobleme mehr. Preis ist auch fair.
P - - | hey, wollt nur sagen das mit dem umtausch hat super geklappt, danke euch 👍
P - delivery | Schönes Sofa, sehr bequem und die Farbe ist wie auf den Bildern. Ein Stern Abzug, weil die Lieferung drei Wochen länger gedauert hat als angegeben, aber das Warten hat sich gelohnt.
P - delivery | Schnelle Lieferung, alles drin, gut verpackt. Gerne wieder.
`,
);

const FR = lines(
  "fr",
  `
N C product_quality | Joli design mais qualité décevante. La lampe est très belle sur le bureau, mais l'interrupteur a lâché au bout de dix jours et le câble chauffe. Je ne recommande pas.
N C delivery | Bonjour, Je me permets de vous écrire au sujet de ma commande n° FR-2291047 passée le 28 octobre. Le colis Colissimo est indiqué comme « livré » depuis le 3 novembre, or je ne l'ai jamais reçu, ni dans ma boîte aux lettres ni chez la gardienne. J'ai déjà fait une réclamation auprès de La Poste, sans résultat. Pourriez-vous me renvoyer la commande ou me rembourser ? Cordialement, Hélène Garnier
N C order_error | bjr commande 66120, j'ai recu un pull taille XL alors que j'ai commandé du S... vous pouvez m'envoyer la bonne taille svp
N C product_quality,delivery | Merci @MaisonDeco_FR pour la table basse livrée en 3 morceaux, c'est du mobilier en kit nouvelle génération j'imagine 🙃 #chronopost
N C returns_refunds | Bonjour, j'ai renvoyé les écouteurs le 10 septembre via Mondial Relay (commande 44-09821) et vous avez confirmé la réception le 15. Je n'ai toujours pas été remboursée. Je vous remercie par avance de bien vouloir vérifier. Bien à vous, Claire Dubois
N C payment | Bonjour, sur mon relevé je vois deux prélèvements de 64,90 € le même jour pour une seule commande (n° 88213). Pouvez-vous rembourser le second ? Merci
N C fraud | Je viens de recevoir un SMS « Votre colis est en attente, réglez 1,99 € de frais » avec un lien bizarre, ça vient de chez vous ?? Ma voisine s'est fait avoir avec le même, faudrait prévenir vos clients.
N C security | Quelqu'un a piraté mon compte, changé mon mot de passe et passé commande avec mes points fidélité. Je n'arrive plus à me connecter. Merci de bloquer le compte au plus vite.
N C outage | le site plante a chaque fois que je clique sur « valider mon panier », ca fait 2 jours. c'est les soldes et impossible de commander, génial.
N C price | Affiché 39,99 € sur la fiche produit, 49,99 € au panier. Et bien sûr le code promo « ne s'applique pas à ce produit ». Drôle de façon de faire.
N C product_quality | Reçu il y a une semaine. Depuis hier l'aspirateur s'arrête tout seul au bout de deux minutes, batterie chargée à fond. Je souhaite un échange.
N C customer_service | Trois mails, deux appels, un message sur Facebook. Aucune réponse depuis le 2 novembre. Je commence à me demander si vous existez encore.
N C returns_refunds | Vous refusez le retour de mes chaussures au motif que la boîte est abîmée. C'est votre transporteur qui l'a abîmée ! Je demande le remboursement.
N C payment | Ma carte est refusée au paiement alors que j'ai de l'argent sur le compte et que la banque a validé le 3D Secure. Du coup la commande est annulée et les produits en promo ne sont plus dispo. Super.
O - delivery | Bonjour, livrez-vous en Belgique et en Suisse ? Et quels sont les délais pour un canapé ?
O - delivery | slt ma commande 77410 est partie ? juste pour savoir si je l'aurai avant samedi
O - - | Le sérum est vendu en flacon de 30 ml avec pipette. Texture plutôt fluide, légère odeur d'agrumes. Je l'utilise le soir depuis dix jours.
O - - | @LibrairieDuCoin vous avez le dernier prix Goncourt en format poche ?
O - - | Madame, Monsieur, Je souhaiterais savoir s'il est possible d'obtenir une facture au nom de mon entreprise pour la commande n° 55-11092. Je vous remercie. Cordialement, P. Lefèvre
O - - | Est-ce que ces baskets taillent grand ? J'hésite entre le 39 et le 40.
O - payment | Le paiement en 3 fois sans frais, c'est à partir de quel montant ?
O - returns_refunds | Combien de temps j'ai pour retourner un article acheté pendant les soldes ?
P - product_quality | Très bon robot de cuisine, puissant et facile à nettoyer. Petit bémol : il est assez bruyant, on ne s'entend plus parler. Mais pour le prix je suis ravie.
P - customer_service | Colis arrivé avec un flacon cassé, j'ai envoyé une photo au service client qui m'a renvoyé le produit dès le lendemain, sans chichis. Bravo et merci !
P - delivery | Reçu mes croquettes en 24h chrono 🐶❤️ @CroqMalin toujours au top !
P - customer_service | Bonjour, Un petit mot pour remercier Julien du service client, qui a été d'une patience incroyable pour m'aider à modifier ma commande. Tout est arrivé ce matin, parfait. Bonne journée, Martine
P - product_quality | Pull doux, ne gratte pas, les couleurs sont fidèles aux photos. Lavé deux fois à 30°, aucune bouloche.
P - returns_refunds | c'est bon j'ai reçu le remboursement, merci pour votre aide !!
P - - | Tapis de yoga bien épais et antidérapant. Il sentait un peu le plastique au déballage, l'odeur est partie en deux jours. Je recommande.
P - - | Commande nickel, bien emballée, rien à redire. Je recommanderai sans hésiter.
`,
);

const IT = lines(
  "it",
  `
N C product_quality | Bello da vedere, ma dura poco. Il tostapane è proprio carino in cucina, peccato che dopo tre settimane una delle due fessure non scaldi più. Per 60 euro mi aspettavo di meglio.
N C delivery | Buongiorno, vi scrivo in merito all'ordine n. IT-5520317 del 2 novembre. Secondo il tracking il corriere BRT ha tentato la consegna tre volte, ma io ero a casa ogni volta e nessuno ha mai suonato. Ora il pacco risulta "in giacenza" e dovrei andarlo a ritirare a 25 km. Vi chiedo di organizzare una nuova consegna o di rimborsarmi. Cordiali saluti, Giulia Ferri
N C order_error | ciao ordine 33812, mi è arrivato il caricatore usb-c invece di quello lightning, potete cambiarlo? grz
N C delivery | Complimenti @ElettroCasaIT, ordinato il 1 dicembre, "consegna prevista entro Natale"... di che anno? 🎄🙃
N C returns_refunds | Gentile servizio clienti, mi permetto di sollecitare il rimborso per il reso dell'ordine 77-10293, consegnato al vostro magazzino il 20 ottobre. Ad oggi non ho ricevuto nulla. Vi ringrazio per l'attenzione. Distinti saluti, Marco Rinaldi
N C payment | Buonasera, vedo sull'estratto conto due addebiti da 119 euro per l'ordine 90211, ma l'ordine è uno solo. Potete stornare il secondo?
N C fraud | Attenzione: mi è arrivata una mail a nome vostro che dice che ho vinto un buono da 500 euro e devo inserire i dati della carta. È una truffa vero? Fate qualcosa, ci cascheranno in tanti.
N C security,fraud,payment | Mi hanno rubato l'account! Hanno cambiato l'email e ordinato un monopattino con la mia carta salvata. Ho già chiamato la banca, voi bloccate l'ordine per favore.
N C outage | l'app non carica da stamattina, schermata bianca e poi si chiude. volevo approfittare del black friday e invece niente
N C price | Sul sito il prezzo era 34,90, al momento del pagamento è diventato 42,50 senza spiegazioni. La spedizione era gratuita, quindi da dove esce questa differenza?
N C product_quality | Funzionava benissimo i primi giorni, poi il phon ha cominciato a fare un rumore strano e ieri ha fatto una scintilla. Non lo uso più, voglio la sostituzione o il rimborso.
N C customer_service | Il servizio clienti mi ha risposto con un messaggio automatico e poi più nulla da due settimane. La chat dice sempre "operatori non disponibili".
N C returns_refunds | Mi avete rifiutato il reso del vestito perché "fuori dai 14 giorni", ma l'ho spedito il dodicesimo giorno, ho la ricevuta di GLS. Ricontrollate per favore.
N C order_error | Salve, nella spesa consegnata oggi mancano le uova e il parmigiano, sullo scontrino però ci sono entrambi. Potete riaccreditarmeli?
O - delivery | Spedite anche in Sardegna? Quanto ci mette di solito?
O - delivery | ciao a che punto è l'ordine 44190? grazie
O - - | La crema è in tubetto da 50 ml, profumo leggero di mandorla. Si assorbe in un paio di minuti. La uso la sera da una settimana.
O - - | @LibreriaDelPorto avete anche l'edizione illustrata del primo Harry Potter?
O - delivery | Buongiorno, vorrei sapere se è possibile ritirare l'ordine n. 22-71830 direttamente nel vostro punto vendita di Bologna invece della consegna a domicilio. Grazie mille, Chiara
O - - | Le scarpe da running vestono regolari o conviene prendere mezza taglia in più?
O - payment | Si può pagare con Satispay o solo con carta e PayPal?
O - returns_refunds | Quanti giorni ho per fare il reso se l'articolo era in saldo?
P - product_quality | Divano comodo e il tessuto è morbido, montaggio semplice. Unica pecca: un cuscino è leggermente più basso degli altri. Comunque molto soddisfatta, lo riprenderei.
P - customer_service | Il pacco si era perso con SDA, ho scritto al servizio clienti e in un giorno mi hanno rispedito tutto a loro spese. Gentilissimi, grazie davvero!
P - - | Arrivato il kit per il mio gattino 🐱💕 @PetLandIT tutto perfetto e pure un regalino nel pacco!
P - customer_service | Buonasera, volevo solo ringraziare la signora Paola del vostro customer care che mi ha aiutata a cambiare taglia con tanta pazienza. Le scarpe sono perfette. Un caro saluto, Francesca
P - product_quality | Caffè ottimo, macinatura giusta per la moka, aroma intenso. Consegna rapida e pacco ben fatto.
P - delivery | ricevuto tutto, grazie mille siete stati velocissimi 😊
P - - | Borraccia termica che tiene il freddo tutto il giorno. Il tappo è un po' duro da svitare, ma per il resto promossa.
P - - | Terzo ordine, sempre puntuali e prodotti come da descrizione. Consigliato.
`,
);

const ES = lines(
  "es",
  `
N C product_quality | Muy cómodas, pero duran nada. Las zapatillas son comodísimas, eso sí, pero a las tres semanas se despegó la suela de la derecha. No vuelvo a comprarlas.
N C delivery | Hola, buenas tardes: Les escribo por el pedido n.º ES-8841209 que hice el 5 de noviembre. SEUR lo marcó como entregado el día 9, pero yo no he recibido nada y ningún vecino lo tiene. He llamado a SEUR y me dicen que hable con ustedes. Les pido que abran una incidencia y me envíen el pedido de nuevo o me devuelvan el dinero. Un saludo, Javier Morales
N C order_error | hola pedido 55731, me ha llegado el champu pero no el acondicionador q iba en el mismo pedido, me lo mandais?
N C product_quality | Gracias @TiendaMueblesES por mandarme la silla con una pata menos, así hago ejercicio de equilibrio mientras teletrabajo 🙃 #correos
N C returns_refunds | Estimados señores: devolví la chaqueta del pedido 30-44812 el 7 de octubre por Correos y me confirmaron la recepción el día 11. A día de hoy sigo sin recibir el reembolso. Les agradecería mucho que lo revisaran. Atentamente, Lucía Herrero
N C payment | Buenas, en la app del banco me aparecen dos cargos de 79,95 € del mismo día y solo hice un pedido (n.º 61120). ¿Me podéis devolver el segundo?
N C fraud | Me ha llegado un whatsapp supuestamente vuestro diciendo que tengo un paquete retenido en aduanas y que pague 2,99 € en un enlace. Es falso, ¿no? Avisad a la gente porfa
N C payment | Intento pagar con Bizum y me sale error, con tarjeta me la rechaza y el banco dice que no le llega nada. Llevo una hora así y el descuento caduca hoy.
N C outage | la web esta caida o q? no carga nada desde esta mañana y tengo un pedido pendiente de pagar
N C price | En la ficha ponía 29,99 € y al pagar me cobra 36,50 €. El envío era gratis, así que no entiendo de dónde sale la diferencia.
N C security,fraud | Alguien ha entrado en mi cuenta, ha cambiado la dirección de envío y ha pedido una tablet con mi tarjeta guardada. Yo no he sido. Necesito que lo anuléis YA.
N C customer_service | La chica del chat me contestó fatal, me dijo que "eso no es problema nuestro" y me cerró la conversación. Menuda atención al cliente.
N C returns_refunds,product_quality | Me rechazáis la devolución del secador porque "está usado". Claro que está usado, lo probé una vez y no calentaba, por eso lo devuelvo.
N C product_quality | Hola, el tensiómetro que compré en vuestra farmacia online da cada vez una lectura distinta: 120, luego 150, luego 98, en dos minutos. Quisiera cambiarlo por otro.
O - delivery | ¿Hacéis envíos a Canarias? ¿Hay que pagar algo en aduana?
O - delivery | hola, me decis como va el pedido 22841? es para saber si llega antes del finde
O - - | La mochila tiene 25 litros, compartimento para portátil de 14 pulgadas y bolsillo lateral para botella. Pesa unos 700 gramos. El color es algo más oscuro que en la foto.
O - - | @LibreriaLaEsquina tenéis la última novela de Pérez-Reverte en tapa dura?
O - delivery | Buenos días: Quería saber si puedo recoger el pedido n.º 40-22871 en el centro de Valencia en lugar de recibirlo en casa. Muchas gracias. Saludos, Carmen
O - - | ¿Las mallas de running tallan normal o grande? Normalmente uso una M.
O - payment | ¿Se puede pagar a plazos o solo con tarjeta y Bizum?
O - returns_refunds | ¿Cuántos días hay para devolver algo comprado en rebajas?
P - product_quality | La freidora de aire funciona genial, las patatas quedan crujientes y se limpia fácil. Le quito una estrella porque hace bastante ruido, pero la recomiendo.
P - customer_service | Me llegó el perfume con el tapón roto, escribí a atención al cliente y al día siguiente ya tenía otro en casa sin tener que devolver nada. Así da gusto.
P - delivery | Llegaron las pelotas de pádel y la pala nueva 🎾🔥 @DeportesSol sois unos cracks, ¡en 24h!
P - customer_service | Hola: Solo quería dar las gracias a Sergio, de atención al cliente, por ayudarme a cambiar la dirección del pedido a última hora. Ha llegado todo perfecto. Un abrazo, Rosa
P - - | El pienso le sienta muy bien a mi perra, tiene el pelo más brillante y ya no se rasca. Buen precio además.
P - returns_refunds | ya me ha llegado el reembolso, gracias por la rapidez!! 😊
P - - | Estantería bonita y resistente. Las instrucciones son un poco liosas y tardé más de lo previsto en montarla, pero el resultado merece la pena.
P - delivery | Todo perfecto como siempre, bien embalado y rapidísimo. Repetiré.
`,
);

export const HELDOUT2: readonly FreshText[] = [...EN, ...PL, ...DE, ...FR, ...IT, ...ES];
