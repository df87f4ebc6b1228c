/**
 * Held-out feed posts (bench/data25), written by a sixth writer who read only the line format
 * (bench/data20/types.ts) and the topic names, never the classifier, its docs or the other sets.
 * Public posts that mention online shops as a brand-monitoring feed picks them up: replies under a
 * shop's post, quote-posts, Reddit/Wykop/forum threads, Facebook groups, Instagram/TikTok/YouTube
 * comments, Telegram/WhatsApp forwards, LinkedIn posts, shared headlines. Voices: angry and calm
 * customers, sarcasm, fans, bystanders, worriers, defenders, staff. All shops and handles invented.
 * Mix (200): en 40, de 40, pl 30, fr 30, it 30, es 30; negative 81, neutral 67, positive 52;
 * complaints 77 (en 16, de 16, pl 11, fr 11, it 11, es 12), a few of them calm (neutral) or inside
 * praise (positive); topics delivery 11, customer_service 12, outage 9, payment 9, security 10,
 * fraud 9, product_quality 9, order_error 9, returns_refunds 8, price 8.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C delivery,customer_service | @KettleAndCrate order #48213 has said "out for delivery" since tuesday. it is now friday. your chatbot just sends me the same tracking link on loop. is there a human anywhere in that building??
N C outage,payment | black friday and the ZapCart checkout just spins. tried card, tried paypal, tried my partner's card. 3 times. great, just great 🙃 #ZapCartDown
N C payment,customer_service | "Checkout issues resolved!" resolved for who exactly? I've got £89.99 taken twice for the same headphones and my email from Monday is still unanswered
N C security | so Brindlewood Home emails me today to say "some customer data may have been accessed"... in OCTOBER. name, address, phone, last 4 of my card. cheers for the heads up lads
N C fraud,security | first a text "Brindlewood: parcel held, pay 1.99 redelivery" and now some bloke rings me saying he's from their fraud team and wants the code on the back of my card. he knew my last order. this is YOUR leak @BrindlewoodHome, what are you doing about it
N C product_quality | did anyone else's tent pole snap on the first pitch? mine cracked right at the joint before I'd even got the flysheet on. two weeks old, Mossgreen, not cheap either
N C order_error | ordered the large grey hoodie from Threadbare Co, got a kids XS in mustard. my 6yo nephew is thrilled at least 🙃 order TB-11842
N C returns_refunds | sent the floor lamp back to Lumo Lighting on 3 Nov, they confirmed they got it on the 6th. refund? nope. "5-7 working days" my foot, it's been a month
O C price | Hi @ZapCart, the charger showed as £24 at checkout but my confirmation email says £31. Could you check and refund the difference please? Order ZC-77120
N C fraud | ordered from pixelpaws-outlet dot shop thinking it was PixelPaws. 60 quid gone, no parcel, and PixelPaws just say "not us". then why is that site the top ad when I search your name??
N C outage | r/CasualUK: PixelPaws app logs me out every single time I open it, can't reorder the dog's food | been like this since sunday's update. cleared cache, reinstalled, same thing. anyone else or just me?
N C customer_service | rudest support chat of my life. asked if the overshirt runs small and the Threadbare Co agent said "it's on the website, read it" and closed the chat. ok then
N C delivery,customer_service | Posting here because nobody at Kettle & Crate is answering: box arrived crushed flat on one side, 2 of the 4 mugs in pieces. looks like the driver stood on it. photos below
O C order_error | Got someone else's order from Mossgreen, size 11 boots (I'm a 6 lol). Happy to send them back, but where's my jacket? Order MG-20551
P C product_quality | love love love the candles, smell incredible and the packaging is gorgeous 😍 only thing, one of the three had no wick at all lol. @KettleAndCrate can you send a replacement?
N C price | had the console bundle in my basket at 429 on ZapCart, went to pay and it's 479. refreshed, still 479. "sale" started an hour ago. screenshots from this morning attached
N - - | reading about the Brindlewood Home breach and honestly glad I never made an account. how do you leak 200k addresses in 2026
N - - | "Fire at Mossgreen Outdoor's Leeds warehouse, online orders delayed" / oof. hope everyone got out ok
N - - | my Kettle & Crate order is supposed to land the day the courier strike starts. ordered on the 12th specifically to avoid this. not holding my breath
O - - | does anyone know if Lumo Lighting ships to Ireland or only the UK? site is a bit vague on it
O - - | Three weeks into peak at our fulfilment centre. We picked 41k orders for Kettle & Crate last week alone. Lessons so far: pre-label everything, staff the returns desk early, and never trust a weather forecast. #logistics #peakseason
O - - | ZapCart price glitch thread: people saying the 55" TV was £45 for about 20 min last night. anyone actually get theirs confirmed or is it all cancelled?
O - - | mastodon: PixelPaws is recalling batch 2231 of the salmon cat treats (possible plastic bits). check the back of the bag before you open a new one. details on their site
O - - | @ThreadbareCo what's the new overshirt made of? 100% cotton or a blend?
O - - | Fwd from UK Deals channel: ⚠️ fake "ZapCart refund" SMS going round. ZapCart say they never text links. don't click
O - - | which size did you go for? I'm between M and L on the Mossgreen fleece
O - - | Mossgreen posting "we're hiring seasonal pickers!" the same week their warehouse burnt down is certainly a choice lol
O - - | anyone compared Kettle & Crate with the supermarket stuff? is the stoneware actually worth double
O - - | Brindlewood Home statement says no full card numbers were taken and passwords were hashed. reset yours anyway, takes 2 min
O - - | If a shop charges you twice and refunds one, how long does the pending one usually take to drop off? About to do a big ZapCart order and I'm paranoid
O - - | Lumo Lighting refund finally landed, 9 days in total. Closing my ticket, all sorted.
P - - | shoutout to Threadbare Co support, wrong colour came, they sent the right one the next day and told me to keep the other. 10/10
P - - | ordered at 11pm, Kettle & Crate parcel on my doorstep by 10am. HOW
P - - | the unboxing on this Lumo desk lamp 🤌 tissue paper, handwritten note, zero plastic
P - - | ok credit where it's due, ZapCart honoured the £45 TV. did not expect that. fair play
P - - | 3 years of dog food from PixelPaws and never once late. the subscription thing is a lifesaver tbh
P - - | best 60 quid I've spent was that Mossgreen stove from this video. used it all summer, still going strong
P - - | everyone dunking on Brindlewood but their team rang me back within an hour and walked me through changing everything. calm, helpful. respect
P - - | Threadbare's new linen range 🔥🔥 ordered two shirts already
P - - | the Kettle & Crate gift wrap is worth every penny of the £2, my mum actually teared up
`,
);

const DE = lines(
  "de",
  `
N C delivery | @Schuhkiste24 Bestellung seit 9 Tagen "in Zustellung". Sendungsverfolgung zeigt seit Montag nix mehr an. Was soll das?
N C outage | Kaufwerk App geht mal wieder nicht, Login -> Fehler 503. Ausgerechnet am Cyber Monday. Na super.
N C payment | Kaufwerk hat mir 349,00 € doppelt abgebucht. Hotline meint "bitte 10 Werktage warten". Sorry, aber das ist meine Miete
N C product_quality | Gartenfuchs Gartenschlauch nach 3 Wochen geplatzt. "Profi-Qualitaet" steht auf der Packung. lol
N C returns_refunds,customer_service | Ruecksendung an Wollwerk am 2.11. abgegeben, Einlieferungsbeleg hab ich. Kein Geld zurueck, 3 Mails ohne Antwort. Langsam reicht's echt
N C order_error | Statt 2x Wanderschuhe Gr. 42 kam 1x Gr. 38 und ein Schuhanzieher. Schuhkiste24, echt jetzt?
N C security | Mail von Kaufwerk: "unbefugter Zugriff auf Kundendaten". Name, Adresse, Bestellhistorie. Seitdem krieg ich Phishing-Mails mit meinem echten Namen drin. Danke fuer nix.
N C fraud | Fake-Shop gartenfuchs-sale.de hat mir 120 € abgenommen, sah 1:1 aus wie das Original. @Gartenfuchs warum steht bei euch nirgends eine Warnung?? Ihr wisst doch seit Wochen davon
N C customer_service | 40 min in der Warteschleife von Schuhkiste24, dann einfach aufgelegt. Zum zweiten Mal diese Woche.
O C price | Hallo @Wollwerk, im Warenkorb stand 4,99 € pro Knaeuel, abgebucht wurden 6,49 €. Koennt ihr das bitte korrigieren? Bestellnr. WW-55312
N C delivery | Paket von Gartenfuchs komplett aufgeweicht, Karton hat sich aufgeloest, Blumenerde im ganzen Hausflur. Fahrer hat's einfach in den Regen gestellt
N C fraud,security | Heute Anruf von "Kaufwerk Kundensicherheit", der Typ wollte meine TAN "zur Verifizierung". Nach eurem Datenleck ist das kein Zufall. Ich hab aufgelegt, meine Mutter waer drauf reingefallen
O C outage | Bei TechHafen kann ich seit gestern Abend nicht bestellen, der "Zur Kasse" Button macht einfach nichts. Chrome und Firefox getestet. Ist das bekannt?
N C product_quality,returns_refunds | Powerbank von TechHafen wird beim Laden so heiss dass man sie nicht anfassen kann. Umtausch abgelehnt weil "Verpackung geoeffnet". Ernsthaft??
P C order_error | Schuhe von Schuhkiste24 sind der Hammer, mega bequem, Lieferung fix 👍 nur die Einlegesohlen die ich mitbestellt hab fehlen leider. Bitte nachschicken 🙏
N C price,payment | TechHafen zeigt 199 € im Angebot, beim Bezahlen auf einmal 229 € und dann "Zahlung abgelehnt". Was ist das fuer ein Laden
N - - | Krass, Kaufwerk hatte ein Datenleck mit 300.000 Kunden. Hab da zum Glueck nie bestellt, aber wie peinlich ist das bitte
N - - | Streik bei FlinkPost ab Montag. Meine Gartenfuchs Bestellung kommt dann wohl zu Ostern 🙄
N - - | Link geteilt: "TechHafen ruft Ladegeraete zurueck – Brandgefahr". Uff.
O - - | Weiss jemand ob Schuhkiste24 auch nach Oesterreich liefert? In den FAQ steht nix
O - - | Kaufwerk sagt, Zahlungsdaten seien nicht betroffen und Passwoerter waren gehasht. Trotzdem aendern, Leute.
O - - | Preisfehler bei TechHafen: Laptop fuer 89 statt 899 €. Hat jemand ne Bestaetigung bekommen oder wurde alles storniert? #mydealz
O - - | r/de: Gartenfuchs oder Baumarkt fuer Hochbeete? Erfahrungen?
O - - | ist das Salbei oder Mint? die Farbe auf dem zweiten Bild meine ich
O - - | WhatsApp weitergeleitet: Achtung, SMS "Ihr Wollwerk Paket wartet, Zollgebuehr 2,99 €" ist Fake!! Nicht klicken
O - - | Bestellung bei Schuhkiste24 ist heute raus, mal gucken wie lang die diesmal brauchen. Letztes Mal 3 Tage
O - - | @TechHafen kommt die Switch OLED nochmal rein oder ist die raus aus dem Sortiment?
O - - | Arbeite bei nem anderen Shop: Cyber Monday ist fuer alle die Hoelle, auch wenn's grad bei Kaufwerk am lautesten brennt. 12-facher Traffic ist kein Spass
O - - | Rueckerstattung von Wollwerk heute da, 12 Tage hat's gedauert, passt. Erledigt.
O - - | Lustig wie die Kaufwerk-Hotline jetzt mit "Aufgrund aktueller Ereignisse..." anfaengt 😅
O - - | Gibt's bei Gartenfuchs eigentlich Rabattcodes fuer Neukunden oder lohnt sich der Newsletter nicht?
P - - | Heute mein letzter Tag im Kundenservice bei Wollwerk. 4 Jahre, gefuehlt 80.000 Tickets, viele davon ueber verknotete Wolle 😄 Danke ans Team, war schoen mit euch
P - - | Sonntagabend bestellt, Dienstag da. Schuhkiste24 ihr seid schnell 🚀
P - - | Gartenfuchs Kundenservice: Pflanze kam geknickt an, Foto geschickt, 10 min spaeter Ersatz zugesagt, 2 Tage spaeter war er da. So geht das!
P - - | TechHafen hat den Preisfehler tatsaechlich geliefert, mein Laptop fuer 89 € steht hier. Respekt, haette ich nie gedacht
P - - | Verpackung bei Wollwerk ist so liebevoll, Papier statt Plastik und ein Bonbon dabei 🍬
P - - | Kaufwerk kriegt grad viel Hass, aber meine Reklamation letzten Monat lief top, neues Geraet in 4 Tagen. Man muss auch fair sein
P - - | Hab den Gartenfuchs Akku-Rasenmaeher seit Mai, laeuft wie am ersten Tag. Gutes Video!
P - - | Endlich ein Shop der Wanderschuhe in Weite H hat 😍 danke Schuhkiste24
P - - | Die neue Wolle "Herbstwald" von Wollwerk ist ein Traum, strickt sich wie Butter
`,
);

const PL = lines(
  "pl",
  `
N C delivery | @Zakupownia paczka miala byc we wtorek, dzis piatek i dalej "w drodze". kurde ile mozna
N C outage,payment | ElektroBaza w Black Friday lezy. strona wisi przy platnosci, blik przeszedl a zamowienia nie ma. brawo 👏
N C returns_refunds | Wykop: Modnisia nie oddaje kasy za zwrot od 5 tygodni | paczka odebrana 3.11, potwierdzenie mam, pieniedzy brak. ktos mial podobnie?
N C product_quality | kupilam kurtke w Modnisi, po pierwszym praniu szew puscil na rekawie. 300 zl za to? no bez jaj
N C security,fraud | od wycieku z ElektroBazy dostaje SMSy "doplata 1,50 zl do paczki" z linkiem, a wczoraj dzwonil "konsultant ElektroBazy" i pytal o kod blik. co wy na to @ElektroBaza?
N C order_error | zamowilem kolowrotek i zylke, przyszla sama zylka + czyjes splawiki xd SklepRybka ogarnijcie sie
N C customer_service | infolinia Zakupowni 3 razy mnie rozlaczyla w trakcie rozmowy, czat nie odpisuje od 2 dni. serio?
O C price | Dzien dobry, w koszyku byla cena 79,99 zl, a na potwierdzeniu jest 94,99 zl. Prosze o korekte, zamowienie nr ZK-20931
N C fraud | Uwaga dziewczyny, zaplacilam 240 zl na stronie modnisia-outlet, to podrobka Modnisi. kasy nie ma, towaru nie ma, a Modnisia odpisala tylko ze "to nie my". super pomoc
N C product_quality | telewizor z ElektroBazy po tygodniu ma pionowe paski na pol ekranu. nowy, 2800 zl. zglaszam reklamacje i zobaczymy
P C delivery | SklepRybka jak zwykle super ceny i fajny kontakt 👍 tylko kurier tym razem 4 dni spoznienia i na zawody nie zdazylo. ale i tak polecam
N - - | czytam o wycieku z ElektroBazy i rece opadaja. 2026 a hasla trzymali jawnym tekstem?? dobrze ze tam nie kupuje
N - - | strajk w PaczkoLocie od poniedzialku, boje sie ze prezenty z Zakupowni nie dojda przed swietami 😬
N - - | "Pozar magazynu sklepu Modnisia pod Poznaniem" - smutne, oby nikomu nic sie nie stalo
O - - | ktos wie czy SklepRybka wysyla do Niemiec?
O - - | Wykop: blad cenowy w ElektroBazie, sluchawki za 19 zl zamiast 1900. komus potwierdzili czy wszystkim anulowali?
O - - | ElektroBaza pisze ze dane kart nie wyciekly, ale i tak zmiencie hasla. ja zmienilam na wszelki wypadek
O - - | ta sukienka jest tez w butelkowej zieleni?
O - - | Telegram: ⚠️ kraza falszywe SMSy "Zakupownia - zwrot srodkow", sklep mowi ze nie wysyla linkow. nie klikac
O - - | Modnisia czy sieciowki, gdzie lepsze zwroty? pytam bo zamawiam pierwszy raz
O - - | zwrot z Zakupowni w koncu przyszedl po 11 dniach, temat zamkniety
O - - | czy kod z newslettera SklepRybki dziala tez na przecenione?
O - - | jaki rozmiar bierzesz? mam 170 cm i nie wiem czy S czy M w Modnisi
P - - | Jako kierownik magazynu ElektroBazy: w Black Friday wyslalismy 28 tys. paczek w 2 dni. dzieki ekipie za nocki 💪 #logistyka
P - - | zamowione wieczorem, rano paczka z Zakupowni w paczkomacie. szacun
P - - | Modnisia pakuje jak prezent, bibulka, naklejka, liscik. mala rzecz a cieszy 😍
P - - | ElektroBaza uznala blad cenowy i wyslala sluchawki za 19 zl 😂 nie wierze
P - - | obsluga SklepRybki zloto. przyszedl zly kolowrotek, wymienili w 2 dni i jeszcze dorzucili przynety gratis
P - - | mam ten odkurzacz z ElektroBazy od roku, smiga jak nowy. dobra recenzja
P - - | wszyscy hejtuja Zakupownie a mi pani z czatu w 5 minut zalatwila zmiane adresu. da sie? da sie
`,
);

const FR = lines(
  "fr",
  `
N C delivery | @LaMalleBleue commande passee le 20, toujours rien, suivi bloque sur "en cours d'acheminement" depuis lundi. Bravo les gars 👏
N C outage | Colibri Shop inaccessible depuis ce matin, erreur 500 des qu'on clique sur le panier. le jour des soldes evidemment. mdr non en fait c'est pas drole
N C payment | Debitee deux fois chez Colibri Shop, 2 x 149,90 €. Le SAV me dit d'attendre. Attendre quoi exactement ?
N C product_quality | Le plaid de La Malle Bleue perd ses poils partout et apres un lavage il ressemble a une serpillere. Rien a voir avec les photos
N C customer_service | 4 mails, 2 messages sur insta, zero reponse de Maison Poivre. Vous etes encore vivants ?
N C returns_refunds | Retour depose le 5 novembre chez Kdo Express, toujours pas rembourse. On me repond "en cours de traitement" depuis 3 semaines
N C security | Mail de Colibri Shop : "incident de securite, vos donnees (nom, adresse, telephone) ont pu etre consultees". Super. Et depuis je recois des SMS chelous tous les jours
N C fraud,security | Appel d'un soi-disant "conseiller Colibri" qui connaissait ma derniere commande et voulait mon code de carte pour "bloquer une fraude". Merci la fuite de donnees. Je fais quoi @ColibriShop ?
O C order_error | Bonjour, j'ai commande un coffret the vert et recu un coffret cafe. Pouvez-vous m'envoyer le bon ? Commande MP-4410
N C price | Kdo Express affiche -30% sur la fiche produit, au paiement c'est le prix plein. J'ai paye 64 € au lieu de 45. Pub mensongere ou bug ?
P C order_error,returns_refunds | Maison Poivre toujours au top, les confitures sont une tuerie 😋 par contre il manquait le miel dans ma derniere commande et j'attends le remboursement depuis 2 semaines
N - - | Fuite de donnees chez Colibri Shop, 150 000 clients. J'ai jamais commande chez eux mais ca fait flipper quand meme
N - - | greve chez ColiVite annoncee pour la semaine de Noel... j'ai trois colis Kdo Express en route, je le sens mal
N - - | Article partage : "Rappel : des bougies vendues par La Malle Bleue presentent un risque d'incendie". Genial.
O - - | quelqu'un sait si La Malle Bleue livre en Belgique ?
O - - | Erreur de prix chez Colibri Shop, des TV a 39 € au lieu de 390. Quelqu'un a eu une confirmation ou tout est annule ? #bonplan
O - - | Colibri Shop dit que les coordonnees bancaires n'ont pas fuite. Changez votre mot de passe quand meme.
O - - | c'est quoi la reference du vase sur la 3e photo ?
O - - | Transfere : attention, faux SMS "Kdo Express : colis en attente, frais 1,99 €". C'est une arnaque, confirme sur leur site officiel
O - - | Mon remboursement La Malle Bleue est arrive, 10 jours. C'est regle.
O - - | r/france : Maison Poivre ca vaut le coup pour offrir ou c'est surtout du marketing ?
O - - | Je bosse chez un concurrent : le pic du Black Friday, personne n'est pret, Colibri ou pas. Courage aux equipes
O - - | t'as pris quelle taille du pull ? il taille grand ?
P - - | Commande a 22h, livree le lendemain midi. Kdo Express vous etes des machines
P - - | SAV de La Malle Bleue au top : cadre arrive casse, photo envoyee, remplace en 48h sans discuter 👌
P - - | Colibri Shop a honore l'erreur de prix, ma tele a 39 € est arrivee. Chapeau.
P - - | Emballage Maison Poivre magnifique, papier kraft et petit mot ecrit a la main ❤️
P - - | j'ai le meme casque Colibri depuis 1 an, aucun souci. super video
P - - | Tout le monde tape sur Colibri Shop mais leur service client m'a rappele en 1h apres la fuite et m'a tout explique. Faut etre juste.
P - - | Les coffrets de Noel de Kdo Express 😍 j'en ai pris trois
`,
);

const IT = lines(
  "it",
  `
N C delivery | @Scarpazza ordine del 18, tracking fermo su "in transito" da lunedi. Sì, come no, "consegna in 48h"
N C outage,payment | TecnoGufo giu proprio al Black Friday. pagamento rifiutato 3 volte e poi "errore di sistema". complimenti davvero
N C returns_refunds,customer_service | Reso spedito a CasaPratica il 4 novembre, ricevuto il 7. Rimborso? Niente. Mail? Nessuna risposta. boh
N C product_quality | la tazza di Bottega Lunare si e crepata al primo giro in lavastoviglie. "lavabile in lavastoviglie" c'era scritto eh
N C security | TecnoGufo mi scrive che i miei dati (nome, indirizzo, telefono) sono stati "potenzialmente esposti". L'hanno scoperto 3 settimane fa e me lo dite ora??
N C fraud,security | mi chiama un finto "operatore TecnoGufo" che sapeva cosa avevo ordinato e voleva il codice della carta per "annullare un addebito". grazie per il data breach ragazzi, davvero
N C order_error | ordinati stivali neri 39, arrivati sandali marroni 41. a dicembre. Scarpazza ma che combinate
N C customer_service | chat di CasaPratica: l'operatore mi ha chiuso la conversazione in faccia dopo 2 messaggi. gentilissimi eh
O C price | Buongiorno @CasaPratica, nel carrello c'era 39,90 ma mi avete addebitato 47,90. Potete verificare? Ordine CP-88120
N C delivery | pacco di Bottega Lunare arrivato distrutto, 2 piatti su 6 in frantumi. il corriere SpediLampo l'ha lanciato oltre il cancello, ho pure il video del citofono
P C payment | adoro Scarpazza, scarpe bellissime e comodissime 😍 solo che mi avete addebitato la spedizione due volte (4,90 x2), me la stornate pls?
N - - | leggo del furto di dati a TecnoGufo. mai comprato li per fortuna, ma che figuraccia
N - - | sciopero SpediLampo la settimana prima di Natale... i regali di CasaPratica arriveranno per la Befana se va bene 🙄
N - - | "Incendio nel magazzino di CasaPratica a Piacenza" - che brutta notizia, spero stiano tutti bene
O - - | qualcuno sa se Bottega Lunare spedisce in Svizzera?
O - - | errore di prezzo su TecnoGufo, cuffie a 9 euro invece di 90. a qualcuno e arrivata la conferma o annullano tutto?
O - - | TecnoGufo dice che i dati delle carte non sono stati toccati. cambiate comunque la password, non costa niente
O - - | di che colore e il vaso? salvia o grigio perla?
O - - | Inoltrato: ⚠️ SMS falso "CasaPratica: pacco in giacenza, paga 1,99€". Non cliccate, e phishing
O - - | rimborso di Scarpazza arrivato dopo 12 giorni, tutto ok, chiudo la pratica
O - - | r/italy: CasaPratica o il ferramenta sotto casa per gli attrezzi? consigli?
O - - | Responsabile logistica qui. Picco di Black Friday in magazzino: +340% ordini rispetto a ottobre. Prossimo step, pianificare i resi di gennaio. #logistica #ecommerce
O - - | che numero hai preso? calzano grandi o piccole?
P - - | ordinato alle 23, alle 11 il pacco di Scarpazza era gia qui. come fate??
P - - | assistenza di Bottega Lunare top: piatto arrivato rotto, mando la foto, sostituito in 3 giorni senza storie 👏
P - - | TecnoGufo ha onorato l'errore di prezzo, cuffie a 9 euro arrivate oggi. non ci credevo
P - - | confezione di Bottega Lunare bellissima, carta velina e bigliettino scritto a mano ❤️
P - - | ho lo stesso frullatore di CasaPratica da due anni, va alla grande. bel video
P - - | tutti contro TecnoGufo ma a me hanno richiamato in mezz'ora dopo la mail sul breach e mi hanno spiegato tutto con calma. onesti
P - - | nuova collezione Scarpazza 🔥 gia presi due paia
`,
);

const ES = lines(
  "es",
  `
N C delivery | @ZapateriaNube pedido del dia 15 y el seguimiento parado desde el lunes. Muy bonito todo
N C outage | MegaChollo caido en pleno Black Friday, error 502 cada vez que le doy a pagar. jaja no, no tiene ninguna gracia
N C payment | MegaChollo me ha cobrado dos veces el mismo movil, 2 x 219 €. y el chat me dice que espere 15 dias habiles. perdona??
N C product_quality | la maceta de La Tiendita Verde llego con una grieta y la planta medio seca. nada que ver con la foto de la web
N C returns_refunds | Devolucion entregada a Bazar Coral el 3 de noviembre y ni un euro de vuelta. Un mes ya.
N C security | Bazar Coral me manda un correo: "acceso no autorizado a datos de clientes". Nombre, direccion, telefono. Y ahora me llegan SMS raros cada dia. Genial.
N C fraud | compre en megachollo-ofertas pensando que era MegaChollo. 180 € volando, ni producto ni respuesta, y MegaChollo dice que no es cosa suya. y yo que hago??
N C customer_service | llevo 4 dias escribiendo a La Tiendita Verde por whatsapp y solo me salen los dos checks azules. ni un hola
O C order_error | Hola Zapateria Nube, pedi unas botas del 38 y me han llegado del 40. Como hago el cambio? Pedido ZN-30118
N C price | Bazar Coral subio la lampara de 59 a 79 justo cuando la meti en el carrito. y la pague igual porque era para un regalo. vaya "oferta"
P C delivery | me encanta La Tiendita Verde, plantas preciosas 🌿 pero esta vez el paquete tardo 6 dias mas de lo prometido y la monstera llego tristisima. a ver si cambiais de mensajeria
N C outage,customer_service | no puedo entrar en mi cuenta de Zapateria Nube desde ayer, "contrasena incorrecta" aunque la he cambiado 2 veces. y el telefono de atencion no lo coge nadie
N - - | leyendo lo del hackeo de Bazar Coral. menos mal que nunca me hice cuenta ahi. que verguenza
N - - | huelga de EnvioRayo en diciembre... tengo pedidos de MegaChollo para Reyes, me veo sin regalos 😬
N - - | "Incendio en el almacen de MegaChollo en Getafe" uf, espero que no haya heridos
O - - | alguien sabe si Zapateria Nube envia a Canarias?
O - - | Error de precio en MegaChollo: portatiles a 49 € en vez de 499. A alguien se lo han confirmado o lo cancelan todo?
O - - | Bazar Coral dice que los datos bancarios no se han visto afectados. Cambiad la contrasena igual
O - - | de que tamano es esa maceta? la del segundo video
O - - | Reenviado: ⚠️ SMS falso "MegaChollo: su paquete esta retenido, pague 1,99 €". Es phishing, no pincheis
O - - | el reembolso de Bazar Coral me llego a los 10 dias. todo bien, cerrado
O - - | forocoches: MegaChollo es fiable o mejor ir a tienda fisica?
O - - | que talla coges normalmente en Zapateria Nube? tallan grande?
P - - | pedi a las 22h y a las 10 tenia el paquete de Zapateria Nube en casa. que locura
P - - | La Tiendita Verde me cambio una planta que llego mal en 2 dias sin hacer preguntas. asi da gusto 👏
P - - | MegaChollo respeto el error de precio y me ha llegado el portatil a 49 €. alucino
P - - | el empaquetado de Bazar Coral es una pasada, papel kraft y una notita a mano ❤️
P - - | tengo la misma freidora de MegaChollo desde hace un ano y perfecta. buen video
P - - | todos dandole palos a Bazar Coral pero a mi me llamaron en una hora tras el correo del hackeo y me lo explicaron todo. hay que ser justos
P - - | Orgullosa del equipo de almacen de La Tiendita Verde: 12.000 plantas enviadas en noviembre con menos del 1% de incidencias. #logistica
`,
);

export const HELDOUT25: readonly FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
