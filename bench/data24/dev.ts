/**
 * Dev public social mentions of online shops (bench/data24), written by hand by a fifth writer who did not
 * read the classifier, its rules, its docs nor the other fresh sets (only the line format in
 * bench/data20/types.ts and the topic names), after the held-out set was committed, with different texts and
 * shops. Genres: what a brand-monitoring feed holds — X/Twitter posts and replies, Threads/Mastodon,
 * Instagram/Facebook/TikTok/YouTube comments, Reddit and Wykop titles and comments, forum one-liners:
 * complaints, questions to the shop, retweeted promotions, giveaway tags, jokes, news-like posts, job posts,
 * link shares, praise, sarcasm, and crises (app or checkout down on a sale day, a customer list leaked on a
 * forum, a viral price error, a postal strike, a cloned fake shop and phishing in a shop's name, a recall)
 * seen both by those hit and by bystanders. Invented shop names.
 * Mix: en 40, de 40, pl 30, fr 30, it 30, es 30 = 200; about 40% negative, 35% neutral, 25% positive, about
 * 35% complaints. Complaint only where the author reports a problem the shop should make right; a bystander
 * or a mere question is not one. This dev set may be tuned on; the held-out set (heldout.ts) is read once.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C outage | @brightcart site's been throwing "503 service unavailable" since the sneaker drop went live at 9. queued for an hour, now it's sold out. unreal
N C outage,payment | r/brightcart — Checkout button greyed out since the app update? Added my card 3 times, it says "payment method invalid" and then logs me out. Android 14. Lost my basket twice already. Anyone found a fix?
N C security | So the Oakly Home customer list is apparently on a hacking forum and my email + phone are in it (checked on haveibeenpwned). Not one email from @oaklyhome. Cool cool cool.
N C security,customer_service | @oaklyhome I've asked three times whether my card details were in the leak. Three canned replies saying "we take your security seriously". That is not an answer.
N C fraud | Ordered a coat from "loopwear-outlet.shop", looked exactly like @loopwear's site, paid £120, nothing came and now the site's gone. Your logo was everywhere. Do you even know about this?
N C fraud | Email "Snapkit: your account will be suspended, verify your payment details" – I did, and an hour later someone changed my password and ordered 2 consoles. @snapkit help!!
N C delivery | @greengrocerdirect my delivery was due Sat 10-12, it's now Sunday evening and the app still says "out for delivery" 🙃
N C delivery,product_quality | greengrocer direct delivered my shop in a van with no fridge apparently: warm milk, yoghurts swollen, bread squashed flat under the watermelon.
N C order_error | @thimbleandco ordered the 12-colour thread set for my mum's bday, got a single reel of white. A SINGLE REEL.
N C order_error,customer_service | Thimble & Co sent me someone else's order (a wedding dress pattern, their address on the slip). Emailed 3 times, no reply. What am I supposed to do with this?
N C price | used the LOOP20 code at checkout, basket said £64 but I was charged £80 @loopwear
N C price,returns_refunds | @snapkit dropped the price of my camera by £70 two days after I bought it and won't refund the difference, "price protection is for members only". Joke.
N C payment,price | apple pay failed twice on @brightcart and when it finally went through the price had jumped from £95 to £110 because the "drop price expired". both failed attempts still pending on my bank 🤡
N C returns_refunds,product_quality | My Oakly Home armchair arrived with one leg shorter than the others. They'll only take it back if I pay £45 for collection. For THEIR defect.
O C product_quality | Hi @snapkit, the charger that came with my SK-3 gets really hot after 10 min, is that normal? Haven't used it since.
N - - | brightcart really did a "limited drop" of 200 pairs with 40k people in the queue. lottery with extra steps. not even trying anymore
N - - | every single brightcart ad on tiktok is some guy shouting "GUYS". I'm begging
O - - | is brightcart down or is it just the drop traffic?
O - - | me refreshing the brightcart queue page at 9:01 like it owes me money
O - - | Oakly Home says it is "investigating a cyber incident" after a file with what appears to be 600k customer records appeared online. Customers are advised to be alert to phishing.
O - - | never been so glad I check out as guest. hope none of you were in the oakly home leak 😬
O - - | Postal strike Thursday and Friday, so if you're waiting on online orders expect a couple of days' delay.
O - - | RT @loopwear: ❄️ WINTER SALE ❄️ Up to 50% off knitwear, today only. Link in bio!
O - - | @thimbleandco do you sell the 2mm knitting needles separately or only in the set?
O - - | Snapkit is hiring: customer support advisors, remote (UK), full time. Applications close Friday.
O - - | Snapkit has recalled its SK-3 camera charger after reports of overheating. Customers are asked to stop using it and request a free replacement.
O - - | anyone know if greengrocer direct delivers to the Isle of Wight? their postcode checker is confusing
O - - | okay which one of you used the 100% off code at loopwear 😂 it's all over twitter
O - - | r/UKfrugal — Loopwear 100% off code: has anyone's order actually shipped or is everyone getting cancelled?
O - - | my cat has decided the oakly home box is hers now, the sofa is for us I guess 🐈
P - - | @sam_r here's the thimble & co link, the yarn I told you about is SO soft, get it 😍
P - - | @greengrocerdirect driver called ahead, carried everything to the 4th floor and the avocados were actually ripe. who are you people ❤️
P - - | had a cracked plate from oakly home, sent a photo, replacement arrived in 3 days and I didn't even have to send the broken one back. 10/10
P - - | @lucy_d LOOK 😍 the loopwear giveaway, we're winning this cardigan
P - - | Snapkit handled the charger recall really well tbh. Replacement arrived before I'd even finished the online form.
P - - | got my brightcart drop pair!!!! 3 hours in the queue, worth it 🔥🔥
P - - | thimble & co's yarn bundles are the best value I've found anywhere, been ordering for years
P - - | shoutout to loopwear for actually shipping the 100% off orders. Legends. Bought a full price jumper after, out of guilt 😂
P - - | @snapkit support chat sorted my warranty claim in 10 min. a real human too
P - - | Greengrocer Direct's wonky veg box is such a good idea, cheaper and tastes exactly the same
`,
);

const DE = lines(
  "de",
  `
N C outage | @mediaspeicher Seit dem Update komm ich nicht mehr in die App, "Sitzung abgelaufen" in Endlosschleife. Und heute endet die Cyber-Week 🙄
N C outage,payment | Kaufnest beim Sale-Start komplett lahm. Bin bis zur Zahlung gekommen, dann Fehlerseite, und jetzt weiß ich nicht mal, ob abgebucht wurde. Bestellung steht nirgends. Super.
N C security | Lese gerade, dass bei Gartenglück eine Kundenliste im Netz aufgetaucht ist. Meine Adresse ist drin, eine Info vom Shop hab ich bis heute nicht bekommen.
N C security,fraud | @gartenglueck Seit dem Leak ruft mich ständig ein "Gartenglück-Kundendienst" an und will meine IBAN "bestätigen". Woher haben die meine Nummer wohl??
N C fraud | Fake-Shop "fahrradkeller-sale.de" sieht 1:1 aus wie @fahrradkeller, hab 890€ fürs E-Bike überwiesen. Nichts kam. Warum unternehmt ihr nichts gegen diese Seite?
N C delivery | Paket von @wollwerk seit 11 Tagen "im Zustellzentrum". Mit Streik kann man vieles erklären, aber nicht alles.
N C delivery,product_quality | Fahrradkeller schickt das Rad in nem Karton, der aussieht als wär er vom LKW gefallen. Schaltwerk verbogen, Lack zerkratzt.
N C order_error | Drei Knäuel in Petrol bestellt, zwei in Petrol und eins in Senfgelb bekommen. @wollwerk, ich strick doch keinen Schal in Ampelfarben 😂
N C order_error,returns_refunds | Lindner hat mir statt Babynahrung Katzenfutter geschickt 🙈 und jetzt soll ICH die Rücksendung zahlen? Ernsthaft?
N C price | Gutschein "WINTER15" wurde angenommen, aber auf der Rechnung steht der volle Preis. @kaufnest bitte korrigieren.
N C payment | Kauf auf Rechnung abgelehnt "aus Sicherheitsgründen", obwohl ich seit 6 Jahren Kundin bei Kaufnest bin. Und keiner kann sagen warum.
N C returns_refunds | Mediaspeicher hat die Rücksendung vor 4 Wochen bestätigt, das Geld ist immer noch nicht da. Bei 1.100€ ist das kein Spaß.
N C customer_service | @drogerielindner seit 10 Tagen keine Antwort auf meine Mail, am Telefon nur Bandansage. Gibt's euch noch?
N C product_quality | Die Gartenschere von Gartenglück ist nach einer Saison durchgerostet. "Edelstahl" my ass.
N - - | Kaufnest macht "Cyber-Week" und erhöht vorher die Preise. Jedes Jahr das gleiche Spiel, ich kauf da nix.
N - - | Fahrradkeller-Werbung: "Dein Rad in 48h". Mein Kumpel wartet seit 3 Wochen. Nur so.
O - - | Geht bei euch die Mediaspeicher-App? Bei mir lädt nix
O - - | Ich und 40.000 andere im Kaufnest-Warteraum um 0:01 Uhr: 🧟‍♂️🧟‍♀️🧟
O - - | Gartenglück bestätigt Datenleck: Name, Anschrift und Telefonnummer von rund 120.000 Kunden betroffen. Zahlungsdaten seien sicher.
O - - | PSA: Gartenglück ruft niemals an, um Bankdaten abzufragen. Einfach auflegen.
O - - | Poststreik Donnerstag und Freitag, also stellt euch bei Online-Bestellungen auf ein paar Tage Verspätung ein.
O - - | RT @wollwerk: 🧶 Der Adventskalender ist zurück! 24 Minigarne, ab heute vorbestellbar.
O - - | @wollwerk gibt's das Garn "Nordlicht" noch in 100g oder nur noch 50g?
O - - | Drogerie Lindner sucht Kommissionierer (m/w/d) für das Lager in Erfurt. Schichtarbeit, Start im Januar.
O - - | Mediaspeicher ruft die Powerbank "MS-Volt 20" wegen Überhitzungsgefahr zurück. Kunden sollen das Gerät nicht mehr laden.
O - - | Frage an die Radler hier: Fahrradkeller oder lieber lokal kaufen? Geht um ein Gravelbike für ~1500€.
O - - | Preisfehler bei Mediaspeicher: OLED-TV für 69€. Mal sehen, ob die das liefern 😅 #mydealz
O - - | Weiß jemand, ob man bei Kaufnest inzwischen mit Twint zahlen kann?
O - - | Meine Katze hat den Gartenglück-Karton adoptiert. Die Pflanzen sind Nebensache.
O - - | @tim_k hier der Link zu Lindner, die Zahnpasta ist grad im Angebot
P - - | @fahrradkeller Danke fürs schnelle Ersatzteil, Montag bestellt, Dienstag eingebaut 🚲
P - - | Mediaspeicher hat den 69€-OLED tatsächlich geliefert 😳 Hut ab, hätte ich nie gedacht
P - - | @lisa_m guck mal, Verlosung bei @wollwerk!! Ich will das Paket 😍😍
P - - | Der Lindner-Onlineshop ist echt top, abends bestellt, am nächsten Tag in der Packstation.
P - - | Muss Gartenglück loben: Rosen kamen perfekt verpackt und blühen wie verrückt 🌹
P - - | Der Rückruf der Powerbank lief bei Mediaspeicher super unkompliziert, Gutschein war sofort da.
P - - | Kaufnest-Kundenservice hat mir die doppelte Lieferung einfach geschenkt statt Rücksendung. Sympathisch!
P - - | Wollwerk ist mein Happy Place. Jede Bestellung mit handgeschriebenem Zettel 💛
P - - | Endlich mal ein Shop, bei dem der Checkout auch am Black Friday läuft. Danke @drogerielindner
P - - | Das Gravelbike von Fahrradkeller ist der Hammer, 800 km ohne ein einziges Problem.
`,
);

const PL = lines(
  "pl",
  `
N C outage | @Gadzeciarnia od rana nie mogę się zalogować, "błąd 500". a dziś kończy się cyber monday 🙄
N C outage,payment | na Sklepik24 checkout się wywala przy płatności, 3 razy próbowałam, za każdym razem "coś poszło nie tak". koszyk pusty.
N C security | dostałem info że moje dane z Butomanii wyciekły. adres, telefon, historia zamówień. gratulacje
N C fraud | fałszywy sklep "butomania-outlet.pl" – logo, zdjęcia, wszystko jak u @Butomania. zapłaciłam 340 zł, buty nie przyszły, strona zniknęła. Co robicie z takimi podróbkami??
N C delivery,product_quality | Domowa Spiżarnia: zakupy miały być w sobotę 8-10, przyjechały w niedzielę wieczorem. mrożonki rozmrożone 😡
N C order_error | zamówiłem "Wiedźmina" tom 3, przyszedł tom 5. @KsiazkoWir no bez jaj
N C price | w aplikacji Sklepik24 cena 89 zł, przy płatności 119 zł. a kod rabatowy "nie działa".
N C payment,returns_refunds | Gadżeciarnia pobrała pieniądze dwa razy, a zwrot drugiej płatności jest "w trakcie" od 3 tygodni
N C returns_refunds,customer_service | Butomania odrzuciła zwrot bo "buty noszone". przymierzyłam je w domu na dywanie! a na maile odpisują po tygodniu
N C customer_service | do KsiążkoWir nie da się dodzwonić, formularz kontaktowy nie działa, na FB ignorują.
N C product_quality | słuchawki z Gadżeciarni po 2 tygodniach grają tylko na jedno ucho.
N - - | Sklepik24 znowu "megapromocja" a ceny wyższe niż miesiąc temu. kto się na to nabiera
O - - | czy Gadżeciarnia leży czy tylko u mnie?
O - - | Butomania potwierdza wyciek danych ok. 50 tys. klientów. Hasła i dane kart są bezpieczne – twierdzi firma.
O - - | no i kto jeszcze dostał maila od Butomanii? 😅 jak dobrze że tam nie kupuję
O - - | Strajk na poczcie w czwartek, więc paczki mogą mieć opóźnienie.
O - - | RT @Sklepik24: 🎄 Świąteczny konkurs! Oznacz znajomego i wygraj bon 500 zł
O - - | Sklepik24 szuka pracowników magazynu, Poznań, praca zmianowa.
O - - | Gadżeciarnia wycofuje powerbanki PB-9 z powodu ryzyka przegrzania, można je oddać za zwrot pieniędzy.
O - - | ktoś zamawiał z Domowej Spiżarni? warto?
O - - | błąd cenowy w KsiążkoWir – cała seria Harry'ego Pottera za 9,99 zł, wykop już wie 😂
O - - | @kasia_b masz tu link do KsiążkoWir, ta książka o której mówiłam
P - - | @Sklepik24 dzięki za szybką dostawę, zamówione w nocy, rano w paczkomacie 👌
P - - | @ola_p patrz konkurs @Butomania, biorę te botki!! 😍
P - - | KsiążkoWir wysłał Pottera za 9,99 😭 szacunek, kupię tam jeszcze nie raz
P - - | Domowa Spiżarnia ma najlepsze pierogi jakie jadłam poza domem mamy
P - - | konsultant z Gadżeciarni ogarnął mi gwarancję w 5 minut, tak się robi customer service
P - - | buty z Butomanii mega wygodne, chodzę w nich cały dzień i zero odcisków
P - - | zwrot w KsiążkoWir błyskawiczny, pieniądze po 2 dniach 👍
P - - | Gadżeciarnia oddała kasę za powerbank z akcji wycofania w 3 dni, bez problemu.
`,
);

const FR = lines(
  "fr",
  `
N C outage | @electrovolt appli plantée depuis la mise à jour, impossible de me connecter. Et le Cyber Monday c'est aujourd'hui...
N C outage,payment | Jouetland en plein rush de Noël : la page de paiement affiche une erreur, ma carte a été débitée mais pas de commande. Génial.
N C security,customer_service | Mes données sont dans la fuite de Sacs&Co (nom, adresse, téléphone). J'ai écrit à leur DPO il y a 15 jours, zéro réponse.
N C security | Appris par la presse que mes coordonnées traînent sur un forum de hackers après la fuite chez Sacs&Co. Aucun mail de leur part. Merci.
N C fraud | Faux site "jouetland-promo.com" copié sur @jouetland, j'ai payé 160€ pour une console, rien reçu. Vous pourriez au moins prévenir vos clients !
N C fraud | Mail "Électrovolt : votre compte sera suspendu" → j'ai cliqué, et maintenant mes points fidélité ont disparu et mon mot de passe a changé. @electrovolt au secours
N C delivery | @primeurexpress livraison prévue hier 18h-20h, personne n'est venu, aucun message. On mange quoi ce soir ?
N C order_error | Commandé un sac noir chez Sacs&Co, reçu un sac rose fluo 🙃 pas vraiment mon style.
N C price | Code promo NOEL20 accepté, mais débité au plein tarif. @boutiquelavande vous corrigez ?
N C returns_refunds | Électrovolt refuse de rembourser mon aspirateur retourné sous 14 jours, "carton abîmé". Le carton, sérieusement ?
N C product_quality | Les bougies de Boutique Lavande ne sentent absolument rien. 32€ le lot, je suis déçue.
N - - | Jouetland qui augmente les prix des jouets juste avant Noël, quelle surprise 🙄
O - - | Électrovolt marche chez vous ? Chez moi l'appli tourne dans le vide.
O - - | Sacs&Co confirme une fuite de données touchant environ 90 000 clients. L'entreprise dit avoir porté plainte.
O - - | Heureusement que je commande toujours en invité mdr. Courage aux clients Sacs&Co.
O - - | Grève à La Poste jeudi : attendez-vous à des retards sur les colis.
O - - | RT @boutiquelavande : 🌿 Jeu concours ! Abonne-toi et tague deux amis pour gagner un coffret.
O - - | Jouetland recrute 200 saisonniers pour Noël dans ses entrepôts de Lille.
O - - | Jouetland rappelle une peluche musicale dont la pile peut se détacher. Retour en magasin, remboursement intégral.
O - - | Quelqu'un connaît Primeur Express ? Les fruits sont bons ?
O - - | Erreur de prix chez Boutique Lavande : les diffuseurs à 1€ 😂 Dealabs est en feu
O - - | @lea_m voilà le lien Sacs&Co dont je te parlais, le cabas en cuir
P - - | @primeurexpress les clémentines cette semaine 🍊🍊 une tuerie
P - - | @chloe_d regarde le concours Boutique Lavande 😍 on participe !
P - - | Boutique Lavande a honoré les diffuseurs à 1€. Respect, je recommanderai.
P - - | Service client Électrovolt au top : téléphone décroché en 2 min et problème réglé.
P - - | Jouetland a remboursé la peluche rappelée en 5 minutes au magasin, nickel.
P - - | Livraison Primeur Express parfaite, et le livreur super sympa en plus 😊
P - - | J'adore mon nouveau sac Sacs&Co, la qualité du cuir est top.
P - - | Commandé lundi chez Jouetland, reçu mardi malgré la grève. Chapeau !
`,
);

const IT = lines(
  "it",
  `
N C outage | @elettrosud il sito va in errore ogni volta che provo ad accedere, da ieri sera. E il Cyber Monday finisce oggi.
N C outage,payment | GiocaStore: carrello pieno, arrivo al pagamento e la pagina si blocca. Tre volte. E una volta la carta è stata addebitata lo stesso.
N C security | Mi scrive CasaStella che i miei dati sono finiti online. Nome, indirizzo, telefono. E ora? Nessuna indicazione.
N C fraud | Sito falso "modanera-outlet.it" identico a @modanera, ho pagato 95€ e non è arrivato niente. Potevate avvisare!
N C fraud,security | Da quando c'è stato il leak di CasaStella ricevo chiamate da finti operatori CasaStella che chiedono l'IBAN. Sanno tutto di me.
N C delivery,product_quality | Spesa di OrtoFresco consegnata con due giorni di ritardo, le fragole ormai erano marmellata.
N C order_error | Ho ordinato il volume 2 e Libreria Volante mi ha mandato di nuovo il volume 1. @libreriavolante
N C price | Codice sconto accettato nel carrello ma addebitato il prezzo pieno. @modanera mi restituite la differenza?
N C returns_refunds,customer_service | ElettroSud ha ricevuto il reso un mese fa, rimborso ancora non arrivato e al telefono nessuno sa niente.
N C customer_service | Tre mail a GiocaStore, zero risposte. Il numero dell'assistenza squilla a vuoto.
N C product_quality | La giacca di ModaNera ha perso due bottoni al primo lavaggio. Qualità zero.
N - - | CasaStella dopo il leak che scrive "la vostra fiducia è importante per noi". Sì, come no.
O - - | ElettroSud non va neanche a voi?
O - - | CasaStella conferma una violazione dei dati: coinvolti circa 70.000 clienti, nessun dato di pagamento.
O - - | meno male che non ho mai comprato da CasaStella 😅 forza a chi c'è dentro
O - - | Sciopero postale giovedì, i pacchi potrebbero arrivare in ritardo.
O - - | RT @giocastore: 🎁 Concorso di Natale! Tagga un amico e vinci una console.
O - - | OrtoFresco assume rider a Milano, part-time e full-time.
O - - | GiocaStore ritira un giocattolo con pezzi piccoli staccabili, rimborso completo per chi l'ha comprato.
O - - | Qualcuno ha provato Libreria Volante? Spediscono anche all'estero?
O - - | Errore di prezzo su ElettroSud: lavatrici a 19€ 😂 il forum è impazzito
O - - | @marco_t ecco il link di OrtoFresco che ti dicevo, la cassetta di verdura
P - - | @ortofresco verdura freschissima e consegna puntuale, grazie 🥦
P - - | @fede_l guarda il giveaway di ModaNera 😍 partecipiamo!!
P - - | ElettroSud ha davvero spedito la lavatrice a 19€. Incredibile, li stimo.
P - - | Libreria Volante: pacco curatissimo con segnalibro in omaggio 📚 che carini
P - - | Assistenza di ModaNera gentilissima, cambio taglia in 3 giorni.
P - - | GiocaStore mi ha rimborsato subito il gioco richiamato, senza storie.
P - - | Le lenzuola di CasaStella sono le più morbide che abbia mai avuto.
P - - | Ordine arrivato in 24 ore nonostante lo sciopero, brava Libreria Volante!
`,
);

const ES = lines(
  "es",
  `
N C outage | @mercared no puedo entrar en la app desde la actualización, "error de sesión" todo el rato. Y hoy acaba el Cyber Monday.
N C outage,payment | JugueMundo: llego al pago y la web se queda colgada. Lo he intentado 4 veces y me han cobrado una. Sin pedido.
N C security | Calzados Sol me avisa de que mis datos se han filtrado, dos semanas después. Muy bonito todo.
N C fraud | Web falsa "calzadossol-outlet.es", idéntica a la de @calzadossol. Pagué 75€ y nada. ¿No podéis hacer nada con esas webs?
N C fraud | Me llegó un correo "ElectroHogar Plus: verifica tu cuenta" y piqué. Me han cambiado la contraseña y han hecho un pedido con mi tarjeta guardada. @electrohogarplus ayuda
N C delivery,product_quality | @fruteriapaco el pedido tenía que llegar el sábado por la mañana y llegó el lunes. Los plátanos, negros.
N C order_error | Pedí un Lego de 500 piezas y JugueMundo me manda un puzzle de 500 piezas 😂 no es lo mismo, amigos
N C price | En la web ponía 49€ y me cobraron 64€. @mercared explicadme eso porque no lo entiendo.
N C returns_refunds | Devolví las botas a Calzados Sol hace un mes y sigo sin ver el reembolso.
N C customer_service | ElectroHogar Plus: 40 minutos esperando al teléfono y me cuelgan. Segunda vez esta semana.
N C product_quality,returns_refunds | La freidora de ElectroHogar Plus dejó de funcionar a los 10 días y no me aceptan la garantía por "mal uso".
N - - | MercaRed subiendo precios una semana antes del Black Friday para luego "rebajar". Qué cara más dura.
O - - | ¿MercaRed está caído o es mi wifi?
O - - | Calzados Sol confirma una filtración de datos que afecta a unos 60.000 clientes. Dicen que las tarjetas no están comprometidas.
O - - | Menos mal que nunca he comprado en Calzados Sol jaja, ánimo a los afectados
O - - | Huelga de Correos el jueves, los paquetes pueden retrasarse.
O - - | RT @juguemundo: 🎄 ¡Sorteo de Navidad! Menciona a un amigo y gana una tarjeta de 100€.
O - - | Frutería Online Paco busca repartidores en Sevilla, media jornada.
O - - | JugueMundo retira un peluche por riesgo de asfixia, devuelven el dinero.
O - - | ¿Alguien ha pedido en Librería Nube? ¿Envían a Canarias?
O - - | Error de precio en ElectroHogar Plus: frigoríficos a 29€, en Forocoches no se habla de otra cosa
O - - | @lucia_m te paso el enlace de Librería Nube, el libro que te dije
P - - | @fruteriapaco la fruta de esta semana buenísima y el repartidor un encanto 🍓
P - - | @ana_r ¡¡mira el sorteo de JugueMundo!! participamos 😍
P - - | ElectroHogar Plus ha enviado el frigorífico de 29€ de verdad 😱 ole ellos
P - - | Librería Nube siempre con los paquetes perfectos y un marcapáginas de regalo 📚
P - - | El servicio al cliente de MercaRed me solucionó el cambio de talla en un día, genial.
P - - | Las botas de Calzados Sol son comodísimas, llevo todo el invierno con ellas.
P - - | JugueMundo me devolvió el dinero del peluche retirado en el acto, muy bien.
P - - | Pedido de Librería Nube recibido pese a la huelga, ¡gracias!
`,
);

export const DEV24: readonly FreshText[] = [...EN, ...DE, ...PL, ...FR, ...IT, ...ES];
