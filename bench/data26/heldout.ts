/**
 * Held-out customer reviews (bench/data26), 240 texts, 40 per language (en, de, pl, fr, it, es), written by a
 * seventh writer who read only the line format (bench/data20/types.ts) and the topic names in the brief,
 * never the classifier, its docs or the other sets. Written before dev.ts and committed alone.
 *
 * Genres: product reviews as marketplaces show them (Amazon title-then-body, Allegro/Ceneo, Otto/Idealo,
 * Zalando, Fnac/Cdiscount, ePRICE/Trovaprezzi, El Corte Inglés/PcComponentes, Etsy), app-store reviews and
 * Trustpilot-style reviews of a whole shop; one-word to eight-sentence texts with updates after a month,
 * irony, negated praise ("nicht schlecht", "niczego sobie", "pas mal", "non male", "no está mal"), dialect,
 * typos, missing diacritics, emoji and capitals.
 *
 * Label rule: stars first, then the label: 1-2 stars negative, 3 neutral, 4-5 positive. Complaint = the
 * reviewer reports a problem the shop should make right (a 4-star review may hold one; dislike of taste or
 * style with no fault is not one, nor is a problem the shop already put right); topics only on complaints.
 *
 * Mix per language: 16 negative, 8 neutral, 16 positive (96/48/96). Complaints: en 18, de 18, pl 17, fr 18,
 * it 18, es 18 (107). Topics over the file: delivery 24, product_quality 22, customer_service 21,
 * order_error 12, returns_refunds 7, fraud 6, payment 6, security 6, outage 6, price 6.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C delivery | Where is my parcel?? Ordered a hose reel from Greenvale Outlet on the 3rd, tracking has said "in transit" for 17 days and nobody can tell me where it actually is. Never again.
N C product_quality | Fantastic. The zip on this backpack lasted a whole week. Really impressed 🙄 The stitching on the left shoulder strap is coming apart as well.
N C order_error | Ordered the trail runners in size 9, navy. Got size 7 in bright pink. Sent photos to the seller four days ago, still waiting.
N C customer_service | Five emails and two live chats, not one reply. Brightnook Home clearly stops caring the second they have your money.
N C returns_refunds | Sent the mattress back inside the 100 night trial exactly as their website says, it was collected on 2 Feb and I still haven't seen my £429. Every call it's "with the finance team".
N C fraud | FAKE SHOP. Paid for a "warehouse clearance" robot vacuum at 70% off, it never came, the website vanished a week later and the company number on the invoice doesn't exist. Bank is doing a chargeback. Don't fall for it.
N C payment,customer_service | Charged twice for one order of printer ink (2 x £38.99). Support insists it's a "pending authorisation" but both are posted on my statement and it has been ten days.
N - - | Not for me at all. The perfume is far too sweet, like candy floss and vanilla. Nothing wrong with the bottle or the delivery, it's just really not my taste.
N C security | Within an hour of ordering I got a text "from Parcelwise" with my full name and order number asking me to pay a customs fee. Their customer data is leaking somewhere. Changed my password and deleted my saved card.
N C outage | App has been down all weekend. Can't log in, can't see my order, just a spinning wheel. Uninstalled.
N C price | Basket said £24.99, card was charged £32.50 because of a "handling fee" that only appeared on the last screen. Sneaky.
N C product_quality | Does NOT fit a 2016 Corsa. Listing says compatible, the backing plates are a completely different shape and my mechanic couldn't get them in. Wasted a morning and the garage fee.
N - - | Dog won't touch it. Tried mixing it with her old food for a week, she picks around it every single time. Giving the rest to the shelter.
N C product_quality,customer_service | Lovely colour and really soft, but after ONE wash at 30 degrees, exactly as the label says, the jumper shrank a full size. Seller told me "that's normal for wool". It isn't.
N C delivery | Courier left the box on the doorstep in the pouring rain, the flatpack bookcase was soaked through and the chipboard has swollen. Claim opened with photos.
N C order_error,customer_service | Laptop box says "65W charger included". There was no charger. Support's answer was a link to buy one for £29. Seriously?
O - - | It's ok. Does what it says, nothing special.
O - - | Charges two phones at once without getting hot, which is good, but the cable is really short so it has to live on the floor. For the price fine.
O C delivery | Kettle itself is fine, boils quickly and isn't too loud. Took nine days instead of the promised two though, so three stars.
O - - | Enjoyed the first half of this one, the last hundred pages really dragged. Nice paper and the cover is beautiful.
O - - | My son played with the marble run for two afternoons and then lost interest. Well made, just not as fun as it looks on the box.
O C product_quality | Protects well, I've dropped the phone twice with no damage. But the colour is a dull grey, nothing like the "sage green" in the photos.
O - - | Honestly can't tell if the magnesium is doing anything yet. Capsules are big but go down fine. Will finish the tub and decide.
O - - | Average shop. Website is a bit clunky, delivery arrived on the day they said, prices about the same as everyone else.
P - - | Brilliant 👍
P - - | Not bad at all for a budget drill. Put up four shelves and a curtain rail with it, the battery lasted the whole afternoon and it has more torque than I expected. Case is flimsy but who cares.
P - - | Took me about three nights to get used to how firm it is and I almost sent it back. UPDATE after a month: the lower back pain I had every morning is basically gone. Wish I'd bought it years ago.
P C delivery | Blender is great, crushes ice without complaining and cleans easily. One star off because the outer box arrived properly crushed, luckily the jug survived.
P - - | Absolutely gorgeous earrings, you can see they are handmade. The seller wrapped them in tissue with a little handwritten note. Already ordered a second pair for my sister ❤️
P - - | Pram folds with one hand, which is exactly what I needed for getting on buses with a toddler. Basket underneath is massive.
P - - | Upgraded from the Sonora 200 to the 300: noise cancelling is noticeably better on the train and battery is roughly 30 hours instead of 20. Ear pads get a bit warm in summer.
P C customer_service | Good range and fair prices. Only gripe is they took three days to answer a simple question about sizing.
P - - | Beans arrived four days after roasting and the smell when I opened the bag... Subscription is easy to pause when you go on holiday.
P - - | cats go absolutely mental for these treats lol. and the bag actually reseals
P - - | Had a cracked plant pot in my order, emailed them and got back "no need to send it back, a new one is on its way". It arrived two days later. That's how you keep customers.
P - - | Finally a shopping app where checkout doesn't crash halfway. Fast, clean, Apple Pay works first time.
P - - | Grips well even in hot yoga. Bit of a rubber smell for the first few days, gone now.
P - - | solid bit of kit. used it every day on site for 6 weeks, no problems so far
P - - | love this moisturiser, my skin is soo much less dry and flaky, been using it 3 weeks now. will def rebuy
P - - | Great desk for the money. Put it together on my own in 40 minutes, no wobble even at standing height. Step 6 in the instructions is confusing but I got there.
`,
);

const DE = lines(
  "de",
  `
N C delivery | Paket laut Sendungsverfolgung seit 12 Tagen "in Zustellung". Händler sagt, ich soll mich an DHL wenden, DHL sagt, ich soll mich an den Händler wenden. Super.
N C product_quality | Nach drei Wochen geht der Akku vom Rasentrimmer nach 5 Minuten aus. Anfangs waren es noch 30. Für 89 Euro eine Frechheit.
N C order_error | Bestellt: 2 Winterreifen 205/55 R16. Geliefert: 2 Reifen 195/65 R15. Wie kann sowas passieren?
N C customer_service | Kundenservice nicht erreichbar. Hotline kostet 14 ct/min und nach 25 Minuten Warteschleife wird einfach aufgelegt. Finger weg!
N C returns_refunds | Rücksendung ist laut DHL seit 3 Wochen beim Händler angekommen, Geld habe ich immer noch nicht. Auf Nachfragen kommt nur eine automatische Mail.
N C fraud | Achtung Fakeshop!! Schöne Seite, deutsche Adresse im Impressum, aber die Firma gibt es nicht. Ich habe per Vorkasse 340 Euro für einen Gartengrill überwiesen und nie wieder was gehört. Anzeige ist raus.
N C payment | Bezahlung mit PayPal bricht jedes Mal beim letzten Schritt ab, Betrag wurde trotzdem reserviert. Bestellung ist aber nicht im Konto. Hab jetzt 3 Reservierungen offen.
N - - | Geschmacklich leider gar nicht meins. Das Proteinpulver "Cookies" schmeckt eher nach Pappe mit Süßstoff. Löst sich aber gut auf, das muss man sagen.
N C product_quality | Hab mich so gefreut und dann das: Die Sneaker sehen auf den Fotos weiß aus, in echt sind sie eher cremig-gelb. Und die Sohle löst sich vorne schon nach 2 Wochen.
N C security | Nach der Bestellung bei Hausgold24 kam eine Mail mit meiner Bestellnummer und Adresse, ich soll meine Kreditkarte "neu bestätigen". Der Shop sagt, das sei nicht von ihnen. Woher haben die Betrüger dann meine Daten??
N C outage | Seit gestern Abend komme ich nicht mehr in die App, immer "Fehler 503". Wollte eigentlich noch den Rabatt nutzen, der heute abläuft. Danke für nix.
N C price | Im Prospekt 199 €, im Onlineshop plötzlich 249 €. Laut Kundenservice war das ein "Druckfehler". Komisch, dass der Fehler immer nur in eine Richtung geht.
N - - | Sorry, aber das Buch ist einfach langweilig. Hab mich bis Seite 150 gequält und dann aufgegeben. Lieferung war schnell.
N C delivery,customer_service | Der Fahrer hat das Sofa nur bis vor die Haustür gestellt, obwohl "Lieferung in die Wohnung" bezahlt war. Vierter Stock ohne Aufzug. Beschwerde wurde bis heute nicht beantwortet.
N C product_quality | Nicht wie beschrieben. "Echtholz" steht da, ist aber Spanplatte mit Folie. Zwei Sterne nur, weil der Aufbau einfach war.
N C order_error | Im Karton war nur eine Hälfte vom Bettgestell. Die Seitenteile und die Schrauben fehlen komplett. Jetzt schlafe ich auf der Matratze am Boden.
O - - | Passt scho. Nix Besonderes, aber für den Preis ok.
O - - | Der Staubsauger saugt ordentlich, ist aber ziemlich laut und der Behälter ist schnell voll. Für eine kleine Wohnung reicht es.
O C delivery | Ware an sich gut, aber die Lieferung hat fast zwei Wochen gedauert statt der angegebenen 2-3 Tage. Deshalb Abzug.
O - - | Die Jacke ist warm und gut verarbeitet, fällt aber sehr groß aus. Nächstes Mal eine Nummer kleiner nehmen.
O - - | Mittelmaß. Der Shop ist übersichtlich, Preise sind nicht die günstigsten laut Idealo, Versand war okay.
O C product_quality | Die Farbe vom Lippenstift hält gut, aber er trocknet die Lippen total aus und riecht anders als beschrieben ("Vanille" - eher Plastik).
O - - | Schmeckt meinem Hund, aber er hat davon ziemlich Blähungen bekommen. Wir probieren noch ein paar Tage.
O - - | Funktioniert, mehr nicht. Das alte Modell hatte einen stabileren Standfuß, dafür ist das neue leiser.
P - - | Top!!!
P - - | Nicht schlecht! Hätte bei dem Preis ehrlich gesagt weniger erwartet. Die Kopfhörer klingen sauber und sitzen auch beim Joggen fest.
P - - | Sehr zufrieden mit Zalando wie immer, Rücksendung war easy und das Geld war nach 4 Tagen zurück.
P - - | Ich nutze die Matratze jetzt seit 6 Wochen. Am Anfang etwas zu hart, inzwischen perfekt. Kein Durchliegen, keine Rückenschmerzen mehr. UPDATE nach 3 Monaten: immer noch top, keine Kuhlen.
P - - | Schnelle Lieferung, gut verpackt, Ware wie beschrieben. Gerne wieder!
P C delivery | Der Akkuschrauber ist klasse, viel Kraft, zwei Akkus dabei. Einen Stern Abzug weil der Koffer beim Versand einen Riss bekommen hat.
P - - | Unser Kleiner (2) spielt jeden Tag mit dem Holzbauernhof. Farben sind kräftig, nichts splittert. Absolute Kaufempfehlung für Großeltern 😊
P - - | Die Tinte ist deutlich günstiger als die originale und der Drucker erkennt die Patronen ohne Probleme. Farben minimal blasser, stört mich nicht.
P - - | Hab lang gesucht nach einer Handyhülle, die nicht nach zwei Monaten vergilbt. Die hier ist nach einem halben Jahr noch klar. Daumen hoch.
P - - | Des isch a gscheits Messer! Schneidet Tomaten wie nix, liegt gut in der Hand.
P C customer_service | Shop ist gut, Auswahl riesig. Nur der Chat ist ein Witz, da kommen nur vorgefertigte Antworten. Ware selbst aber einwandfrei.
P - - | Bestell hier seit Jahren Katzenfutter im Abo. Immer pünktlich, und als mal eine Dose eingedellt war, kam ohne Diskussion Ersatz.
P - - | Die Laufschuhe sind mega bequem, nach 200 km noch kein Verschleiß. Einziger Minuspunkt: die Schnürsenkel sind zu kurz.
P - - | Gute Qualität, Gartenstühle stehen jetzt den ganzen Sommer draußen und sehen noch aus wie neu.
P - - | War skeptisch wegen dem chinesischen Shop, aber alles kam nach 10 Tagen an und passt perfekt. Die Lampe ist wunderschön.
P - - | Die App ist schnell und übersichtlich, man findet alles. Bezahlen mit Klarna geht in zwei Klicks.
`,
);

const PL = lines(
  "pl",
  `
N C delivery | Paczka miała być w paczkomacie w piątek, jest środa następnego tygodnia i status dalej "przygotowana do wysyłki". Sprzedawca nie odpisuje. Nie polecam.
N C product_quality | Szlifierka po dwóch użyciach zaczęła śmierdzieć spalenizną i przestała działać. Chińszczyzna w polskim opakowaniu.
N C order_error | Zamówiłam body dla niemowlaka w rozmiarze 68, przyszło 56 i do tego inny kolor. Dziecko rośnie, a ja czekam na wymianę.
N C customer_service | Obsługa klienta tragiczna. Pani przez telefon była po prostu niemiła, przerwała mi w połowie zdania i powiedziała że "nic nie da się zrobić".
N C returns_refunds | Zwrot wysłany 3 tygodnie temu, paczka odebrana przez sklep, pieniędzy dalej brak. Na maile odpowiadają ze "zwrot jest procesowany". Ile można?
N C fraud | OSZUSTWO!!! Sklep z reklamy na fb, telefon za 600 zł mniej niż wszędzie. Zapłaciłem BLIKiem, paczka nie przyszła, strona już nie działa. Zgłoszone na policję.
N C payment | Platnosc karta nie przeszla, sprobowalem drugi raz i teraz mam pobrane dwa razy 189 zl. Zamowienie jedno. Czekam na zwrot nadplaty juz tydzien.
N - - | Smak tej kawy zupełnie nie dla mnie, strasznie kwaśna. Ale to pewnie kwestia gustu, bo opakowanie ładne i przyszła szybko.
N C product_quality | Opis mówi "wodoodporne", po pierwszym deszczu miałam mokre skarpetki. Buty do zwrotu.
N C security | Po zakupie w tym sklepie dostałem SMS z linkiem do "dopłaty za przesyłkę" z moim imieniem i numerem zamówienia. Ktoś ma dostęp do ich bazy. Zablokowałem kartę.
N C outage | Aplikacja od dwóch dni się nie uruchamia, wywala błąd przy logowaniu. Nie mogę sprawdzić statusu zamówienia ani nic kupić. Masakra.
N C price | Cena w ofercie 79 zł, przy płatności nagle 99 zł bo "cena się zaktualizowała". Bardzo nieuczciwe.
N - - | Książka nudna jak flaki z olejem. Przeczytałam do połowy i odłożyłam. Nie rozumiem tych zachwytów.
N C delivery | Kurier rzucił paczką, w środku zbity wazon. Karton był zgnieciony z jednej strony. Czekam na odpowiedź w sprawie reklamacji.
N C order_error,customer_service | Brakuje w zestawie śrubek do montażu półki. Napisałem do sprzedawcy, odpisał że "każdy ma w domu śrubki". No nie każdy.
N - - | Pies nie chce tego jeść, wącha i odchodzi. Szkoda pieniędzy, ale karma sama w sobie chyba ok.
O - - | Jest ok, bez szału.
O - - | Odkurzacz niczego sobie jak na tę cenę, ale bateria trzyma ledwo 20 minut. Na małe mieszkanie wystarczy.
O C delivery | Produkt dobry, ale czekałem na niego 10 dni zamiast 2. Dlatego 3 gwiazdki.
O - - | Kurtka ładna, ale rozmiarówka zaniżona, wzięłam L a jest jak M. Zostawiam, bo kolor super.
O - - | Przeciętnie. Krem nawilża, ale nie widzę żadnej różnicy w zmarszczkach, o których piszą w opisie.
O C product_quality | Etui dobrze leży, ale po miesiącu zaczęło żółknąć, mimo że w opisie "nie żółknie". Ochrona telefonu ok.
O - - | Sklep jak sklep. Ceny średnie, wysyłka w terminie, nic specjalnego.
O - - | Suplement bez efektów po miesiącu, ale też bez skutków ubocznych. Może trzeba dłużej.
P - - | Polecam!!! 👍👍
P - - | Wszystko zgodnie z opisem, szybka wysyłka, sprzedawca godny polecenia. Pozdrawiam.
P - - | Materac kupiony po długich poszukiwaniach na Ceneo. Pierwsze noce twardo, ale teraz śpię jak dziecko. AKTUALIZACJA po miesiącu: plecy przestały boleć, polecam.
P - - | Klocki super, syn składa od rana do wieczora. Kompatybilne z tymi znanymi, a o połowę tańsze.
P C delivery | Wiertarka bardzo dobra, mocna, dwa akumulatory. Minus za to że przyszła dzień później niż obiecane.
P - - | Niezła ta herbata, serio. Mocny aromat, ładnie pachnie jeszcze w paczce. Zamówię więcej.
P - - | Wózek lekki, składa się jedną ręką, gondola wygodna. Dziecko śpi w nim bez problemu.
P - - | Porównując z poprzednim modelem zegarka (GT2) ten ma lepszy ekran i bateria wystarcza na 10 dni. Pasek trochę sztywny, ale się ułoży.
P - - | zamawiam tu karme dla kota od roku, zawsze szybko i tanio, kot zadowolony
P - - | Rewelacyjny sklep. Miałam problem z rozmiarem, wymiana zrobiona w 3 dni bez żadnych pytań.
P - - | Kupiłem części do Golfa IV, wszystko pasuje, oryginalne numery się zgadzają. Solidnie zapakowane.
P C customer_service | Dobre ceny i szeroki wybór, ale na odpowiedź z obsługi czekałem 4 dni. Poza tym bez zarzutu.
P - - | Tusz do drukarki działa od razu, kolory ok. Dużo taniej niż oryginał.
P - - | Buty wygodne od pierwszego założenia, nie obcierają. Zrobiłam w nich już 50 km.
P - - | Aplikacja działa płynnie, płatność BLIKiem w sekundę. Tak powinno to wyglądać.
P - - | Nasiona wszystkie wzeszły, pomidory rosną jak szalone. Dziękuję!
`,
);

const FR = lines(
  "fr",
  `
N C delivery | Colis "livré en point relais" selon le suivi, le point relais dit qu'il ne l'a jamais reçu. Ça fait 10 jours que je tourne en rond entre le transporteur et le vendeur.
N C product_quality | Bravo, trois pixels morts sur l'écran de la tablette dès le déballage. Vendue "neuve", on se demande.
N C order_error | Commandé un pull en laine bleu marine taille M, reçu un gilet en acrylique taille XS. Rien à voir.
N C customer_service | SAV injoignable : numéro surtaxé qui sonne dans le vide, formulaire de contact en erreur, trois mails sans réponse. Lamentable pour une enseigne de cette taille.
N C returns_refunds | Retour refusé parce que "l'emballage a été ouvert". Comment on essaie des chaussures sans ouvrir la boîte ???
N C fraud | ARNAQUE. Faux site qui reprend le logo d'une marque de doudounes, -75% sur tout. Reçu au bout d'un mois une écharpe de mauvaise qualité expédiée de Chine. Impossible de les joindre, opposition faite à la banque.
N C payment | Paiement refusé trois fois sur le site mais ma banque a été débitée les trois fois ! Aucune commande dans mon compte et 270 € bloqués.
N - - | Pas du tout mon style finalement, la robe fait très "mamie" une fois portée. La qualité est correcte, c'est moi qui me suis trompée.
N C product_quality | Le matelas s'est affaissé au milieu en deux mois, on dort dans un creux. Pour 600 balles c'est honteux, et le vendeur me parle de "période d'adaptation"...
N C security | Compte piraté : quelqu'un a commandé avec ma carte enregistrée et changé l'adresse de livraison. Pas de double authentification sur le site, en 2026, sérieux ?
N C outage | Site planté pendant tout le Black Friday, erreur à chaque paiement. Quand ça a remarché les promos étaient finies. Merci bien.
N C price | Affiché 49,90 € sur la fiche produit, facturé 64,90 €. Le vendeur parle d'une "erreur d'affichage" et refuse de rembourser la différence.
N - - | Bof bof. Ce thé fumé est beaucoup trop fort pour moi, je n'arrive pas à le boire. Rien à redire sur l'envoi.
N C delivery,customer_service | Trois semaines de retard, et le livreur a laissé le carton ouvert sur le palier. Pas un mot d'excuse du service client.
N C order_error | Il manquait deux pieds à la table basse, impossible de la monter. Une semaine que j'attends les pièces.
N C returns_refunds,customer_service | Remboursement fantôme. J'ai renvoyé l'aspirateur le 3 avec l'étiquette fournie, colis bien reçu d'après La Poste. Depuis, rien. Le vendeur m'a écrit "nous revenons vers vous sous 48h" il y a trois semaines.
O - - | Correct, sans plus.
O - - | Le casque fait le job mais l'arceau serre au bout d'une heure. Pour le prix ça passe.
O C delivery | Produit conforme, mais une semaine de retard sur la date annoncée. D'où le 3/5.
O - - | Le livre est intéressant mais pas mal long pour ce que c'est. Je m'attendais à plus d'exemples concrets.
O - - | Bonne crème, mais le parfum est entêtant et le pot se vide vite. Avis mitigé.
O C product_quality | Coque bordeaux alors que la photo montre un rouge vif. Sinon elle protège bien, mon téléphone est déjà tombé deux fois.
O - - | Boutique en ligne moyenne : choix correct, prix dans la moyenne, site un peu lent le soir.
O - - | Mon chat mange ces croquettes sans enthousiasme, il laisse toujours un fond de gamelle. À voir sur la durée.
P - - | Nickel, rien à dire.
P - - | Pas mal du tout pour un aspirateur balai à ce prix. Il ramasse bien les poils du chien et la batterie tient une bonne demi-heure en mode normal. Un peu bruyant quand même.
P - - | Commandé à la Fnac le soir, retiré en magasin le lendemain midi. Le roman est génial, lu en deux soirées.
P - - | Enfin des baskets confortables. Portées dès le premier jour sans la moindre ampoule. MISE À JOUR après un mois : aucune usure, je les mets tous les jours pour aller au boulot à pied.
P C delivery | Scie sauteuse efficace et précise. Une étoile de moins parce que la mallette est arrivée fendue, l'outil n'a rien.
P - - | Boutique Etsy adorable ! Le collier en argent est encore plus joli qu'en photo et la créatrice a glissé un petit mot manuscrit.
P - - | Franchement top ce puzzle 3D, mon fils de 9 ans a passé le week-end dessus. Pièces épaisses, rien ne s'est cassé.
P - - | Ancienne version contre nouvelle : écran plus lumineux, autonomie passée de 5 à 8 jours. Le bracelet reste un peu rigide mais ça se fait.
P C customer_service | Produits de qualité, livraison rapide. Seul bémol, le service client met des jours à répondre aux mails.
P - - | Cartouches compatibles reconnues tout de suite par l'imprimante, noir bien net. Trois fois moins cher que les originales.
P - - | Appli fluide, paiement en un clic, suivi de colis clair. 5 étoiles.
P - - | Panier bio livré tous les jeudis depuis deux mois, légumes bien frais. Une fois il manquait les œufs, ils les ont remboursés direct sans que je demande.
P - - | Poussette canne légère, se plie en deux secondes, parfaite pour le métro et ses escaliers.
P - - | Croquettes pour chien senior : mon vieux labrador a retrouvé un beau poil et digère beaucoup mieux. J'y reste.
P - - | trop bien ce rouge a levres, il tient toute la journee meme en mangeant 😍
P - - | Site basé en Allemagne mais tout en français, plaquettes conformes à la référence, montées sans souci sur ma Clio 4. Je recommande.
`,
);

const IT = lines(
  "it",
  `
N C delivery | Il corriere scrive "consegna fallita, destinatario assente". Ero a casa tutto il giorno e nessuno ha suonato. Adesso il pacco è tornato indietro e dovrei pagare di nuovo la spedizione?!
N C product_quality | Macchina del caffè che perde acqua dal serbatoio fin dal primo utilizzo. Bella fuori, un disastro dentro.
N C order_error | Ordinate 6 bottiglie di olio, arrivate 4, e una era aceto balsamico. Mah.
N C customer_service | Assistenza clienti fantasma. Scrivo da due settimane e in chat risponde solo un bot che mi rimanda alle FAQ. Vergognoso.
N C returns_refunds | Reso spedito il 5 marzo, consegnato a loro il 9 (ho la ricevuta), rimborso mai visto. "È in lavorazione", dicono, da più di un mese.
N C fraud | TRUFFA! Negozio trovato su un comparatore col prezzo più basso di tutti per una friggitrice ad aria, pagato con bonifico, mai arrivato niente. La partita IVA non esiste. State attenti.
N C payment | Errore al checkout ogni santa volta, "transazione non autorizzata". Provate tre carte diverse, la banca dice che da loro è tutto a posto. Ho comprato altrove.
N - - | Sinceramente la fragranza non mi piace, troppo dolciastra. Confezione perfetta e spedizione veloce, ma non fa per me.
N C product_quality | Scollate dopo un mese. Scarpe usate solo in città, niente sport, e la suola si è già staccata sulla punta. Non le consiglio.
N C security | Hanno avuto un furto di dati e l'ho scoperto da una mail di truffatori che conoscevano il mio ordine e il mio indirizzo. Dal negozio nessun avviso.
N C outage | L'app crasha appena apro il carrello. Aggiornata, reinstallata, niente da fare. Sono tre giorni che non riesco a ordinare.
N C price | Prezzo cambiato tra carrello e pagamento: da 129 a 159 euro. Nessuna spiegazione, ordine annullato.
N - - | Gioco carino ma per un bimbo di 6 anni è troppo semplice, dopo un giorno era già finito nell'armadio.
N C delivery | Pacco arrivato fradicio e sfondato, la lampada di vetro dentro era in mille pezzi. Ho aperto la contestazione, vediamo.
N C order_error,customer_service | Mancava il caricabatterie. L'assistenza sostiene che "non è incluso", ma nella scheda prodotto c'è scritto chiaro e tondo.
N C product_quality | Non male all'inizio, ma dopo tre lavaggi la felpa è piena di pallini. Due stelle solo per il colore, che è bello.
O - - | Nella media, niente di che.
O - - | Il frullatore fa il suo lavoro, però è rumoroso e il vetro si macchia. Per quello che costa va bene.
O C delivery | Prodotto buono, ma 12 giorni di consegna invece dei 3 promessi.
O - - | Libro scorrevole, finale deludente. Dopo tutte le recensioni mi aspettavo di più.
O - - | Crema che idrata, ma ha un profumo troppo forte per me. La finisco e poi cambio.
O C product_quality | In foto la cover è verde salvia, a casa è arrivata grigio topo. Protegge bene comunque.
O - - | Pagato poco e il bollitore è ok, niente di più. Scalda in fretta, ma il manico si scalda anche lui.
O - - | Il cane le mangia, ma senza entusiasmo. Vediamo col tempo.
P - - | Ottimo, consigliato!
P - - | Non male davvero questo aspirapolvere senza fili, potente e leggero. Unico difetto il contenitore piccolino.
P - - | Su Trovaprezzi era il negozio più economico ed ero un po' diffidente, invece la TV è arrivata in due giorni, imballata benissimo. Colori stupendi.
P - - | Materasso comodissimo. Le prime notti un po' rigido, poi perfetto. AGGIORNAMENTO dopo un mese: dormo molto meglio e non mi sveglio più col mal di schiena.
P C delivery | Trapano a percussione ottimo, ma arrivato con due giorni di ritardo e senza nessun avviso. Per il resto perfetto.
P - - | Orecchini in ceramica fatti a mano, bellissimi. La venditrice su Etsy è stata gentilissima e li ha incartati con cura.
P - - | Mia figlia non molla più questa bambola, la porta anche a letto. Cuciture fatte bene.
P - - | Avevo la versione 3 di questo robot aspirapolvere: la 4 mappa la casa molto meglio e non si incastra più sotto il divano. Un po' più rumoroso.
P C customer_service | Prodotti ottimi, prezzi buoni. Peccato che l'assistenza ci metta una settimana a rispondere a una mail.
P - - | Cartucce compatibili perfette, stampa nitida e costano la metà.
P - - | Sta pasta è na bomba, tiene la cottura e resta al dente. La riordino sicuro.
P - - | Basilico e peperoncini tutti germogliati, l'orto sul balcone è rigoglioso.
P - - | Passeggino leggerissimo, si chiude con una mano, l'abbiamo portato in aereo senza problemi.
P - - | Integratore di ferro preso per due mesi: analisi migliorate e molta meno stanchezza. Compresse piccole, facili da prendere.
P - - | sto rossetto è fantastico, non si sposta neanche a cena 😍
P - - | Ricambi per la Panda arrivati in 24h, tutto originale e montato senza problemi. Venditore serio, lo consiglio.
`,
);

const ES = lines(
  "es",
  `
N C delivery | Mi pedido lleva 15 días "en reparto". Ni rastro del paquete y desde la tienda solo me dicen que tenga paciencia.
N C product_quality | Los auriculares dejaron de cargar a las tres semanas, el estuche no hace contacto. Una pena porque sonaban bien.
N C order_error | Pedí una sartén de 28 cm y me llegó una de 20, encima con la tapa de otro modelo.
N C customer_service | Atención al cliente de chiste. Te cuelgan el teléfono y por correo tardan semanas en contestar con una plantilla.
N C returns_refunds | Devolví el abrigo dentro de plazo y con la etiqueta puesta. 25 días después sigo sin el dinero y nadie me da una fecha.
N C fraud | ESTAFA. Web falsa que se hace pasar por una marca de zapatillas conocida: pagué 90 € y me llegaron unas chanclas de mercadillo. No contestan a nada. Ya lo he denunciado.
N C payment | Me cobraron el pedido dos veces y solo llegó un paquete. Llevo una semana reclamando el segundo cargo.
N - - | No me gusta nada el sabor de este café, demasiado amargo para mi gusto. El envío rapidísimo, eso sí.
N C product_quality | Se despegan al mes. Zapatillas solo para caminar por la ciudad y la suela ya se ha separado en la punta.
N C security | Me hackearon la cuenta y alguien hizo un pedido con mi tarjeta guardada. Ni un aviso de inicio de sesión nuevo, nada.
N C outage | La web no carga en toda la tarde, justo el día de la oferta flash. Imposible hacer el pedido. Vaya chapuza.
N C price | En la ficha ponía 39,99 € y al pagar salían 54,99 € por unos "gastos de gestión" que no se mencionan en ningún sitio.
N - - | El libro no me ha enganchado nada, lo dejé a la mitad. Será que no es para mí.
N C delivery | La caja llegó destrozada y el jarrón hecho añicos. El repartidor ni se inmutó.
N C order_error,customer_service | Faltaba el mando a distancia. Me dicen que "no venía incluido", pero en la descripción del producto aparece bien claro.
N C product_quality | Bonita pero poco práctica. La mochila se descosió por el asa a las dos semanas. Dos estrellas por el diseño.
O - - | Normalito.
O - - | Cumple, pero nada del otro mundo. Por lo que cuesta, no está mal.
O C delivery | El producto bien, pero tardó diez días en llegar cuando ponía 48 horas.
O - - | Novela entretenida aunque el final flojea. Se deja leer.
O - - | La crema hidrata, pero huele fortísimo. Ni fu ni fa.
O C product_quality | La funda protege bien, pero el color no tiene nada que ver con la foto, es mucho más apagado.
O - - | Tienda correcta: precios normales, envío puntual, la web va algo lenta.
O - - | Al perro le gusta el pienso, pero tampoco se vuelve loco. Seguiremos probando.
P - - | Genial!! 😍
P - - | No está nada mal esta aspiradora, potente y ligera. El depósito es algo pequeño, pero bueno.
P - - | Me monté el PC con piezas de PcComponentes, todo llegó al día siguiente y muy bien embalado. La gráfica va de lujo.
P - - | Colchón muy cómodo. Las primeras noches algo duro, después perfecto. ACTUALIZACIÓN tras un mes: duermo mucho mejor y ya no me duele la espalda.
P C delivery | El taladro es una pasada, pero llegó dos días tarde. Por lo demás, todo perfecto.
P - - | Los aretes están bien bonitos, la vendedora los mandó con una notita. Súper recomendado.
P - - | Mi hija está encantada con la muñeca, no la suelta. Buenos materiales.
P - - | Vengo del modelo 5 y el 6 tiene mejor cámara de noche y la batería me llega a dos días. Eso sí, pesa un poco más.
P C customer_service | Buenos productos y buenos precios. Lástima que atención al cliente tarde una semana en responder.
P - - | Los cartuchos de tinta funcionan perfectamente, imprimen bien y cuestan la mitad.
P - - | La app va fina, el pago es rápido y el seguimiento del pedido muy claro.
P - - | Este jamón está de muerte, illo. Llegó envasado al vacío en dos días.
P - - | Carrito ligero y fácil de plegar con una mano. Ideal para viajar.
P - - | La proteína sabe a chocolate de verdad y se disuelve sin grumos. Repetiré.
P - - | este pintalabios es una maravilla, no se mueve ni comiendo 😍
P - - | Recambios para mi Seat Ibiza, llegaron en 24 horas, todo original y montado sin problemas. Vendedor serio.
`,
);

export const HELDOUT26: readonly FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
