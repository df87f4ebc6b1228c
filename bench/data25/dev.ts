/**
 * Dev feed posts (bench/data25), written by a sixth writer who read only the line format
 * (bench/data20/types.ts) and the topic names, never the classifier, its docs or the other sets;
 * written after heldout.ts was committed, with other shops, handles and texts. Public posts that
 * mention online shops: replies and quote-posts, Reddit/Wykop/forum threads, Facebook groups,
 * Instagram/TikTok/YouTube comments, forwarded channel warnings, LinkedIn posts, shared headlines.
 * Mix (200): en 40, de 40, pl 30, fr 30, it 30, es 30; negative 81, neutral 67, positive 52;
 * complaints 77 (en 16, de 16, pl 11, fr 11, it 11, es 12), a few calm (neutral) or inside praise
 * (positive); topics delivery 12, customer_service 10, outage 8, payment 8, security 8, fraud 8,
 * product_quality 8, order_error 9, returns_refunds 9, price 8.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C delivery | christmas parcel from Harbor & Pine: ordered 29 Nov, "guaranteed before the 20th". it's the 23rd. the side table WAS the present. thanks for nothing
N C price | GearLoop listed the carbon wheelset at £149, took my money, then 2 days later "pricing error, order cancelled" + a 10% voucher. maybe legal, still a terrible look @GearLoopUK
N C outage | QuickNest app has been down for 6 hours and my heating runs through it. 14 degrees in my living room. smart home they said
N C product_quality,customer_service | so the QuickNest smart plug is recalled for overheating... mine scorched the wall socket LAST MONTH and support told me it was "user error". who's paying my electrician now?
N C security | Foxglove Beauty breach email landed today. my order history has some very personal stuff in it and now that's floating around somewhere. how long did you know before telling us?
N C fraud | lost £75 to a foxglove-beauty-sale site that copied everything down to the logo. @FoxgloveBeauty people were reporting it under your own IG posts for weeks and you did nothing
N C payment | tried paying at Bramble Books 4 times, "payment declined" every time. bank says no declines on their side and I can see 4 pending charges of £32.50. brilliant
N C returns_refunds | Tidewell won't take my return because the swimsuit "has been tried on". yes?? that's how you find out it doesn't fit?? tags still on
O C order_error | @BrambleBooks hi, order BB-3391 came with book 2 of the trilogy twice and no book 3. could you send the right one? thanks
N C customer_service | 11 days. 4 emails. 1 auto-reply. Harbor & Pine do you actually have a support team or is it one shared inbox nobody opens
N C order_error,delivery | GearLoop sent me someone else's helmet (their name and address on the label, lovely GDPR moment) and it still turned up a week late. peak logistics
O C returns_refunds | Returned a Foxglove order on 14 Oct, tracked and signed for. Refund not received yet. Ticket #88213. An update would be appreciated.
N C security,customer_service | someone placed 3 orders on my Bramble Books account with a new card and a different address. caught it, emailed them, 5 days of silence. account security is a joke over there
P C product_quality | Tidewell restock finally!! fit is perfect as always 🥰 one tiny thing, the strap on the new one is already fraying after two swims. @Tidewell known batch issue?
N C price | QuickNest charged me £12.99 delivery at checkout even though the banner says free over £50 and my basket was £84. small thing but come on
N C outage,payment | GearLoop cyber monday: site crashes at the payment step, I retry and get TWO confirmation emails and one "order failed". which is it lads
N - - | the QuickNest smart plug recall is a bit scary ngl. checking all of mine tonight, fingers crossed none are from that batch
N - - | ParcelHop strike dates announced, 18 to 24 Dec. if you've got anything coming from Harbor & Pine or anywhere else, good luck to us all
N - - | "Harbor & Pine to close three showrooms, 120 jobs at risk" / rough. hope the staff land on their feet
O - - | is GearLoop's price match still a thing or did they quietly drop it?
O - - | Foxglove say the breach was names, emails and order history, no card data. their page has a checker if you want to see if you're in it
O - - | what's the Harbor & Pine oak actually like in person? photos make it look almost orange
O - - | Does Bramble Books do signed copies of the new Okafor novel online or is that in-store only?
O - - | r/ukbike: GearLoop cancelled all the £149 wheelset orders. anyone bothering with small claims or is it a waste of time?
O - - | quoting the QuickNest recall: affected model is QN-P2, batch codes starting 24. stop using it and they send a replacement
O - - | Fwd: ⚠️ if you get a call from "Foxglove security" asking you to confirm your card, hang up. Foxglove confirmed they never call customers
O - - | bramble books or the big river site for uni textbooks? price difference isn't huge tbh
O - - | Ops lead at Tidewell here. We moved from plastic mailers to paper this year: +4p per parcel, -2.1 tonnes of plastic. Happy to share what we learned about tear rates. #ecommerce #packaging
O - - | "QuickNest down" trending again, that's the third time since october
O - - | harbor & pine sale when
O - - | GearLoop refund came through this morning, 6 days after they got the bike rack back. sorted
P - - | Bramble Books wrapped my order in old map pages?? with a bookmark?? obsessed
P - - | Foxglove support is genuinely lovely. serum leaked in transit, sent a pic, new one arrived in 2 days plus a sample. didn't even have to ask
P - - | harbor & pine sofa finally here and it's even nicer than the photos. delivery guys carried it up 4 floors without a single sigh 🙏
P - - | GearLoop next day delivery is actually next day. inner tubes here at 8am, sunday ride saved
P - - | on the Tidewell waitlist since august and honestly worth it. best fitting swimsuit I've ever owned
P - - | gonna defend QuickNest a bit: recall page is clear, replacement form took 2 minutes and they pay the postage. that's how you do it
P - - | bought the Harbor & Pine desk after this review, 8 months in and zero wobble. good call
P - - | the Foxglove lip oil is SO good omg, on my third tube
P - - | Bramble Books staff picks have never steered me wrong 📚❤️
`,
);

const DE = lines(
  "de",
  `
N C delivery | Weihnachtspaket von Kleiderhafen: bestellt am 1.12., "Lieferung bis 20.12. garantiert". Heute ist der 23. Der Pulli war das Geschenk. Toll gemacht.
N C outage | Black Week und Funkfabrik zeigt nur "Wartungsarbeiten". Seit 3 Stunden. Genau jetzt wo alles 30% billiger ist. Ihr hattet einen Job
N C payment | Teekontor Nord hat meine Bestellung zweimal abgebucht, 2x 38,40 €, PayPal zeigt beides. Bitte zurueckbuchen, ich hab nur einmal bestellt
N C product_quality | Die Heissklebepistole von der Bastelbude hat nach 10 min angefangen zu qualmen. Zum Glueck stand sie auf ner Fliese. Geht gar nicht
N C customer_service | Kleiderhafen Kundenservice: "Wir melden uns innerhalb von 48h". Das war vor 9 Tagen. Ticket 553201. Hallo??
N C security | Datenleck bei Funkfabrik und ich les es zuerst bei Heise statt per Mail vom Shop?? Adresse, Telefonnummer, Geburtsdatum. Wow
N C fraud,security | Typ ruft an, "Funkfabrik Support wegen des Sicherheitsvorfalls", kennt meine letzte Bestellung und will per Fernwartung auf meinen Rechner. Nach eurem Leck! Was macht ihr dagegen @Funkfabrik?
N C returns_refunds | Kleiderhafen lehnt meine Retoure ab weil das Etikett "beschaedigt" sei. Es war nie eins dran. 89 € fuer ein Kleid das nicht passt, super
O C order_error | Hallo @Teekontor_Nord, statt Earl Grey 250g waren 2x Pfefferminz im Paket (Bestellung TK-7781). Koennt ihr den richtigen nachschicken?
N C price | Funkfabrik: Monitor ging von 279 auf 319 hoch waehrend er im Warenkorb lag, angeblich "Black Week Deal". Hab dummerweise trotzdem bestellt
N C delivery,customer_service | Paket von Bastelbude laut SchnellLog "zugestellt". Bei mir nix, bei den Nachbarn nix. Bastelbude sagt ich soll mich an den Paketdienst wenden, der sagt an den Shop. Ping Pong seit 2 Wochen
N C outage | Login bei Kleiderhafen geht nicht, "Sitzung abgelaufen" in Endlosschleife, kann meine Retoure nicht anmelden. App und Browser, seit Donnerstag
N C product_quality,order_error | Bastelbude: Acrylfarben-Set "24 Farben" bestellt, 18 drin und 3 davon eingetrocknet. Qualitaetskontrolle Fehlanzeige
O C payment | Bei Teekontor Nord haengt der Checkout bei "Zahlung wird verarbeitet", keine Bestaetigung, Geld aber reserviert. Soll ich nochmal bestellen oder abwarten?
P C returns_refunds | Mag Teekontor Nord wirklich sehr, bester Tee den ich kenne ☕ aber die Erstattung fuer die kaputte Dose steht seit 3 Wochen aus. Bitte mal schauen
N C fraud | kleiderhafen-outlet.de ist NICHT Kleiderhafen. Hab da 65 € bezahlt und nie was bekommen. Kleiderhafen sagt "nicht unser Problem". Danke auch
N - - | Funkfabrik Datenleck... hab da vor Jahren mal bestellt, keine Ahnung ob ich betroffen bin. Unangenehmes Gefuehl
N - - | Brand im Logistikzentrum von Kleiderhafen bei Kassel. Hoffentlich ist niemand verletzt 🙏
N - - | SchnellLog streikt ab 16.12. Wer jetzt noch Weihnachtsgeschenke online bestellt braucht starke Nerven
O - - | Liefert die Bastelbude auch in die Schweiz? Zoll und so?
O - - | Hat jemand Erfahrung mit den Refurbished-Geraeten von Funkfabrik? Lohnt sich das?
O - - | 🧵 Was wir ueber den Funkfabrik-Leak wissen: 1) ca. 420k Kunden 2) keine Zahlungsdaten 3) Passwoerter gehasht 4) Shop empfiehlt PW-Wechsel. Quelle: deren Statement
O - - | Gibt's den Kleiderhafen Wintermantel auch in Petrol oder nur schwarz?
O - - | Weitergeleitet: "Teekontor Nord Gewinnspiel - Sie haben gewonnen!" ist Phishing, Teekontor hat's auf Insta bestaetigt
O - - | Preisfehler bei Funkfabrik, Kopfhoerer fuer 12,99 statt 129,99. Mal sehen ob die liefern, hab mal eins bestellt 😅
O - - | Meine Retoure bei Kleiderhafen ist durch, Geld kam nach 8 Tagen. Alles gut
O - - | Teekontor Nord oder der Teeladen in der Altstadt? Preislich fast gleich
O - - | Als Logistikleiter bei einem Versandhaendler seh ich jedes Jahr dasselbe: Streik + Peak = Chaos. Wir fahren dieses Jahr 3 Carrier parallel. Wie macht ihr das? #Logistik #Peak
O - - | @Bastelbude wann kommt der Adventskalender fuer Kinder wieder rein?
O - - | Hab bei Funkfabrik vorsichtshalber das Passwort geaendert, man weiss ja nie
O - - | welche Groesse hast du beim Kleiderhafen Mantel genommen? bin 1,80
P - - | Bastelbude hat meinem Sohn zum Geburtstag ne kleine Karte ins Paket gelegt 🥹 stand in der Bestellnotiz, trotzdem so suess
P - - | Funkfabrik hat den Preisfehler echt geliefert 🎧 12,99 €. Chapeau
P - - | Kleiderhafen Expressversand: mittags bestellt, naechsten Morgen da. Stark
P - - | Teekontor Nord Service 10/10, Dose kam verbeult an, sofort Ersatz ohne Rueckfrage
P - - | Alle meckern ueber Funkfabrik, aber mein Fernseher von denen laeuft seit 4 Jahren ohne Murren. Just saying
P - - | Die Weihnachtsmischung von Teekontor Nord ❤️ riecht nach Zimt und Kindheit
P - - | Danke Bastelbude, endlich ein Shop mit vernuenftiger Naehmaschinen-Beratung im Chat. 20 min hat sich die Dame Zeit genommen
P - - | nice, Kleiderhafen polstert jetzt mit Papier statt Plastik. guter move
P - - | geiler Shop, schnelle Lieferung, faire Preise. Bastelbude forever ✂️
`,
);

const PL = lines(
  "pl",
  `
N C delivery | paczka z Ubranka od tygodnia "w sortowni". kurtka dla malej miala byc na wyjazd w sobote. KurierPik czy Ubranko, ktos w ogole wie gdzie ona jest?
N C payment | TechKram pobral kase 2 razy za ten sam telefon, 2x 1299 zl, blik przeszedl dwa razy. na czacie kaza czekac 14 dni. no ludzie
N C outage | TechKram w Cyber Monday: "503 Service Unavailable" od rana, nawet koszyka nie da sie otworzyc. no pieknie
N C product_quality | czajnik z PodLipy przecieka od spodu po tygodniu. mialo byc "stal nierdzewna premium" a w srodku plastik
N C customer_service | Herbaciarnia Mila nie odpisuje ani na maila ani na fb od 10 dni. jest tam ktos?
N C returns_refunds | Ubranko odrzucilo zwrot bo "metka odcieta". metka jest, mam zdjecia. 189 zl zablokowane
N C security | dostalam maila od TechKramu o "nieuprawnionym dostepie do bazy klientow". imie, adres, telefon, historia zamowien. wspaniale, dowiaduje sie po miesiacu
N C fraud | ktos podszywa sie pod PodLipe na fb, "wyprzedaz -70%", zaplacilem 150 zl i cisza. PodLipa pisze ze wiedza i "zglosili". a moja kasa przepadla
O C order_error | Dzien dobry, zamiast herbaty Sencha 100g przyszla Earl Grey. Zamowienie HM-1204. Czy moge prosic o wymiane?
N C price | TechKram zmienil cene sluchawek z 349 na 429 jak juz bylam przy platnosci. "promocja" jasne
P C delivery | herbaty z Herbaciarni Mili cudowne jak zawsze 🍵 tylko paczka przyszla zgnieciona i jedna puszka wgnieciona. moze jakis mocniejszy karton?
N - - | wyciek z TechKramu. na szczescie mialem tam konto tylko na sluzbowego maila, ale i tak slabo to wyglada
N - - | KurierPik zapowiada strajk na grudzien. jak nie zamowicie prezentow do 10-go to pewnie nie dojda. masakra
N - - | "Pozar hali magazynowej sklepu PodLipa" - oby nikt nie ucierpial
O - - | ktos zamawial z PodLipy meble ogrodowe? jak z jakoscia?
O - - | TechKram blad cenowy: laptop za 299 zl zamiast 2999. zamowilem z ciekawosci, zobaczymy czy wysla
O - - | ⚠️ uwaga na SMSy "TechKram: doplata do przesylki 2,49 zl" - to phishing, sklep potwierdzil na fb
O - - | jaki rozmiar dla 4-latka w Ubranku? rozmiarowka chyba zanizona
O - - | zwrot z Ubranka przyszedl po 9 dniach, wszystko ok
O - - | Herbaciarnia Mila czy zwykly market? sa warte tej ceny?
O - - | TechKram podaje ze dane kart nie wyciekly. zmiencie hasla i tak
O - - | W Ubranku przez listopad wyslalismy 40 tys. paczek. Glowny wniosek: zmiany po 4h mecza mniej niz po 8h. #ecommerce #logistyka
O - - | PodLipa ma sklep stacjonarny czy tylko online?
P - - | Ubranko zawsze dorzuca naklejki, mlody szaleje ze szczescia 😄
P - - | TechKram jednak wyslal laptopa za 299 zl xd szacun
P - - | obsluga Herbaciarni Mili super, doradzili herbate dla mamy i trafili w 100%
P - - | PodLipa dowiozla sofe w 3 dni, panowie wniesli na 4 pietro bez marudzenia 🙌
P - - | polecam Ubranko, po 20 praniach ubranka jak nowe
P - - | zamowienie z TechKramu w 24h, porzadnie zapakowane. tak trzymac
P - - | kocham zimowa mieszanke Herbaciarni Mili, pachnie jak swieta ❤️
`,
);

const FR = lines(
  "fr",
  `
N C delivery | Colis Mode Opale "livre" selon Expedio. Moi j'ai rien, le voisin non plus. Super le cadeau de Noel
N C outage | site d'Electro Lune en rade depuis 9h, "erreur inattendue" au paiement. le jour du Black Friday. incroyable
N C payment,customer_service | Preleve 2 fois par Le Petit Panier (87,30 € x2). J'appelle, on me raccroche au nez. Je vous explique pas mon humeur
N C product_quality | poele Ciboulette "antiadhesive garantie 10 ans"... le revetement part en lambeaux au bout d'un mois. Serieux ?
N C returns_refunds | Mode Opale refuse mon retour pour "delai depasse" alors que je l'ai envoye le 13e jour sur 14. J'ai la preuve de depot
N C security | Electro Lune nous previent de la fuite 3 semaines apres. Adresse, tel, historique. Et moi qui recois des SMS bidons depuis 15 jours je me demandais pourquoi
N C fraud | Faux site "ciboulette-destockage" qui copie tout Ciboulette, paye 95 € et rien recu. @Ciboulette vous pourriez au moins prevenir vos clients non ?
O C order_error | Bonjour @LePetitPanier, il manquait le lait et les oeufs dans ma livraison d'hier (commande LPP-5520) mais ils sont factures. Merci de regulariser
N C price | Electro Lune a augmente le prix de l'aspirateur de 40 € pendant que je remplissais mes coordonnees. Et j'ai valide sans voir. Pas top.
N C customer_service | 45 min d'attente au tel chez Mode Opale pour qu'on me dise "on ne peut rien faire". Merci, au revoir
P C delivery,price | J'adore Le Petit Panier, produits frais et livreurs adorables 🥰 juste cette fois 2h de retard sur le creneau, la glace avait fondu, et les frais express factures quand meme. Un petit geste ?
N - - | fuite de donnees chez Electro Lune, encore une. j'ai pas de compte chez eux mais franchement ca devient lassant
N - - | greve Expedio annoncee du 18 au 24 decembre. bon courage a tous ceux qui attendent des colis 😬
N - - | Rappel conso : bouilloires Ciboulette modele B12, risque de surchauffe. Ca commence bien l'hiver
O - - | Mode Opale ca taille petit ou normal ? j'hesite entre 38 et 40
O - - | quelqu'un a teste Le Petit Panier sur Lyon ? livraisons fiables ?
O - - | Electro Lune a publie un communique : pas de donnees bancaires touchees. Changez vos mdp par precaution
O - - | Transfere d'un groupe WhatsApp : faux appels "service client Electro Lune" depuis la fuite, ils demandent un code SMS. Raccrochez.
O - - | Erreur de prix chez Ciboulette ce matin, cocotte a 9,90 € au lieu de 99. Ils ont annule ou pas ?
O - - | mon rembourseent Mode Opale est arrive apres 11 jours, affaire reglee
O - - | Responsable logistique chez un e-commercant : on voit passer les annonces de greve Expedio, on bascule 30% du volume sur un autre transporteur des lundi. #supplychain
O - - | Ciboulette ou grande surface pour les couteaux ? vraie difference de qualite ?
O - - | @ElectroLune le robot patissier rouge revient quand ?
P - - | Ciboulette a honore l'erreur de prix 😱 ma cocotte a 9,90 € est la. Respect
P - - | livraison Electro Lune en 24h, bien emballe, rien a dire
P - - | Mode Opale a glisse un echantillon de parfum et un petit mot. ca fait plaisir ✨
P - - | Le Petit Panier m'a rembourse les fraises abimees sans meme demander de photo. Top
P - - | ma cocotte Ciboulette a 5 ans et elle est comme neuve. super video
P - - | Je defends Electro Lune : apres la fuite ils m'ont rappele, tout explique et offert un an de surveillance. C'est serieux
P - - | nouvelle collection Mode Opale 😍😍 la veste camel !!!
`,
);

const IT = lines(
  "it",
  `
N C delivery | ModaVespa: ordine del 2 dicembre, doveva arrivare per Natale. Siamo al 27. Il cappotto era il regalo per mia madre. Bella figura che mi avete fatto fare
N C outage | ElettroLampo irraggiungibile dalle 10, "servizio non disponibile". il giorno del Black Friday. geniale
N C payment | Libreria Gatto mi ha addebitato lo stesso ordine tre volte, 3 x 24,50. la banca dice che sono tutti contabilizzati. aiuto
N C product_quality | il phon di ElettroLampo si e spento fumando dopo 2 settimane. puzza di bruciato in tutto il bagno
N C customer_service | Mercatino Blu non risponde da 12 giorni ne alle mail ne su insta. ordine pagato, stato "in preparazione". ci siete??
N C returns_refunds | ModaVespa mi ha rifiutato il reso perche "capo indossato". mai messo, ho le foto con l'etichetta. 79 euro buttati
N C security,fraud | dopo il leak di ElettroLampo mi chiama un tizio "dal servizio clienti ElettroLampo" che sapeva il mio ordine e voleva il codice OTP. voi che fate @ElettroLampo??
O C order_error | Salve @LibreriaGatto, ho ordinato il volume 2 e mi e arrivato il volume 1 (ordine LG-4471). Potete spedirmi quello giusto?
N C price | ElettroLampo ha alzato il monitor da 199 a 249 mentre pagavo. "offerta lampo" eh. e io l'ho preso lo stesso come un pollo
N C fraud | sito falso "modavespa-outlet" identico all'originale, pagato 110 euro e sparito tutto. ModaVespa lo sapeva da settimane e zero avvisi
P C delivery | Mercatino Blu ha cose bellissime, la lampada vintage e una favola ✨ peccato che CorriereVolo l'abbia consegnata col paralume ammaccato. me ne mandate uno nuovo?
N - - | leggo del leak di ElettroLampo, 250 mila clienti. meno male che compro sempre in negozio. che tristezza
N - - | sciopero CorriereVolo a dicembre, gia mi vedo i regali arrivare a febbraio 😩
N - - | Richiamo: friggitrici ElettroLampo modello AF3 a rischio surriscaldamento. andiamo bene
O - - | Libreria Gatto spedisce anche a San Marino?
O - - | ModaVespa veste piccolo? prendo M o L?
O - - | errore di prezzo su ElettroLampo, tv a 49 euro. qualcuno ha avuto la conferma?
O - - | ElettroLampo dice che i dati di pagamento non sono coinvolti. cambiate lo stesso la password
O - - | Inoltrato dal gruppo del condominio: SMS "ModaVespa: rimborso in attesa, clicca qui" e una truffa, non cliccate
O - - | rimborso da Libreria Gatto arrivato in 5 giorni, chiuso
O - - | Mercatino Blu o i mercatini veri della domenica? prezzi simili?
O - - | Nel nostro magazzino abbiamo preparato 18.000 ordini per ModaVespa in 3 giorni. Prossimo obiettivo: resi gestiti in 48h. #logistica
O - - | @ElettroLampo quando tornano disponibili le cuffie bianche?
P - - | Libreria Gatto incarta ogni libro con carta da pacchi e un timbro a forma di gatto 🐈 amore
P - - | ElettroLampo ha onorato l'errore di prezzo, tv a 49 euro in salotto. incredibile
P - - | ordinato lunedi sera, martedi mattina ModaVespa gia qui. veloci!!
P - - | assistenza Mercatino Blu gentilissima: vaso arrivato scheggiato, rimborsato in giornata
P - - | tutti a lamentarsi di ElettroLampo ma la mia lavatrice presa da loro va da 6 anni. eh
P - - | il maglione di ModaVespa dopo 30 lavaggi e ancora perfetto. consigliato
P - - | Libreria Gatto consigli top, il giallo che mi hanno suggerito l'ho divorato in 2 notti
`,
);

const ES = lines(
  "es",
  `
N C delivery | pedido a Calzados Brisa del 1 de diciembre y para Reyes aun nada. PaqueteYa dice "en reparto" desde hace 6 dias. de traca
N C outage | Gadgetito lleva toda la manana caido en pleno Cyber Monday, "error interno". menudo dia habeis elegido
N C payment | Todo Casa Sol me ha cobrado 2 veces el sofa, 2 x 649 €. 1298 euros fuera de mi cuenta y nadie me da una fecha
N C product_quality | los auriculares de Gadgetito dejaron de cargar a la semana. "calidad premium" decian jaja
N C customer_service | 6 llamadas a Calzados Brisa, 6 veces me cuelgan tras 20 minutos de espera. tremendo
N C returns_refunds | Libros Faro no me devuelve el dinero del libro que llego repetido. lo devolvi hace 3 semanas y nada
N C security | Gadgetito me avisa de una brecha de datos un mes tarde. mis datos de envio y el movil. y desde entonces llamadas de "soporte tecnico". fantastico
N C fraud | ojo con todocasasol-rebajas, copia exacta de Todo Casa Sol. pague 210 € por una mesa y nada. Todo Casa Sol me dice que "denuncie". ya, gracias
O C order_error | Hola @LibrosFaro, en mi pedido LF-2290 venia otro titulo en lugar de "El mar interior". Me enviais el correcto? gracias
N C price | Calzados Brisa cambio el precio de las botas de 69 a 89 entre el carrito y el pago. vaya "rebajas"
N C order_error,returns_refunds | Todo Casa Sol me mando la mesa sin patas (si, SIN PATAS) y para devolverla me piden que pague yo el transporte, 40 € mas. de verdad?
P C delivery | Libros Faro siempre genial, los recomiendo mil 📚 solo que el ultimo paquete llego mojado y una portada esta ondulada. cosa de PaqueteYa supongo, lo podeis mirar?
N - - | otra filtracion de datos, ahora Gadgetito. no tengo cuenta pero que mal pinta todo esto
N - - | huelga de PaqueteYa en diciembre. ya me veo los regalos de Reyes llegando en marzo 🙃
N - - | "Retiran cargadores de Gadgetito por riesgo de incendio" madre mia
O - - | alguien ha comprado sofas en Todo Casa Sol? que tal la calidad?
O - - | Calzados Brisa horman grande o pequeno?
O - - | Gadgetito dice que no se filtraron datos de tarjetas. cambiad la contrasena por si acaso
O - - | Reenviado: ⚠️ llamadas de falsos agentes de "Gadgetito" pidiendo codigos SMS. Colgad.
O - - | error de precio en Calzados Brisa, zapatillas a 6,90. alguien ha recibido confirmacion?
O - - | reembolso de Libros Faro recibido en 6 dias. todo correcto
O - - | forocoches: Gadgetito es de fiar o mejor tienda fisica?
O - - | Jefa de almacen en un ecommerce de hogar. Esta campana: 22.000 pedidos en 5 dias y 0 accidentes. El truco: turnos cortos. #logistica
P - - | Calzados Brisa respeto el error de precio, zapatillas a 6,90 en casa. flipo
P - - | Gadgetito entrega en 24h y bien embalado. sin quejas
P - - | Libros Faro mete un marcapaginas hecho a mano en cada pedido 🥹
P - - | atencion al cliente de Todo Casa Sol 10/10, me cambiaron el cojin roto en 2 dias
P - - | todos criticando a Gadgetito pero mi portatil de ellos va perfecto desde hace 3 anos
P - - | las botas de Calzados Brisa aguantan lluvia, barro y a mi. 2 inviernos ya
P - - | Todo Casa Sol y sus rebajas 😍 casa nueva por cuatro duros
`,
);

export const DEV25: readonly FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
