/**
 * Development customer reviews (bench/data26), 240 texts, 40 per language (en, de, pl, fr, it, es), written by a
 * seventh writer who read only the line format (bench/data20/types.ts) and the topic names in the brief,
 * never the classifier, its docs or the other sets. Written after heldout.ts was committed, with other texts,
 * products, brands and shops; no text is a near copy of a held-out one.
 *
 * Genres: product reviews as marketplaces show them (Amazon title-then-body, Allegro/Ceneo, Otto/Idealo,
 * Zalando, Fnac/Cdiscount, ePRICE/Trovaprezzi, El Corte Inglés/PcComponentes, Etsy), app-store reviews and
 * Trustpilot-style reviews of a whole shop; one-word to eight-sentence texts with pros and cons and updates,
 * irony, negated praise ("not half bad", "gar nicht mal so übel", "niczego sobie", "pas mal", "non male per
 * niente", "no está mal"), dialect, typos, missing diacritics, emoji, capitals, foreign shops, quoted sellers.
 *
 * Label rule: stars first, then the label: 1-2 stars negative, 3 neutral, 4-5 positive. Complaint = the
 * reviewer reports a problem the shop should make right (a 4-star review may hold one; dislike of taste, size
 * or style with no fault is not one); topics only on complaints.
 *
 * Mix per language: 16 negative, 8 neutral, 16 positive (96/48/96). Complaints: en 17, de 18, pl 18, fr 18,
 * it 18, es 18 (107). Topics over the file: product_quality 25, delivery 23, customer_service 18,
 * order_error 16, returns_refunds 7, fraud 6, payment 6, security 6, outage 6, price 6.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C delivery,order_error | Three weeks late AND opened. The seal on the box had been cut and retaped and the charging case for the earbuds was simply gone. Not impressed with Kestrel Audio at all.
N C product_quality | Stopped working after 11 days. The air fryer just clicks and the fan won't spin. Lovely while it lasted I suppose.
N - - | Too small for an adult hand. Sent it back.
N C customer_service | Worst customer service I've dealt with. The agent told me to "read the terms" and closed the chat. I had only asked when my order would ship.
N C returns_refunds | They refuse to take back an UNOPENED car seat because it's "hygiene category". It's still in the shrink wrap! Nothing about that on the product page either.
N C fraud | This so-called handmade jewellery shop is reselling cheap rings as sterling silver. Turned my finger green in two days. Reported to the platform.
N C security | Got a "your password was changed" email from Lumora Beauty that I never asked for, then two orders appeared going to an address in another city. Their support just said to reset it. How did someone get in??
N C outage,payment | Checkout crashes every time I tap Pay. Tried wifi and 4G, updated the app, the basket keeps emptying itself too. One star until it's fixed.
N C price | Bought the kids' bike on Tuesday for £189, on Friday it's £119 as a "Black Friday price". Asked for a price adjustment and got a flat no. So I'll return it and buy it again, cheers.
N - - | Just didn't like this book. The characters are flat and the twist is obvious from chapter 3. Everyone else seems to love it so maybe it's me.
N C product_quality | Great sound, genuinely. But the left earbud drops out every few minutes and the firmware update didn't fix it. Two stars for the sound alone.
N C delivery | Ordered a cake topper with "guaranteed next day delivery" for my daughter's party. It arrived four days after the party.
N C order_error | Ordered three packs of size 4 nappies, got three packs of size 2. Would be handy if I had a newborn. I don't.
N C product_quality | The paint looked like a warm cream online, on the wall it's basically lemon yellow. And the two tins don't even match each other, you can see the line where I switched.
N C customer_service,returns_refunds | They promised a callback "within 24 hours" three times. My refund for the faulty heater is now six weeks overdue. Avoid Hearthline.
N - - | meh. the chair looks nice but it's uncomfortable after 20 mins for me, the back is too upright
O - - | Nothing wrong with it, nothing great either.
O - - | Decent running shorts, the pocket is too small for a phone though. Fine for the gym.
O C order_error | Right lamp, wrong plug (EU instead of UK). An adapter sorted it but come on. The lamp itself is nice.
O - - | Protein bars taste ok, a bit chalky. Macros are good. Not sure I'd buy them again at this price.
O - - | The mattress topper is comfy but it sleeps hot. Trade-off I guess.
O C customer_service | Delivery was quick and the product is as described. Minus two stars because I asked about the warranty a fortnight ago and never heard back.
O - - | Same as the previous generation really. Slightly faster charging, otherwise you won't notice. Don't bother upgrading if you've got the old one.
O - - | Ok for the money. I wouldn't use it for anything heavy duty.
P - - | 5/5 would buy again
P - - | Bought this four-slice toaster after our old one died. Pros: toasts evenly, the high-lift lever is great for crumpets, and the reheat setting actually works. Cons: the crumb tray is fiddly and the chrome shows every fingerprint. After three weeks of daily use I'm really happy with it.
P - - | Didn't expect much from a £12 phone case but honestly? Not half bad. Fits perfectly and the buttons click properly.
P C product_quality | The tent pitches in ten minutes and stayed dry in a proper downpour. One pole arrived slightly bent though, I straightened it but that shouldn't happen on a new tent.
P - - | Asked the seller whether the blade would fit my old table saw and got a detailed answer with measurements within an hour. Fits perfectly. Oakridge Tools, thank you.
P - - | my toddler is obsessed with this dinosaur book, we read it 10 times a day, send help 😂
P - - | Best food we've tried for our sensitive-tummy spaniel. Two weeks in and no more upset stomach.
P - - | Ordered from a Dutch shop, everything in English, arrived in Manchester in 3 days with tracking the whole way. The bike lights are blindingly bright.
P - - | A+++ fast shipping, well packed
P - - | Was sceptical about a vitamin D spray but my levels went from 30 to 68 in three months according to the GP. Tastes of peppermint.
P C delivery | Lovely rug, colours exactly as in the photos, thick pile. The courier turned up a day after the slot they gave me, hence 4.
P - - | Replaced my six-year-old e-reader with this and the warm light alone is worth it. Battery goes for weeks.
P - - | SO comfy!!! wore these trainers at a festival for 3 days straight and my feet were fine
P - - | Great value hedge trimmer, goes through thick privet easily. A bit heavy for long sessions but that's to be expected.
P - - | Been ordering from Pantry & Pine for two years. Fair prices, delivery slots actually kept, sensible substitutions. The only grocery shop I recommend to friends.
P - - | This serum isn't a miracle in a bottle but my skin is noticeably smoother after a month. And the pump works until the last drop.
`,
);

const DE = lines(
  "de",
  `
N C delivery | Laut Hermes beim Nachbarn abgegeben, nur gibt es den Namen in unserem Haus gar nicht. Der Händler verweist auf Hermes, Hermes auf den Händler. Seit zwei Wochen nichts.
N C product_quality | Nach dem ersten Regen rostet der Grill an allen Schweißnähten. "Edelstahl" ist wohl Auslegungssache.
N C order_error | Statt drei Packungen Espressobohnen kam eine Packung gemahlener Filterkaffee. Ich hab nicht mal eine Filtermaschine.
N C customer_service | Unverschämter Kundendienst. Auf meine Frage nach der Garantie kam nur "Lesen Sie unsere AGB". Danke auch.
N C returns_refunds | Rückgabe abgelehnt, weil die Schuhe angeblich "getragen" wurden. Ich hab sie fünf Minuten auf dem Teppich anprobiert!! 129 € weg.
N C fraud | Der Verkäufer auf dem Marktplatz wollte, dass ich "wegen der Gebühren" außerhalb der Plattform überweise. Hab ich gemacht, Ware nie bekommen, Konto gelöscht. Teures Lehrgeld.
N C security,customer_service | Datenleck! Seit meiner Bestellung bei Wohnwunder kommt täglich Spam an eine Mailadresse, die ich NUR dort benutzt habe. Auf meine Nachfrage: keine Antwort.
N C outage,customer_service | Shop seit zwei Tagen nicht erreichbar, nur eine weiße Seite. Meine Bestellung hängt irgendwo und am Telefon geht keiner ran.
N C price | Beim Kauf auf Rechnung wurden mir 4,95 € "Bearbeitungsgebühr" berechnet, die vorher nirgends stand. Kleinvieh macht auch Mist.
N - - | Die Farbe ist mir persönlich zu knallig, an mir sieht das einfach nicht aus. Verarbeitung ist in Ordnung, das muss man fairerweise sagen.
N C product_quality | Kinderwagen nach zwei Monaten: die Bremse greift nicht mehr richtig. Gefährlich! Dabei war er so schön leicht.
N C delivery | Lieferzeit "3-5 Werktage", tatsächlich fünf Wochen, ohne jede Info. Das Geburtstagsgeschenk kam natürlich zu spät.
N - - | Der Earl Grey ist mir viel zu parfümiert, schmeckt fast nach Seife. Geschmackssache, ich weiß.
N C payment,customer_service | Kreditkarte wird beim Bezahlen jedes Mal abgelehnt, in anderen Shops geht sie problemlos. Support: "Problem bei Ihrer Bank". Meine Bank: da kam nie eine Anfrage an.
N C order_error | Schrauben fehlen, Anleitung fehlt, und ein Regalbrett gehört zu einem anderen Modell. Super Qualitätskontrolle.
N C product_quality | Schlecht. Gerät wird brennend heiß. Geht zurück.
O - - | Geht so.
O - - | Die Bluetooth-Box klingt ok, der Bass ist aber dünn. Für den Balkon reicht's.
O C delivery | Die Pflanze kam etwas ramponiert an, zwei Blätter abgeknickt. Sie erholt sich, aber besser verpacken wäre schön.
O - - | Gut geschrieben, aber für Einsteiger zu viel Fachsprache. Für Fortgeschrittene sicher besser.
O C product_quality | Die Zahnbürste putzt gut, der Akku hält aber nur eine Woche statt der versprochenen drei.
O - - | Die Hose sitzt gut, der Stoff ist allerdings recht dünn. Mal sehen, wie lange sie hält.
O - - | Otto halt: Lieferung pünktlich, Preis laut Idealo nicht der beste. Nichts zu meckern, nichts zu loben.
O - - | Im Vergleich zum Vorgänger kaum Unterschied. Etwas leichter, dafür kürzere Akkulaufzeit.
P - - | Alles bestens 👌
P - - | Ich habe die Nähmaschine jetzt seit fünf Wochen und nähe fast jeden Abend. Plus: leise, der Einfädler klappt wirklich, Stichbild sauber auch bei Jeans. Minus: der Anschiebetisch wackelt etwas und das Handbuch ist dürftig. Für Einsteiger trotzdem top.
P - - | Gar nicht mal so übel für 25 Euro. Die Kopfhörer klingen besser als meine alten für 80.
P C order_error | Schöne Bettwäsche, weich und nach drei Wäschen noch farbecht. Ein Kissenbezug fehlte allerdings im Paket, hab geschrieben und warte noch auf Antwort.
P - - | Wird von beiden Katzen gefressen, was bei den zwei Diven schon was heißt 😹
P - - | Bei einem Shop aus den Niederlanden bestellt, Lieferung nach Wien in vier Tagen, alles auf Deutsch. Die Fahrradtaschen sind wirklich dicht.
P - - | Der Verkäufer hat mir auf meine Frage, ob das Ersatzteil in meinen Geschirrspüler passt, sogar die richtige Teilenummer rausgesucht. Passt perfekt. So geht Service.
P - - | Sehr gutes Preis-Leistungs-Verhältnis. Der Rasenmäher springt immer beim ersten Zug an.
P - - | Mega! Mein Sohn hat die Bausteine zum Geburtstag bekommen und baut seitdem jeden Tag.
P - - | B12-Tropfen: nach sechs Wochen sind meine Werte wieder im Normalbereich. Schmeckt leicht nach Kirsche.
P C delivery | Top Matratze, aber die Spedition kam einen Tag später als angekündigt und ich hatte extra Urlaub genommen. Deshalb nur vier Sterne.
P - - | Passt wie angegossen, die Größe fällt normal aus. Gerne wieder bei Zalando.
P - - | Schon die dritte Packung Druckerpatronen von denen, nie Probleme. Günstig und zuverlässig.
P - - | Die App ist seit dem letzten Update deutlich besser, endlich Dark Mode und die Suche findet auch, was man sucht.
P - - | Is echt jut, det Teil. Der Mixer schafft sogar Nüsse.
P - - | Die Gartenbank steht jetzt seit einem Jahr draußen. UPDATE nach dem Winter: Holz immer noch top, ich hab sie nur einmal geölt.
`,
);

const PL = lines(
  "pl",
  `
N C delivery | Kurier twierdzi, że mnie nie zastał, a siedziałam cały dzień w domu. Trzeci raz to samo. Teraz paczka wraca do nadawcy.
N C product_quality | Rozpadła się po tygodniu. Szafka nocna z płyty, która pęka przy wkręcaniu, wkręty powyrywane. Jakość dramat.
N C order_error | Zamówiłem kolor czarny, przyszedł granatowy. Na zdjęciu w ofercie wyraźnie czarny, więc to nie kwestia monitora.
N C customer_service | Sprzedawca nie odbiera telefonu, na wiadomości na Allegro odpowiada po tygodniu jednym słowem. Zero kontaktu.
N C returns_refunds | Odmówili przyjęcia zwrotu, bo "towar był używany". Przymierzyłam sukienkę w domu, metki są na miejscu. Zgłaszam do rzecznika konsumentów.
N C fraud | UWAGA oszuści! Sklep podszywa się pod znaną markę, ceny -70%, a po płatności cisza. Numer konta należy do osoby prywatnej.
N C security,customer_service | Ktoś zalogował się na moje konto w sklepie i zmienił adres dostawy. Sklep twierdzi, że "to nie ich wina". Nie ma nawet weryfikacji dwuetapowej.
N C outage | Strona leży od rana, a miała być wyprzedaż. Cały czas błąd 500. Kpina.
N C price | Na Ceneo 1199 zł, w sklepie już 1349 zł, a w koszyku jeszcze dochodzi "opłata serwisowa". Nieuczciwe praktyki.
N C payment | Płatność się zawiesiła, pieniądze zeszły z konta, a zamówienie dalej "nieopłacone". Trzeci dzień czekam na wyjaśnienie.
N - - | Nie podoba mi się zapach tego kremu, za bardzo chemiczny jak dla mnie. Może komuś podpasuje.
N - - | Spodziewałem się więcej po tej grze planszowej, po dwóch rozgrywkach nudna. Wykonanie w porządku.
N C product_quality | Lampka świeci słabiej niż ta sama kupiona rok temu i do tego mruga. Chyba zmienili diody na gorsze.
N C delivery,customer_service | Paczka szła 3 tygodnie, przyszła rozerwana i oklejona taśmą kuriera. Sprzedawca umywa ręce.
N C order_error | w paczce tylko jeden but. JEDEN. jak to sie w ogole da zrobic
N C product_quality | Niby "100% bawełna", a po praniu koszulka ma połysk jak poliester i się elektryzuje. Więcej nie kupię.
O - - | Może być.
O - - | Słuchawki grają przyzwoicie, ale pałąk uciska po godzinie. Za te pieniądze da się przeżyć.
O C delivery | Karton zgnieciony, czajnik na szczęście cały i działa dobrze. Ale pakować mogliby lepiej.
O - - | Karma w porządku, pies je, ale żadnej różnicy w sierści nie widzę, a miała być.
O - - | Fajna książeczka dla dzieci, tylko bardzo krótka. Za 40 zł spodziewałam się więcej stron.
O C product_quality | Pasek do zegarka ok, ale zapięcie plastikowe, a na zdjęciach metalowe.
O - - | Średnio. Sklep działa, paczka doszła, ale ceny wyższe niż gdzie indziej.
O - - | Lepsza od poprzedniej wersji pod względem baterii, gorsza pod względem aparatu. Taki sobie kompromis.
P - - | Super, polecam 👍
P - - | Kupiłem ten odkurzacz pionowy dwa miesiące temu i używam co drugi dzień. Plusy: duża moc, bateria około 45 minut, lekki, dobrze zbiera sierść kota. Minusy: mały pojemnik i dość głośny na maksymalnej mocy. Ogólnie jestem zadowolony, żona też.
P - - | Niczego sobie te rękawice robocze, grube, a jednocześnie czuć w nich małe śrubki.
P C product_quality | Rower dla córki super, tylko dzwonek był pęknięty. Napisałem do sprzedawcy, czekam na nowy. Poza tym 5/5.
P - - | Kocham te świece!! pachnie cały dom 😍
P - - | Zamawiałam z czeskiego sklepu, wszystko po polsku, dostawa w 3 dni do paczkomatu. Córka uwielbia ten wózek dla lalek.
P - - | Części do Passata pasują idealnie, sprzedawca doradził, który numer wybrać po VIN. Profesjonalnie.
P - - | Magnez po dwóch tygodniach i skurcze łydek ustały. Tabletki małe, łatwo połknąć.
P - - | Tusz zamiennik drukuje jak oryginał, a kosztuje jedną trzecią. Biorę kolejny raz.
P C delivery | Towar super, ale kurier przyjechał dzień później niż w awizo. Ogólnie polecam.
P - - | Buty do biegania po asfalcie, 300 km za mną, a podeszwa prawie nie starta. Polecam cięższym biegaczom.
P - - | Materac dla dziecka z certyfikatami, nie śmierdzi chemią. Syn śpi jak zabity.
P - - | Apka sklepu wreszcie działa jak należy, koszyk się nie czyści, a płatność Google Pay śmiga.
P - - | Zestaw kluczy mocny, nic się nie wyrobiło po remoncie całego domu. Wart swojej ceny.
P - - | Szybko, tanio, zgodnie z opisem. A+
P - - | bylam sceptyczna ale ten szampon naprawde pomogl na lupiez, po 3 tygodniach zero problemu
`,
);

const FR = lines(
  "fr",
  `
N C delivery | Le livreur a déposé le colis "en lieu sûr"... c'est-à-dire dans le local poubelles. Évidemment, il a disparu.
N C product_quality | Grille-pain qui ne grille que d'un côté, dès le premier jour. Et le bouton du minuteur a cassé au bout de dix jours.
N C order_error | Commandé deux sacs de croquettes pour chat stérilisé, reçu deux sacs pour chiot. Mon chat n'a pas trop apprécié.
N C customer_service | Quand j'ai signalé le problème, le vendeur m'a répondu "ce n'est pas notre problème". Charmant.
N C returns_refunds | On m'impose un avoir au lieu d'un remboursement, alors que la loi prévoit un remboursement sous 14 jours. Je ne veux pas d'avoir, je veux mon argent.
N C fraud | Vendeur marketplace bidon : le numéro de suivi correspond à une lettre envoyée à Marseille, jamais vu le moindre colis. Compte vendeur fermé depuis. J'attends la garantie de la plateforme.
N C security,customer_service | SMS de phishing avec ma commande exacte et mon adresse juste après mon achat chez eux. Il y a clairement une fuite de données, et aucune réponse à mes mails.
N C outage | Impossible de me connecter à mon compte depuis trois jours : "erreur technique, réessayez plus tard". Ma commande est bloquée dedans.
N C price | Le prix a pris 30 € entre l'ajout au panier et la validation. Sans prévenir, évidemment.
N C payment | Paiement en 4 fois refusé à la dernière étape, mais le premier prélèvement est passé. Et la commande est annulée. Génial.
N - - | Je n'accroche pas du tout à ce parfum, trop poudré pour moi. Je reconnais qu'il tient bien, cela dit.
N C product_quality | J'ai eu l'ancien modèle pendant six ans sans souci. Le nouveau a tenu quatre mois avant que la pompe lâche. Ils ont bien économisé sur la qualité.
N - - | Déçue. Le roman est très lent et je n'ai pas aimé la fin. Pas pour moi.
N C delivery | Canapé livré avec un pied cassé et le tissu déchiré sur le côté, visiblement malmené par le transporteur.
N C order_error,customer_service | Il manque la moitié des pièces du meuble et le SAV me demande de tout renvoyer à mes frais. Non merci.
N C product_quality | Nul. Ne charge pas.
O - - | Moyen.
O - - | Écouteurs corrects, rien de plus. Le son manque un peu de basses.
O C delivery | Bon produit, mais reçu avec dix jours de retard sans aucune info. Dommage.
O - - | Jouet sympa mais plutôt fragile, à surveiller avec un enfant un peu brusque. Normal à ce prix.
O - - | Le shampoing lave bien mais m'assèche un peu les cheveux. Je vais alterner.
O C customer_service | Commande OK, mais le service client a mis une semaine à répondre à une simple question de taille.
O - - | Prix correct, qualité correcte. Ça fait le travail au jardin.
O - - | Tente pas mal pour le prix, mais pas faite pour le vent fort. Pour du camping tranquille ça ira.
P - - | Parfait 👌
P - - | Robot pâtissier acheté il y a six semaines, je m'en sers trois ou quatre fois par semaine. Points forts : moteur puissant, pétrit la pâte à pain sans chauffer, bol en inox facile à laver. Points faibles : assez bruyant en vitesse max et le fouet accroche un peu le bord. Au final je le recommande sans hésiter.
P - - | Pas mal ces chaussures de rando, j'ai fait tout le GR20 avec et pas une ampoule.
P C order_error | Jolie lampe, très bonne finition. Mais il manquait l'ampoule, pourtant indiquée "incluse". Je mets quand même 4 étoiles.
P - - | Commandé sur un site espagnol, livré à Lyon en 5 jours, tout était traduit. Le service à thé est sublime.
P - - | La vendeuse m'a écrit "je vous fais le prénom en doré, sans supplément", trop mignon. Le bavoir est parfait pour la naissance.
P - - | Ma chienne adore ces friandises, et elles sont sans céréales. Top.
P - - | Passée d'un vieil iPhone à ce téléphone : aucun regret, batterie incroyable et photos très bonnes.
P - - | Vitamine D prise tout l'hiver, mon médecin est content des résultats. Petites gélules faciles à avaler.
P C delivery | Super matelas, mais le transporteur est passé un jour plus tard que prévu.
P - - | Site clair, retour gratuit, remboursée en trois jours. Je recommande cette boutique.
P - - | Génial ce jeu de société, on y joue tous les dimanches en famille.
P - - | Cartouches d'encre reçues en 48h, aucun souci avec mon imprimante.
P - - | Les rideaux occultants font vraiment le noir, bébé fait enfin ses siestes 😴
P - - | Top top top, je rachèterai.
P - - | Tondeuse robuste, démarre au quart de tour. MAJ après deux mois : toujours nickel.
`,
);

const IT = lines(
  "it",
  `
N C delivery | Consegna prevista martedì, è arrivato tutto la settimana dopo e con la scatola aperta.
N C product_quality | La friggitrice ad aria ha smesso di scaldare dopo due settimane, e il cestello si sta già spellando.
N C order_error | Ho ordinato il modello da 55 pollici e mi è arrivato il 43. E il reso lo devo pure organizzare io.
N C customer_service | Chiamato quattro volte, ogni operatore mi dice una cosa diversa. Nessuno sa dove sia il mio ordine.
N C returns_refunds | Reso rifiutato perché la confezione era "danneggiata". L'ha danneggiata il corriere!
N C fraud | Sito clone di un negozio famoso, ho pagato 250 € per un monopattino e adesso la pagina è sparita. Denuncia fatta alla polizia postale.
N C security | Il mio account è stato usato per ordini che non ho mai fatto. Il negozio dice che la password era debole, intanto nessuna verifica via SMS.
N C outage | Sito giù da stamattina, non riesco nemmeno a vedere i miei ordini. Errore 502 ogni volta.
N C price | Prezzo barrato finto: il "prezzo pieno" di 99 € non è mai esistito, la settimana prima costava 49 €.
N C payment | Addebito su PayPal fatto, ordine mai confermato. E mi rispondono che "il pagamento non risulta".
N - - | Il colore mi sta malissimo, troppo acceso per la mia carnagione. Sulla qualità niente da dire.
N - - | Pensavo fosse più grande, così per me è inutile. Le misure comunque erano scritte, colpa mia.
N C product_quality | Ottimo! Dura proprio tanto... due giorni. Poi il caricatore ha smesso di funzionare.
N C product_quality,customer_service | Lo zaino si è strappato alla prima gita. Il venditore: "lo avrà caricato troppo". Certo, con un panino e una bottiglietta.
N C order_error | Nella confezione di pannolini ne mancavano 10 rispetto a quelli indicati. Pochi euro, ma non è serio.
N C delivery | Il corriere ha lasciato il pacco davanti al cancello sotto la pioggia. Libri tutti rovinati.
O - - | Così così.
O - - | Cuffie discrete, ma si scaricano in fretta. Per il prezzo ci stanno.
O C delivery | Arrivato con cinque giorni di ritardo, ma il prodotto è conforme. Tre stelle.
O - - | Il gioco da tavolo è divertente, ma le regole sono spiegate malissimo. Ci abbiamo messo un'ora a capirle.
O - - | Caffè in grani buono ma niente di speciale, simile a quello del supermercato.
O C product_quality | Sedia da ufficio comoda, ma lo schienale cigola già dopo due settimane.
O - - | Negozio normale, ne ho visti di migliori e di peggiori.
O - - | Rispetto al modello vecchio fa più o meno le stesse cose, cambia solo il design.
P - - | Perfetto, grazie!
P - - | Robot tagliaerba preso ad aprile per un giardino di circa 400 mq. Installazione del filo perimetrale un po' lunga, mezza giornata, ma le istruzioni sono chiare. Taglia in modo uniforme, è silenzioso e torna da solo alla base. AGGIORNAMENTO dopo due mesi: nessun problema, prato mai stato così bello.
P - - | Non male per niente queste scarpe da trekking, tre giorni sulle Dolomiti e nessuna vescica.
P C product_quality | Bel divano, comodo e bello da vedere. Un cuscino però ha una cucitura storta, ho scritto al negozio e aspetto risposta.
P - - | Comprata da un negozio tedesco, sito tutto in italiano, arrivata a Bari in quattro giorni. Bici elettrica spettacolare.
P - - | Il venditore mi ha scritto "le mando anche un filtro di ricambio in omaggio". Gentilissimi, e la caraffa filtra benissimo.
P - - | Al mio gatto piace tantissimo questo umido, la ciotola resta sempre vuota.
P - - | Crema solare per bambini che non unge e non fa bruciare gli occhi. Promossa.
P - - | Libro stupendo, finito in una notte. Spedizione veloce.
P C delivery | Ottima la cassettiera, ma l'imballo era rovinato e uno spigolo è un po' ammaccato. Niente di grave.
P - - | Mi trovo benissimo con questo integratore di magnesio, niente più crampi notturni.
P - - | Servizio clienti rapidissimo, mi hanno risposto su WhatsApp in dieci minuti per una domanda sulle taglie.
P - - | Toner compatibile ottimo, stampa pulita e nessun errore della stampante.
P - - | Il passeggino è una favola, si guida con una mano e ha un cestello enorme.
P - - | App aggiornata e finalmente veloce, pagamento con Satispay comodissimo.
P - - | Sto telo mare è bellissimo, asciuga subito e la sabbia non si attacca 🏖️
`,
);

const ES = lines(
  "es",
  `
N C delivery | SEUR dice que lo entregó, pero en mi buzón no había nada. La tienda dice que ellos no pueden hacer nada.
N C product_quality | El robot de cocina huele a quemado desde el primer uso y se para solo. Vaya timo.
N C order_error | Pedí la talla 40 y me mandaron la 38, y encima en otro color. ¿Para qué elijo nada entonces?
N C customer_service | Llamé seis veces, me pasaban de un departamento a otro y al final me colgaron. Atención al cliente nula.
N C returns_refunds | La devolución "gratuita" me costó 7,95 € porque me los descontaron del reembolso. No lo pone en ningún lado.
N C fraud | Tienda fantasma en Instagram. Pagué 120 € por Bizum por unas zapatillas y me bloquearon. Denunciado.
N C security | Me llegó un correo de phishing con mi nombre, mi dirección y el número de pedido de esta tienda. Se les han filtrado los datos y no dicen ni mu.
N C outage | Desde la última actualización la app no me deja iniciar sesión, ni siquiera con la contraseña nueva.
N C price | Me cobraron 20 € más de lo que marcaba el precio. Dicen que fue un error del sistema, pero no me lo devuelven.
N C payment | Al pagar da error, pero el dinero se descuenta igual. Ya van dos veces. Cuidado.
N - - | El sabor de estas galletas no me convence, demasiado dulces. Están bien hechas, pero no repetiré.
N - - | Me la esperaba más grande, la verdad. Las medidas venían bien puestas, así que culpa mía.
N C product_quality | Llevaba tres años con la versión anterior de esta batidora sin problemas. La nueva se ha roto a los dos meses, el plástico es mucho peor.
N C delivery | Llegó con una semana de retraso y con la caja abierta. Menos mal que estaba todo.
N C order_error,customer_service | Faltaban dos de las cuatro sillas. Me dijeron que las mandaban por separado... hace un mes.
N C product_quality | No vale pa ná. Se rompió a la primera.
O - - | Regular.
O - - | Los cascos suenan bien, pero aprietan mucho. Para ratos cortos valen.
O C delivery | El producto bien, pero llegó tarde.
O - - | La mochila es bonita pero tiene pocos bolsillos. Para el día a día sirve.
O - - | El juego está bien para un rato, pero se hace repetitivo.
O C product_quality | La lámpara da buena luz, pero el interruptor ya falla a veces.
O - - | Ni bien ni mal. Una tienda más.
O - - | Comparado con el anterior mejora la batería, pero la pantalla es peor. Me quedo igual.
P - - | Todo perfecto, gracias 🙌
P - - | Llevo un mes con este portátil para teletrabajar. Lo bueno: la batería aguanta toda la jornada, el teclado es cómodo y no se calienta. Lo menos bueno: la webcam es justita y los altavoces suenan a lata. Para trabajar, de diez.
P - - | No está mal para lo que cuesta, la verdad. La freidora de aire deja las patatas crujientes y se limpia fácil.
P C order_error | Me encanta el vestido, pero venía sin el cinturón de la foto. He escrito para que me lo manden.
P - - | Compré en una tienda portuguesa y llegó a Sevilla en dos días. Las toallas son suavísimas.
P - - | El vendedor me dijo "si no te queda bien te lo cambio sin problema", pero no hizo falta, queda perfecto.
P - - | Mi perra se vuelve loca con estas chuches, y no le sientan mal.
P - - | Crema solar que no deja la cara blanca. Por fin una que me gusta.
P - - | Libro precioso para regalar, las ilustraciones son una maravilla.
P C delivery | Muy buena la cafetera, pero el paquete llegó con un golpe. Ella funciona perfecta.
P - - | Las vitaminas para el pelo funcionan, se me cae mucho menos. Sigo con ellas.
P - - | Atención al cliente de diez, me resolvieron la duda por chat en cinco minutos.
P - - | Tóner compatible que funciona sin avisos raros de la impresora. Mucho más barato.
P - - | Qué pasada de patinete, la batería da para ir y volver del curro toda la semana.
P - - | Buena app, rápida y fácil. Pago con Bizum en un momento.
P - - | Me quedé alucinada con la calidad de la tumbona. ACTUALIZACIÓN: tras todo el verano al sol sigue como nueva.
`,
);

export const DEV26: readonly FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
